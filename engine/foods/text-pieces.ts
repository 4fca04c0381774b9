/**
 * A long text in pieces a matcher can read one at a time (a caller working in slices reads a
 * paragraph of a thousand words in several): cut only after a sentence or a line ends, where no
 * food name runs on; a text with no such place is left whole.
 */

/** Where pieces of at most about `max` characters start and end: [start, end) pairs. */
export function textPieces(text: string, max: number): [number, number][] {
  if (text.length <= max) return [[0, text.length]];
  const pieces: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    const cut = lastBreak(text, start + max / 4, start + max);
    if (cut < 0) break;
    pieces.push([start, cut]);
    start = cut;
  }
  pieces.push([start, text.length]);
  return pieces;
}

const BREAK = /[.!?;:。！？\n]\s/gu;

/** The end of the last sentence or line between `from` and `to` (after its space), or -1. */
function lastBreak(text: string, from: number, to: number): number {
  let found = -1;
  BREAK.lastIndex = Math.floor(from);
  for (let m = BREAK.exec(text); m && m.index + m[0].length <= to; m = BREAK.exec(text)) found = m.index + m[0].length;
  return found;
}
