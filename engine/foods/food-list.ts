/**
 * A food list read by position, for a matcher opened from a name index: the index needs a food's
 * id for some of its keys, and the whole food only for the foods a page names. The content
 * script's list makes each food from its shipped line when first asked for (a cold content script
 * took about 4 ms to decode all 747 on every food page, measured in Chromium); an array is a list
 * as it is.
 */
import type { FoodCore } from './types';

export interface FoodList<F extends FoodCore> {
  readonly length: number;
  /** The food at `position` (made on first call, then the same object). */
  at(position: number): F;
  /** Its id, without making the food. */
  idAt(position: number): string;
}

export function foodListOf<F extends FoodCore>(foods: readonly F[] | FoodList<F>): FoodList<F> {
  if (!Array.isArray(foods)) return foods as FoodList<F>;
  const array = foods as readonly F[];
  return { length: array.length, at: (i) => array[i], idAt: (i) => array[i].id };
}
