/**
 * Text held as the pieces it arrived in (the chunks a page pushes), read as if joined: searches,
 * characters and slices without building the joined string. A joined string of more than 128 KB
 * is a large-object allocation for the JavaScript engine, which costs far more than reading its
 * characters (tenths of a millisecond each, measured); the pieces are each small. Matches that
 * run across a piece boundary are found too.
 */

/** What the text readers (json-text.ts, next-flight.ts) need of a string; a string is one. */
export interface TextLike {
  readonly length: number;
  indexOf(search: string, from?: number): number;
  lastIndexOf(search: string, from?: number): number;
  charAt(at: number): string;
  slice(start?: number, end?: number): string;
}

/** Index of the piece holding position `at` (0 ≤ at < length) by its start offset. */
function pieceOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The pieces read as one text; a single piece is returned as it is. */
export function joinedText(parts: readonly string[]): TextLike {
  const pieces = parts.filter((p) => p.length > 0);
  if (pieces.length <= 1) return pieces[0] ?? '';
  const starts: number[] = [];
  let length = 0;
  for (const p of pieces) {
    starts.push(length);
    length += p.length;
  }
  const slice = (start = 0, end = length): string => {
    const a = Math.max(0, Math.min(length, start < 0 ? length + start : start));
    const b = Math.max(a, Math.min(length, end < 0 ? length + end : end));
    if (a === b) return '';
    const first = pieceOf(starts, a);
    const last = pieceOf(starts, b - 1);
    if (first === last) return pieces[first].slice(a - starts[first], b - starts[first]);
    const out = [pieces[first].slice(a - starts[first])];
    for (let k = first + 1; k < last; k++) out.push(pieces[k]);
    out.push(pieces[last].slice(0, b - starts[last]));
    return out.join('');
  };
  const indexOf = (search: string, from = 0): number => {
    const n = search.length;
    const at = Math.max(0, from);
    if (n === 0) return Math.min(at, length);
    if (at >= length) return -1;
    for (let k = pieceOf(starts, at); k < pieces.length; k++) {
      const off = starts[k];
      const end = off + pieces[k].length;
      const local = pieces[k].indexOf(search, Math.max(0, at - off));
      // A match inside the piece comes before any that runs on into the next ones.
      if (local >= 0) return off + local;
      if (k < pieces.length - 1 && n > 1) {
        const zoneStart = Math.max(at, end - (n - 1));
        const z = slice(zoneStart, end + n - 1).indexOf(search);
        if (z >= 0 && zoneStart + z < end) return zoneStart + z;
      }
    }
    return -1;
  };
  const lastIndexOf = (search: string, from = length): number => {
    const n = search.length;
    const at = Math.min(Math.max(0, Number.isNaN(from) ? length : from), length);
    if (n === 0) return at;
    for (let k = pieceOf(starts, Math.min(at, length - 1)); k >= 0; k--) {
      const off = starts[k];
      const end = off + pieces[k].length;
      const local = pieces[k].lastIndexOf(search, at - off);
      let best = local >= 0 && at - off >= 0 ? off + local : -1;
      if (k < pieces.length - 1 && n > 1) {
        const zoneStart = Math.max(off, end - (n - 1));
        const limit = Math.min(at, end - 1) - zoneStart;
        const z = limit >= 0 ? slice(zoneStart, end + n - 1).lastIndexOf(search, limit) : -1;
        if (z >= 0 && zoneStart + z > best) best = zoneStart + z;
      }
      if (best >= 0) return best;
    }
    return -1;
  };
  const charAt = (at: number): string => {
    if (!(at >= 0 && at < length)) return '';
    const k = pieceOf(starts, at);
    return pieces[k].charAt(at - starts[k]);
  };
  return { length, indexOf, lastIndexOf, charAt, slice };
}
