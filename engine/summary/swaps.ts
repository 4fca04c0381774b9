/**
 * Swaps: "instead of X, try Y". The data (data/swaps/*.ts) only names the two foods, a reason
 * and a source; what the swap gains — gut tags and fiber per 100 g — is computed here from the
 * food list, so it can never disagree with it.
 *
 * Pure: the page's foods, the date and the user's saved/hidden sets come in as arguments.
 */
import { ALL_TAGS, GUT_TAGS, type Food, type Tag } from '../foods/types';
import { fixedPermutation, localDayNumber } from './daily-tip';

/** One swap, as data/swaps/*.ts write it. */
export interface Swap {
  /** Stable, kebab-case: saved and hidden marks refer to it. */
  id: string;
  /** Food id of what to swap out. */
  from: string;
  /** Food id of what to use instead, or several ("barley or brown rice"), best first. */
  to: string | readonly string[];
  /**
   * A food eaten together with each replacement ("plain yogurt with berries"). Its tags count
   * toward what the swap gains; the fiber difference stays a like-for-like 100 g comparison of
   * `to` against `from`.
   */
  with?: string;
  /** One whole sentence, English; translated as a whole. */
  reason: string;
  /** Key into data/advice-sources.ts. */
  source: string;
}

/** What one replacement food gains over the food it replaces. */
export interface SwapOption {
  foodId: string;
  /** `swap.with`, when the replacement is eaten with another food. */
  withId?: string;
  /** Tags the replacement has and the original lacks, in ALL_TAGS order (gut tags first). */
  tagsGained: Tag[];
  /**
   * fiber(to) − fiber(from), g per 100 g, rounded to 0.1. Can be zero or negative when the gain
   * is a tag (onion powder → fresh onion gains `prebiotic`; a spice's fiber per 100 g is
   * meaningless at a teaspoon): show it only when positive.
   */
  fiberDelta: number;
}

/** A swap ready for the popup. */
export interface RankedSwap {
  swap: Swap;
  /** `swap.from`: the food the UI points to on the page when `onPage`. */
  fromId: string;
  /** The replacement foods, in the data's order, each with its own gain. */
  options: SwapOption[];
  /** Tags gained by at least one option, in ALL_TAGS order. */
  tagsGained: Tag[];
  /** The largest fiber gain among the options, g per 100 g. */
  fiberDelta: number;
  /** The swapped-out food appears on the current page. */
  onPage: boolean;
  /** Position of `fromId` among the page's distinct foods (0 = first), when `onPage`. */
  pageIndex?: number;
  /** The user saved this swap. */
  saved: boolean;
}

/** The replacement food ids of a swap, as a list. */
export function swapTargets(swap: Swap): readonly string[] {
  return typeof swap.to === 'string' ? [swap.to] : swap.to;
}

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * What `to` (eaten with `withFood`, if given) gains over `from`: the tags they have that `from`
 * lacks, and fiber(to) − fiber(from) per 100 g.
 */
export function swapGain(from: Food, to: Food, withFood?: Food): SwapOption {
  const had = new Set(from.tags.map((claim) => claim.tag));
  const has = new Set([...to.tags, ...(withFood?.tags ?? [])].map((claim) => claim.tag));
  const option: SwapOption = {
    foodId: to.id,
    tagsGained: ALL_TAGS.filter((tag) => has.has(tag) && !had.has(tag)),
    fiberDelta: roundTenth(to.fiber - from.fiber),
  };
  if (withFood) option.withId = withFood.id;
  return option;
}

const GUT_TAG_SET: ReadonlySet<Tag> = new Set<Tag>(GUT_TAGS);

/** Fiber gain (g/100 g) that counts as a gain on its own, without a new gut tag. */
export const MIN_FIBER_GAIN = 1;

/** The spec's test for a swap option worth showing: a new gut tag, or at least +1 g fiber/100 g. */
export function optionGains(option: SwapOption): boolean {
  return option.tagsGained.some((tag) => GUT_TAG_SET.has(tag)) || option.fiberDelta >= MIN_FIBER_GAIN;
}

/** A swap with its gains computed, or undefined when one of its foods is not in the list. */
export function describeSwap(swap: Swap, foodsById: ReadonlyMap<string, Food>): Omit<RankedSwap, 'onPage' | 'saved'> | undefined {
  const from = foodsById.get(swap.from);
  if (!from) return undefined;
  const withFood = swap.with === undefined ? undefined : foodsById.get(swap.with);
  if (swap.with !== undefined && !withFood) return undefined;
  const options: SwapOption[] = [];
  for (const id of swapTargets(swap)) {
    const to = foodsById.get(id);
    if (!to) return undefined;
    options.push(swapGain(from, to, withFood));
  }
  if (options.length === 0) return undefined;
  const gained = new Set(options.flatMap((option) => option.tagsGained));
  return {
    swap,
    fromId: swap.from,
    options,
    tagsGained: ALL_TAGS.filter((tag) => gained.has(tag)),
    fiberDelta: Math.max(...options.map((option) => option.fiberDelta)),
  };
}

