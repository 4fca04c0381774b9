/**
 * The content script's one food matcher, read from a name index precomputed at build time
 * (engine/foods/index-matcher.ts): making it costs nothing; the first line opens the index (one
 * pass over its string, in an idle slice when there is time: `prepare`), and words read only the
 * names they may start. A page in another of our languages swaps in the index the background
 * made for those names (`reset`).
 */
import { matcherFromIndex, type IndexMatcher } from '../../engine/foods/index-matcher';

/** Index lines (one a food) opened in one step of a slice: well under a millisecond. */
const INDEX_LINES_A_STEP = 50;
import type { FoodMatcher } from '../../engine/foods/matcher';
import type { NameIndex } from '../../engine/foods/name-index-format';
import type { FoodCore } from '../../engine/foods/types';
import { runSliced, type SliceScheduler } from './slices';

export interface FoodMatcherCache {
  get(): FoodMatcher<FoodCore>;
  /** Open the index in an idle slice; resolves when the matcher is ready. */
  prepare(scheduler: SliceScheduler): Promise<void>;
  /** Start again from another index of the same food list (names in more languages arrived). */
  reset(index: NameIndex): void;
}

/** `foods` is called when the matcher is first needed (the list is decoded then, on food pages only). */
export function createFoodMatcherCache(foods: () => readonly FoodCore[], initial: NameIndex): FoodMatcherCache {
  let index = initial;
  let matcher: IndexMatcher<FoodCore> | null = null;
  let opened = false;
  const get = () => (matcher ??= matcherFromIndex(index, foods()));
  return {
    get,
    async prepare(scheduler) {
      if (opened) return;
      // In slices: decode the food list; open the index some lines a step; then what it reads at start.
      const step = (work: () => boolean, phase: string) => runSliced(work, scheduler, undefined, phase);
      if (!matcher && !(await step(() => !get(), 'foods'))) return;
      if (!(await step(() => get().open(INDEX_LINES_A_STEP), 'index'))) return;
      await step(() => {
        get().match('');
        opened = true;
        return false;
      }, 'names');
    },
    reset(next) {
      index = next;
      matcher = null;
      opened = false;
    },
  };
}
