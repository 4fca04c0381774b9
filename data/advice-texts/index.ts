/**
 * The tips and swap reasons in the six languages besides English. English lives beside each tip
 * and swap (data/tips, data/swaps); here, one JSON file per language holds the same texts by id:
 * `{ "tips": { "<tip id>": "…" }, "swaps": { "<swap id>": "<reason>" } }`.
 * tests/unit/advice-texts.test.ts checks that every id is translated, that the numbers agree with
 * the English text, and that no forbidden word crept in. Each language is a chunk of its own, so
 * the popup loads only the one it shows.
 */
import type { Lang } from '../../engine/foods/types';

export interface AdviceTexts {
  tips: Readonly<Record<string, string>>;
  swaps: Readonly<Record<string, string>>;
}

export type AdviceLang = Exclude<Lang, 'en'>;

const LOADERS: Record<AdviceLang, () => Promise<{ default: AdviceTexts }>> = {
  es: () => import('./es.json'),
  fr: () => import('./fr.json'),
  de: () => import('./de.json'),
  it: () => import('./it.json'),
  nl: () => import('./nl.json'),
  pt: () => import('./pt.json'),
};

export const ADVICE_LANGS = Object.keys(LOADERS) as AdviceLang[];

/** The texts of `lang`, or undefined for English (the texts beside the data are English). */
export async function loadAdviceTexts(lang: Lang): Promise<AdviceTexts | undefined> {
  if (lang === 'en') return undefined;
  return (await LOADERS[lang]()).default;
}
