/** Read data/foods/names/<lang>.json for every non-English language that has a file. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS, type Lang } from '../../engine/foods/types';
import { readNameFile } from './names';

export function readNameFiles(dir: string, ids: ReadonlySet<string>): Map<Lang, Map<string, string[]>> {
  const out = new Map<Lang, Map<string, string[]>>();
  for (const lang of LANGS) {
    if (lang === 'en') continue;
    const file = resolve(dir, `${lang}.json`);
    if (!existsSync(file)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`data/foods/names/${lang}.json is not valid JSON: ${(err as Error).message}`);
    }
    out.set(lang, readNameFile(lang, parsed, ids));
  }
  return out;
}
