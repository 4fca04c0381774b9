/**
 * JSON inside other text (scripts, flight payloads, attributes): parse without throwing, cut the
 * first balanced value, find a word used as an object key. Linear time, no recursion.
 */
import type { TextLike } from './piece-text';

export function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The end (exclusive) of the balanced `{...}` / `[...]` that opens at `start` (outside strings), or -1. */
export function balancedEnd(text: TextLike, start: number): number {
  return scanContainer(text, start)?.end ?? -1;
}

/** Characters read from text in pieces at a time while scanning. */
const ZONE = 16_384;

/** JSON's whitespace: space, line feed, carriage return, tab (a character code). */
export const isJsonSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** A `[` / `{`: where it closes (exclusive), its top-level commas, and whether a member is empty (`[1,,2]`). */
export interface ContainerScan {
  end: number;
  commas: number[];
  emptyMember: boolean;
}

/** Containers inside the scanned one, down to `depth` (the scanned one is 1), of `span` characters or more, by where they open. */
export interface InnerContainers {
  depth: number;
  span: number;
  found: Map<number, ContainerScan>;
}

/** How many backslashes run back from just before `end` in `zone`, not past `floor`. */
function backslashesBefore(zone: string, end: number, floor: number): number {
  let run = 0;
  for (let i = end - 1; i >= floor && zone.charCodeAt(i) === 92; i--) run++;
  return run;
}

/** The closing quote of a string whose body goes on at `from` in `zone`, or -1 when it runs past the zone. */
function closingQuote(zone: string, from: number): number {
  for (let q = zone.indexOf('"', from); q >= 0; q = zone.indexOf('"', q + 1)) {
    if (backslashesBefore(zone, q, from) % 2 === 0) return q;
  }
  return -1;
}

interface Frame {
  open: number;
  commas: number[];
  filled: boolean;
  emptyMember: boolean;
}

/**
 * Scans the array or object opening at `start` to its close, a zone of the text at a time (a
 * string skipped to its closing quote in one search). Null when `start` is not a bracket or the
 * container does not close. `inner` collects the large containers inside it on the way.
 */
export function scanContainer(text: TextLike, start: number, inner?: InnerContainers): ContainerScan | null {
  const open = text.charAt(start);
  if (open !== '{' && open !== '[') return null;
  const keep = inner ? inner.depth : 1;
  const frames: Frame[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let zoneStart = start; zoneStart < text.length; zoneStart += ZONE) {
    const zone = text.slice(zoneStart, zoneStart + ZONE);
    let j = 0;
    while (j < zone.length) {
      if (inString) {
        const from: number = escaped ? j + 1 : j;
        const q = closingQuote(zone, from);
        // Running past the zone on an odd run of backslashes: the next zone's first character is escaped.
        escaped = q < 0 && backslashesBefore(zone, zone.length, from) % 2 === 1;
        if (q < 0) break;
        inString = false;
        j = q + 1;
        continue;
      }
      const c = zone.charCodeAt(j);
      const frame = depth >= 1 && depth <= keep ? frames[depth - 1] : undefined;
      if (c === 123 || c === 91) {
        if (frame) frame.filled = true;
        depth++;
        if (depth <= keep) frames.push({ open: zoneStart + j, commas: [], filled: false, emptyMember: false });
      } else if (c === 125 || c === 93) {
        if (frame) {
          frames.pop();
          // `[]` and `{}` have no member; `[1,]` has an empty last one.
          const scan = { end: zoneStart + j + 1, commas: frame.commas, emptyMember: frame.emptyMember || (!frame.filled && frame.commas.length > 0) };
          if (depth === 1) return scan;
          if (inner && scan.end - frame.open >= inner.span) inner.found.set(frame.open, scan);
        }
        depth--;
      } else if (c === 44) {
        if (frame) {
          if (!frame.filled) frame.emptyMember = true;
          frame.commas.push(zoneStart + j);
          frame.filled = false;
        }
      } else if (!isJsonSpace(c)) {
        if (frame) frame.filled = true;
        if (c === 34) inString = true;
      }
      j++;
    }
  }
  return null;
}

const KEY_CHAR = /[\w$-]/;

/**
 * Where `hint` first occurs in `s` (from `from`) inside an object key — the rest of the word, a
 * closing quote (escaped or not), a colon — or -1. Text and class names holding the word are not
 * worth parsing for.
 */
export function keyIndex(s: TextLike, hint: string, from = 0): number {
  for (let at = s.indexOf(hint, from); at >= 0; at = s.indexOf(hint, at + hint.length)) {
    let i = at + hint.length;
    for (let n = 0; n < 40 && i < s.length && KEY_CHAR.test(s.charAt(i)); n++) i++;
    while (s.charAt(i) === '\\') i++;
    if (s.charAt(i) !== '"') continue;
    i++;
    while (s.charAt(i) === ' ') i++;
    if (s.charAt(i) === ':') return at;
  }
  return -1;
}
