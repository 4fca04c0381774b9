/**
 * The content script's one food matcher, read from a name index precomputed at build time
 * (engine/foods/index-matcher.ts): making it costs nothing; the first line opens the index (one
 * pass over its string, in an idle slice when there is time: `prepare`), and words read only the
 * names they may start. A page in another of our languages swaps in the index the background
 * made for those names (`reset`).
 */
import { matcherFromIndex, type IndexMatcher } from '../../engine/foods/index-matcher';
import type { FoodList } from '../../engine/foods/food-list';
import type { FoodMatcher } from '../../engine/foods/matcher';
import type { NameIndex } from '../../engine/foods/name-index-format';
import type { FoodCore, FoodHit } from '../../engine/foods/types';
import { runSliced, type SliceScheduler } from './slices';

/** Index lines (one a food) opened in one step of a slice: well under a millisecond. */
const INDEX_LINES_A_STEP = 50;

export interface FoodMatcherCache {
  get(): FoodMatcher<FoodCore>;
  /** Open the index in an idle slice; resolves when the matcher is ready. */
  prepare(scheduler: SliceScheduler): Promise<void>;
  /** Start again from another index of the same food list (names in more languages arrived). */
  reset(index: NameIndex): void;
}

/** `foods`: the list the index was made from (its foods are made as the matcher asks for them). */
export function createFoodMatcherCache(foods: FoodList<FoodCore>, initial: NameIndex): FoodMatcherCache {
  let index = initial;
  let matcher: IndexMatcher<FoodCore> | null = null;
  let remembering: FoodMatcher<FoodCore> | null = null;
  let opened = false;
  const get = () => (matcher ??= matcherFromIndex(index, foods));
  return {
    get: () => (remembering ??= rememberingMatcher(get())),
    async prepare(scheduler) {
      if (opened) return;
      // In slices: open the index some lines a step (then its start bits); then what its first
      // line makes.
      const step = (work: () => boolean, phase: string) => runSliced(work, scheduler, undefined, phase);
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
      remembering = null;
      opened = false;
    },
  };
}

/** Texts whose answers are remembered, and the longest remembered. */
const REMEMBERED_TEXTS = 4_000;
export const REMEMBERED_LENGTH = 300;

/**
 * A matcher that remembers its answers for short texts: a page's lines are matched by the reader
 * (a shop's titles, a list found by its heading), again where they are painted and again in the
 * report. Answers are shared, not copied: callers only read them.
 */
function rememberingMatcher(matcher: FoodMatcher<FoodCore>): FoodMatcher<FoodCore> {
  const answers = new Map<string, FoodHit[]>();
  return {
    match(text, options) {
      if (text.length > REMEMBERED_LENGTH) return matcher.match(text, options);
      const key = options?.lang ? `${options.lang}\u0000${text}` : text;
      let hits = answers.get(key);
      if (!hits) {
        if (answers.size >= REMEMBERED_TEXTS) answers.clear();
        hits = matcher.match(text, options);
        answers.set(key, hits);
      }
      return hits;
    },
    food: (id) => matcher.food(id),
  };
}
