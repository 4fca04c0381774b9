/**
 * A food matcher from a precomputed name index (name-index.ts makes it at build time): ready at
 * once, whatever the size of the list. Nothing is read before the first line: the first `match`
 * opens the index (one pass over its string, index-table.ts; or `open` takes it a few lines at a time beforehand), and each later word reads only the
 * names its beginning may start. Same answers as `compileMatcher` on the list the index was made
 * from (tests/corpus/index-matcher.test.ts).
 */
import { createMatch, type CompileOptions, type FoodMatcher } from './match-core';
import { INDEX_VERSION, type NameIndex } from './name-index-format';
import { startIndexTable, type IndexOpening } from './index-table';
import { foodListOf, type FoodList } from './food-list';
import type { FoodCore, FoodHit } from './types';

/** A matcher from an index, which can also be opened a few index lines at a time before its first line. */
export interface IndexMatcher<F extends FoodCore> extends FoodMatcher<F> {
  /** Open up to `lines` more lines of the index, then set its start bits; whether any work is left (then `match` does the rest itself). */
  open(lines: number): boolean;
}

export function matcherFromIndex<F extends FoodCore>(index: NameIndex, list: readonly F[] | FoodList<F>, options: CompileOptions = {}): IndexMatcher<F> {
  const foods = foodListOf(list);
  if (index.v !== INDEX_VERSION || index.foods !== foods.length) {
    throw new Error(`name index v${index.v} for ${index.foods} foods does not fit v${INDEX_VERSION} and ${foods.length} foods`);
  }
  // Positions by id, for `food(id)` (the card, the report): ids only, no food is made for it.
  let positions: Map<string, number> | null = null;
  const foodById = (id: string): F | undefined => {
    if (!positions) {
      positions = new Map();
      for (let i = 0; i < foods.length; i++) positions.set(foods.idAt(i), i);
    }
    const at = positions.get(id);
    return at === undefined ? undefined : foods.at(at);
  };
  let opening: IndexOpening<F> | null = null;
  const opened = () => (opening ??= startIndexTable(index, foods, foodById));
  let match: ((text: string, options?: { lang?: string }) => FoodHit[]) | null = null;
  return {
    match: (text, matchOptions) => (match ??= createMatch(opened().table(), options))(text, matchOptions),
    food: foodById,
    open: (lines) => opened().step(lines),
  };
}
