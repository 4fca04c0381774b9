/**
 * The precomputed name index: what compiling a food list leaves (name-compile.ts), written as
 * plain strings at build time (name-index.ts) and read in the page a little at a time
 * (index-table.ts). Plain data, so it can sit in a bundle as constants or travel in a message.
 *
 * `names` has one line per food, in the list's order (the line is the food: no references to
 * spend bytes on), then one line of non-food phrases. A line holds the food's folded keys,
 * separated by `,`; a key whose languages are not the index's usual ones carries them after `/`
 * (a bit mask, base 36). A line starting with `+` also names its food by its id, spaced ("black
 * bean" for `black-bean`), which the line then leaves out. Keys hold only word characters and
 * single spaces, so every separator is a code below "0", where word-filters.ts ends a word.
 */

export const INDEX_VERSION = 4;

export interface NameIndex {
  v: number;
  /** How many foods the list it was made from has (a matcher checks it is given as many). */
  foods: number;
  /** How many keys `names` holds, the id-named ones included. */
  keys: number;
  /** The language mask of a key that gives none. */
  langs: number;
  names: string;
  /** Compound heads (one-word German and Dutch names): `key:food` (food's position, base 36), `,` separated. */
  heads: string;
  /** How many heads `heads` holds. */
  headKeys: number;
  /**
   * Filter bits set at start, as [table, bit] pairs (table: 0 slots, 1 prefixes, 2 stems, 3 pairs):
   * the compiled tables' bits for words whose guessed forms keep fewer than their first three
   * letters ("fries" -> "fry"), the one case where a bit can change an answer rather than only
   * save a lookup (see name-index.ts). The names such a guess reaches are read when it is looked up.
   */
  bits: number[];
}

export const LINE = '\n';
export const KEY_SEP = ',';
export const LANGS_SEP = '/';
export const ID_NAMED = '+';
export const HEAD_FOOD = ':';

/** The key an id names ("black-bean" -> "black bean"). */
export function idKey(id: string): string {
  return id.replace(/-/g, ' ');
}