/** Larger is better: gut tags gained count most, then fiber. */
function gainScore(described: { tagsGained: Tag[]; fiberDelta: number }): number {
  const gutTags = described.tagsGained.filter((tag) => GUT_TAG_SET.has(tag)).length;
  return gutTags * 100 + described.fiberDelta;
}

/** Seed of the day's picks; the local day number is added to it. */
const DAY_PICK_SEED = 7_919;

export interface RankSwapsInput {
  swaps: readonly Swap[];
  foods: readonly Food[];
  /** Food ids found on the page, in page order; repeats are fine. */
  pageFoodIds: readonly string[];
  /** Now; only its local calendar day matters. */
  date: Date;
  /** Swap ids the user saved. */
  saved: ReadonlySet<string>;
  /** Swap ids the user hid: never returned. */
  hidden: ReadonlySet<string>;
  /** Most swaps to return. */
  limit: number;
}

/**
 * The swaps to show, at most `limit`:
 * 1. swaps whose `from` is on the page, in page order. With several swaps for one food, each page
 *    food first gets its best swap (most gut tags gained, then most fiber), then its second best,
 *    and so on, so a short list covers as many page foods as it can;
 * 2. when that leaves room, swaps chosen for the day: a fixed shuffle keyed by the local day
 *    (the same all day, another tomorrow), preferring swaps the user has not saved yet and one
 *    swap per food before a second one for the same food.
 * Hidden swaps, and swaps naming a food missing from `foods`, are never returned.
 */
export function rankSwaps(input: RankSwapsInput): RankedSwap[] {
  const { swaps, foods, pageFoodIds, date, saved, hidden, limit } = input;
  if (limit <= 0) return [];
  const foodsById = new Map(foods.map((food) => [food.id, food] as const));

  const pageIndex = new Map<string, number>();
  for (const id of pageFoodIds) if (!pageIndex.has(id)) pageIndex.set(id, pageIndex.size);

  const shown = swaps
    .filter((swap) => !hidden.has(swap.id))
    .map((swap) => describeSwap(swap, foodsById))
    .filter((described): described is NonNullable<typeof described> => described !== undefined);

  // 1. Page swaps, grouped by page food, best first within a food, then taken round by round.
  const byPageFood = new Map<string, typeof shown>();
  for (const described of shown) {
    if (!pageIndex.has(described.fromId)) continue;
    const group = byPageFood.get(described.fromId) ?? [];
    group.push(described);
    byPageFood.set(described.fromId, group);
  }
  const pageFoodsInOrder = [...byPageFood.keys()].sort((a, b) => pageIndex.get(a)! - pageIndex.get(b)!);
  for (const group of byPageFood.values()) group.sort((a, b) => gainScore(b) - gainScore(a));

  const result: RankedSwap[] = [];
  for (let round = 0; result.length < limit; round++) {
    let added = false;
    for (const foodId of pageFoodsInOrder) {
      const described = byPageFood.get(foodId)![round];
      if (!described || result.length >= limit) continue;
      result.push({ ...described, onPage: true, pageIndex: pageIndex.get(foodId), saved: saved.has(described.swap.id) });
      added = true;
    }
    if (!added) break;
  }

  // 2. The day's picks among the swaps not about this page.
  if (result.length < limit) {
    const rest = shown.filter((described) => !pageIndex.has(described.fromId));
    const order = fixedPermutation(rest.length, DAY_PICK_SEED + localDayNumber(date));
    const shuffled = order.map((i) => rest[i]);
    const unsavedFirst = [
      ...shuffled.filter((described) => !saved.has(described.swap.id)),
      ...shuffled.filter((described) => saved.has(described.swap.id)),
    ];
    const usedFoods = new Set<string>();
    const firstOfFood = unsavedFirst.filter((described) => {
      if (usedFoods.has(described.fromId)) return false;
      usedFoods.add(described.fromId);
      return true;
    });
    const picks = [...firstOfFood, ...unsavedFirst.filter((described) => !firstOfFood.includes(described))];
    for (const described of picks) {
      if (result.length >= limit) break;
      result.push({ ...described, onPage: false, saved: saved.has(described.swap.id) });
    }
  }
  return result;
}
