/**
 * German and Dutch write a food with its qualifiers as one word ("Dinkelvollkornmehl",
 * "Naturjoghurt", "volkorenmeel"). When a word is no known name, its longest ending that is a
 * known one-word German or Dutch name (the compound's head) names the food.
 */
import type { Lang } from './types';

/** Languages that build such compounds. */
export const COMPOUND_LANGS: readonly Lang[] = ['de', 'nl'];

/** Shortest head that counts ("ei" or "ui" inside a longer word is too likely an accident). */
export const MIN_HEAD_LENGTH = 4;
/** Shortest qualifier before the head. */
const MIN_MODIFIER_LENGTH = 3;

/**
 * The longest head of `word` found by `lookup` (which may try singular forms itself), as
 * [value, offset of the head in the word], or null.
 */
export function compoundHead<V>(word: string, lookup: (head: string) => V | undefined): [V, number] | null {
  for (let k = MIN_MODIFIER_LENGTH; word.length - k >= MIN_HEAD_LENGTH; k++) {
    const value = lookup(word.slice(k));
    if (value !== undefined) return [value, k];
  }
  return null;
}
