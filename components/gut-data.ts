/**
 * The bundled data the popup and settings page show: the food list (for names in the UI language
 * and swap gains), the swaps, the tips and the sources. The popup loads this module as a chunk of
 * its own (dynamic import), so the page summary never waits for it.
 */
import { FOODS } from '../data/foods';
import { SWAPS } from '../data/swaps';
import { TIPS } from '../data/tips';
import { ADVICE_SOURCE_LIST, type AdviceSource } from '../data/advice-sources';
import { SOURCES, type Source } from '../data/sources';
import { loadAdviceTexts, type AdviceTexts } from '../data/advice-texts';
import type { Food, Lang } from '../engine/foods/types';
import type { Swap } from '../engine/summary/swaps';
import type { Tip } from '../engine/summary/daily-tip';

export interface GutData {
  foods: readonly Food[];
  foodsById: ReadonlyMap<string, Food>;
  swaps: readonly Swap[];
  tips: readonly Tip[];
  /** Sources of the tips and swaps. */
  adviceSources: readonly AdviceSource[];
  /** Sources of the food list's tags and fiber values, by key. */
  foodSources: readonly (Source & { key: string })[];
  /** The language the tips' texts and the swaps' reasons are written in. */
  adviceLang: Lang;
}

export const GUT_DATA: GutData = {
  foods: FOODS,
  foodsById: new Map(FOODS.map((food) => [food.id, food] as const)),
  swaps: SWAPS,
  tips: TIPS,
  adviceSources: ADVICE_SOURCE_LIST,
  foodSources: Object.entries(SOURCES as Record<string, Source>).map(([key, source]) => ({ key, ...source })),
  adviceLang: 'en',
};

/** The data with its tips and swap reasons in `lang`; a text not translated stays English. */
export function withAdviceTexts(data: GutData, lang: Lang, texts: AdviceTexts): GutData {
  return {
    ...data,
    tips: data.tips.map((tip) => ({ ...tip, text: texts.tips[tip.id] ?? tip.text })),
    swaps: data.swaps.map((swap) => ({ ...swap, reason: texts.swaps[swap.id] ?? swap.reason })),
    adviceLang: lang,
  };
}

/** The bundled data for a UI in `lang`: its language's texts are a chunk of their own. */
export async function loadGutData(lang: Lang): Promise<GutData> {
  const texts = await loadAdviceTexts(lang);
  return texts ? withAdviceTexts(GUT_DATA, lang, texts) : GUT_DATA;
}
