/**
 * The body of a JSON string literal (what a page pushes between double quotes), decoded a part at
 * a time: cut only between escape sequences, never inside `\"`, `\\` or `\uXXXX`, the parts
 * decode to exactly the pieces of the whole's decoding, and a part that is not valid fails as the
 * whole would. Each part is a small string for JSON.parse, in and out (see piece-text.ts on large
 * strings), and a caller decodes only the range it needs.
 */
import { tryParse } from './json-text';
import type { TextLike } from './piece-text';

/** Escaped characters decoded per JSON.parse call. */
const DECODE_PART = 16_384;

/** Length of the run of backslashes ending at `at` (inclusive), counted back to `floor`. */
function backslashRun(s: TextLike, at: number, floor: number): number {
  let n = 0;
  for (let i = at; i >= floor && s.charAt(i) === '\\'; i--) n++;
  return n;
}

/**
 * Is `at` between two escape sequences of the string body that starts at `floor` (or at its
 * start)? Not when the backslash before it escapes, nor inside the hex digits of a `\uXXXX`.
 */
export function isEscapeBoundary(s: TextLike, at: number, floor: number): boolean {
  if (at <= floor) return true;
  for (let u = Math.max(floor, at - 5); u < at; u++) {
    if (s.charAt(u) === '\\' && s.charAt(u + 1) === 'u' && backslashRun(s, u, floor) % 2 === 1) return false;
  }
  return backslashRun(s, at - 1, floor) % 2 === 0;
}

/** The nearest escape boundary at or before `at`, no earlier than `floor` (itself one). */
export function boundaryAtOrBefore(s: TextLike, at: number, floor: number): number {
  let i = at;
  while (i > floor && !isEscapeBoundary(s, i, floor)) i--;
  return i;
}

/**
 * The decoding of `s[from, to)` in parts, joined by the caller as needed; `from` is an escape
 * boundary. Null when a part is not a valid JSON string body (nor, then, the whole range).
 */
export function decodeRange(s: TextLike, from: number, to: number): string[] | null {
  const parts: string[] = [];
  for (let a = from; a < to; ) {
    let b = to;
    if (to - a > DECODE_PART) {
      b = boundaryAtOrBefore(s, a + DECODE_PART, a);
      if (b <= a) b = to; // a part of nothing but escapes' insides cannot be: decode the rest whole
    }
    const text = tryParse(`"${s.slice(a, b)}"`);
    if (typeof text !== 'string') return null;
    parts.push(text);
    a = b;
  }
  return parts;
}
