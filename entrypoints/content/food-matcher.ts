/**
 * The content script's one food matcher, built once per content-script instance and only when a
 * page needs it: in idle slices when there is time (`prepare`), or at once when the page reader
 * asks for it first (`get`), which then finishes whatever the slices had not built yet.
 */
import { buildMatcher, type FoodMatcher, type MatcherBuild } from '../../engine/foods/matcher';
import type { FoodCore } from '../../engine/foods/types';
import { runSliced, type SliceScheduler } from './slices';

/** Foods added per step: a step stays far below a millisecond. */
const FOODS_PER_STEP = 12;

export interface FoodMatcherCache {
  get(): FoodMatcher<FoodCore>;
  /** Build in slices; resolves when the matcher is complete. */
  prepare(scheduler: SliceScheduler): Promise<void>;
  /** Start again from another food list (names in more languages arrived). */
  reset(foods: readonly FoodCore[]): void;
}

export function createFoodMatcherCache(initial: readonly FoodCore[]): FoodMatcherCache {
  let foods = initial;
  let build: MatcherBuild<FoodCore> | null = null;
  let complete = false;
  const started = () => (build ??= buildMatcher(foods));
  return {
    get() {
      const b = started();
      if (!complete) {
        while (b.addSome(Number.POSITIVE_INFINITY));
        complete = true;
      }
      return b.matcher;
    },
    async prepare(scheduler) {
      if (complete) return;
      const b = started();
      await runSliced(() => !complete && b.addSome(FOODS_PER_STEP), scheduler);
      complete = true;
    },
    reset(next) {
      foods = next;
      build = null;
      complete = false;
    },
  };
}
