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

export function compileMatcher<F extends FoodCore = Food>(foods: readonly F[], options: CompileOptions = {}): FoodMatcher<F> {
  const compiler = createNameCompiler(foods);
  while (compiler.addSome(Number.POSITIVE_INFINITY));
  const table = compiler.table;
  return { match: createMatch(table, options), food: (id) => table.food(id) };
}
