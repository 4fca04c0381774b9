/**
 * Recognising bundled foods in a line of text, compiled from the food list: every name in every
 * language goes into a word-level phrase index keyed by its folded words (name-compile.ts), and
 * the matching loop (match-core.ts) takes the longest name at each word. For a matcher with no
 * compile work at start-up, see index-matcher.ts (the same index, precomputed at build time).
 */
import { createMatch, type CompileOptions, type FoodMatcher } from './match-core';
import { createNameCompiler } from './name-compile';
import type { Food, FoodCore } from './types';

export type { CompileOptions, FoodMatcher, MatchOptions } from './match-core';

/**
 * A matcher built a few foods at a time, so that building it never holds the page for long: call
 * `addSome` until it returns false, then use `matcher`. (Matching before that misses the foods not
 * added yet.)
 */
export interface MatcherBuild<F extends FoodCore = Food> {
  /** Add up to `count` more foods to the index; false once every food is in. */
  addSome(count: number): boolean;
  readonly matcher: FoodMatcher<F>;
}

export function compileMatcher<F extends FoodCore = Food>(foods: readonly F[], options: CompileOptions = {}): FoodMatcher<F> {
  const build = buildMatcher(foods, options);
  while (build.addSome(Number.POSITIVE_INFINITY));
  return build.matcher;
}

export function buildMatcher<F extends FoodCore = Food>(foods: readonly F[], options: CompileOptions = {}): MatcherBuild<F> {
  const compiler = createNameCompiler(foods);
  const table = compiler.table;
  const match = createMatch(table, options);
  return {
    matcher: { match, food: (id) => table.food(id) },
    addSome: (count) => compiler.addSome(count),
  };
}
