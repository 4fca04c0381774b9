/**
 * A food matcher from a precomputed name index (name-index.ts makes it at build time): ready at
 * once, whatever the size of the list. Nothing is read before the first line: the first `match`
 * opens the index (one pass over its string, index-table.ts), and each later word reads only the
 * names its beginning may start. Same answers as `compileMatcher` on the list the index was made
 * from (tests/corpus/index-matcher.test.ts).
 */
import { createMatch, type CompileOptions, type FoodMatcher } from './match-core';
import { INDEX_VERSION, type NameIndex } from './name-index-format';
import { openIndexTable } from './index-table';
import type { FoodCore, FoodHit } from './types';

export function matcherFromIndex<F extends FoodCore>(index: NameIndex, foods: readonly F[], options: CompileOptions = {}): FoodMatcher<F> {
  if (index.v !== INDEX_VERSION || index.foods !== foods.length) {
    throw new Error(`name index v${index.v} for ${index.foods} foods does not fit v${INDEX_VERSION} and ${foods.length} foods`);
  }
  let byId: Map<string, F> | null = null;
  const ids = () => (byId ??= new Map(foods.map((food) => [food.id, food])));
  let match: ((text: string, options?: { lang?: string }) => FoodHit[]) | null = null;
  return {
    match: (text, matchOptions) => (match ??= createMatch(openIndexTable(index, foods, ids), options))(text, matchOptions),
    food: (id) => ids().get(id),
  };
}
