/** Languages as bits: which languages name a food, and the language of a text. */
import { LANGS, type Lang } from './types';

export const ALL_LANGS_MASK = (1 << LANGS.length) - 1;
export const langBit = (lang: Lang): number => 1 << LANGS.indexOf(lang);

/** The list's language for a BCP 47 tag (`de-CH` -> `de`), or undefined. */
export function knownLang(lang: string | undefined): Lang | undefined {
  if (!lang) return undefined;
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return LANGS.find((l) => l === primary);
}

export function wordMasks(lists: Partial<Record<Lang, readonly string[]>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const lang of LANGS) for (const w of lists[lang] ?? []) out.set(w, (out.get(w) ?? 0) | langBit(lang));
  return out;
}

