/**
 * Allocation-free hashes of a word's first or last letters, for bit tables the matcher fills at
 * compile time and reads before any lookup: "does any name word start with these three letters
 * (and have this length)?", "does any compound head end with these letters?". A miss skips the
 * guesses and lookups for that word; a hit (or a collision) only means "look it up".
 */

/** Letters the filters look at. */
export const STEM = 3;
const STEM_BITS = 18;
export const STEM_TABLE = 1 << STEM_BITS;
const PREFIX_BITS = 15;
const PAIR_BITS = 18;
export const PAIR_TABLE = 1 << PAIR_BITS;
export const PREFIX_TABLE = 1 << PREFIX_BITS;

/**
 * The first STEM letters of the word at `at` as one number. The end of the text, a space or any
 * other code below "0" ends the word: word characters (digits, letters, marks) are all above it,
 * so a word reads the same inside a key, on its own, or inside the name index's strings.
 */
function lettersOf(text: string, at: number): number {
  // Bounds checked here, not left to charCodeAt's NaN: optimised code that reads past a string's
  // end is thrown away (a deoptimisation), and the page waits in slower code until it is redone.
  const a = text.charCodeAt(at);
  const b = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  if (b < 48) return a * 961;
  const c = at + 2 < text.length ? text.charCodeAt(at + 2) : 0;
  return a * 961 + b * 31 + (c < 48 ? 0 : c);
}

/** The STEM letters before `end` as one number (allocation-free). */
export function endingOf(text: string, end: number): number {
  return (text.charCodeAt(end - 3) * 961 + text.charCodeAt(end - 2) * 31 + text.charCodeAt(end - 1)) | 0;
}

/** A hash of the first STEM letters of the word at `at` (allocation-free). */
export function prefixOf(text: string, at: number): number {
  return Math.imul(lettersOf(text, at), 0x9e3779b1) >>> (32 - PREFIX_BITS);
}

/** A hash of the first STEM letters and the length of the word at `at` (allocation-free). */
export function stemOf(text: string, at: number, length: number): number {
  return Math.imul(lettersOf(text, at) * 64 + length, 0x9e3779b1) >>> (32 - STEM_BITS);
}

/** A hash of the first letters of two words, the first at `at` and the second at `second` (allocation-free). */
export function pairOf(first: string, at: number, secondText: string, second: number): number {
  return Math.imul(Math.imul(lettersOf(first, at), 0x85ebca6b) ^ lettersOf(secondText, second), 0x9e3779b1) >>> (32 - PAIR_BITS);
}
