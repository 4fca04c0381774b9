/** The words of a swap in the UI language: "Instead of white bread, try rye bread or pumpernickel". */
import type { Food, Lang } from '../engine/foods/types';
import type { RankedSwap } from '../engine/summary/swaps';
import type { PageLine } from '../utils/messages';
import { foodName } from './food-names';
import { msg } from './i18n';

export function swapTitle(ranked: RankedSwap, foodsById: ReadonlyMap<string, Food>, lang: Lang): string {
  const name = (id: string) => foodName(id, foodsById, lang);
  const targets = ranked.options.map((option) =>
    option.withId ? msg('swapWith', name(option.foodId), name(option.withId)) : name(option.foodId),
  );
  const to = targets.reduceRight((rest, target) => (rest ? msg('swapOr', target, rest) : target), '');
  return msg('swapTitle', name(ranked.fromId), to);
}

/** The first page line that names the swapped-out food. */
export function swapLine(ranked: RankedSwap, lines: readonly PageLine[]): PageLine | undefined {
  return ranked.onPage ? lines.find((line) => line.foodIds.includes(ranked.fromId)) : undefined;
}
