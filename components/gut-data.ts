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
import type { Food } from '../engine/foods/types';
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
}

export const GUT_DATA: GutData = {
  foods: FOODS,
  foodsById: new Map(FOODS.map((food) => [food.id, food] as const)),
  swaps: SWAPS,
  tips: TIPS,
  adviceSources: ADVICE_SOURCE_LIST,
  foodSources: Object.entries(SOURCES as Record<string, Source>).map(([key, source]) => ({ key, ...source })),
};
