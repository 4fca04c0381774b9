/**
 * Next.js App Router flight data: the page's React tree and props, pushed by inline scripts as
 * JSON-quoted strings (`self.__next_f.push([1,"…"])`). Joined, they are rows `id:JSON` ended by a
 * newline, and text rows `id:T<length>,…` that run straight into the next row. Only the rows around
 * a key holding the hint are unescaped and parsed; the rest of the payload is never decoded.
 *
 * The pushes are read as one text without being joined (piece-text.ts), and a window between row
 * breaks is decoded from a little before its first hint: back to the part holding the start of a
 * row, not from the window's start — a window can be a text row of hundreds of kilobytes of HTML
 * run into the JSON row that matters. When the rows tried for a hint reach back past that, the
 * window is decoded whole and read again, so the values are those of reading the whole window.
 * (Two things the whole window's decoding would notice before the part decoded, and no
 * JSON.stringify-written payload has: an escape JSON does not know, and hint letters written as
 * `\u` escapes.)
 */
import { boundaryAtOrBefore, decodeRange } from './escaped-text';
import { LIMITS } from './limits';
import { balancedEnd, keyIndex } from './json-text';
import { parseJsonPieces } from './json-pieces';
import { joinedText, type TextLike } from './piece-text';

/** Row starts tried back from a hint before giving up on it. */
const MAX_ROW_STARTS = 8;
/** Hint keys tried within one row window. */
const MAX_KEYS = 20;
const ROW_START = /[0-9a-f]{1,8}:[[{]/g;
/** The longest text ROW_START matches. */
const ROW_START_MAX = 10;
/** Escaped characters decoded at a time, going back from a hint to the start of its row. */
const BACK_STEP = 2048;

/** The escaped body of the string a flight script pushes (between its double quotes), or null. */
export function flightChunk(text: string): string | null {
  const open = text.indexOf('"');
  const close = text.lastIndexOf('"');
  return open >= 0 && close > open ? text.slice(open + 1, close) : null;
}

/** Is `s[i..i+1]` an escaped newline (`\n` after an even run of backslashes), i.e. a row break? */
function isRowBreak(s: TextLike, i: number): boolean {
  let slashes = 0;
  for (let j = i; j >= 0 && s.charAt(j) === '\\'; j--) slashes++;
  return slashes % 2 === 1;
}

/** The last row break at or before `at` and at or after `floor`, or -1; only that stretch is searched. */
function rowBreakBefore(s: TextLike, at: number, floor = 0): number {
  const zone = floor > 0 ? s.slice(floor, at + 2) : s;
  for (let i = zone.lastIndexOf('\\n', at - floor); i >= 0; i = i > 0 ? zone.lastIndexOf('\\n', i - 1) : -1) {
    if (isRowBreak(s, i + floor)) return i + floor;
  }
  return -1;
}

function rowBreakAfter(s: TextLike, at: number): number {
  for (let i = s.indexOf('\\n', at); i >= 0; i = s.indexOf('\\n', i + 1)) if (isRowBreak(s, i)) return i;
  return s.length;
}

/**
 * Positions of the JSON values of rows (an id, a colon, a bracket) in `text`, found only as far
 * as asked: the function returned lists those of rows starting before its `limit`, each call
 * scanning only the stretch after the last one's (a row may run hundreds of kilobytes past the
 * hint it is read for). `whole`: `text` begins a window (a row may start at 0); else 0 is not
 * known to be one.
 */
function rowStartScan(text: TextLike, whole: boolean): (limit: number) => readonly number[] {
  const found: number[] = [];
  let scanned = 0;
  return (limit) => {
    if (limit <= scanned) return found;
    // A start before `limit` is matched whole within ROW_START_MAX characters of it.
    const zone = text.slice(scanned, Math.min(text.length, limit + ROW_START_MAX));
    ROW_START.lastIndex = 0;
    for (let m = ROW_START.exec(zone); m && scanned + m.index < limit; m = ROW_START.exec(zone)) {
      const index = scanned + m.index;
      if (index === 0 && !whole) continue;
      const before = index > 0 ? text.charAt(index - 1) : '\n';
      if (!/[\w"\\]/.test(before)) found.push(index + m[0].length - 1);
    }
    scanned = limit;
    return found;
  };
}

/**
 * The values of the rows in `text` (decoded, from a row start) that hold the hint as a key. When
 * `text` is only the end of its window (`whole` false) and a hint's rows would be tried further
 * back than it reaches, false: read the whole window instead.
 */
function valuesHolding(text: TextLike, hint: string, into: unknown[], whole: boolean): boolean {
  let coveredTo = -1;
  let at = keyIndex(text, hint);
  const startsBefore = rowStartScan(text, whole);
  for (let tries = 0; at >= 0 && tries < MAX_KEYS && into.length < LIMITS.appStateSources; tries++) {
    const allStarts = startsBefore(at);
    let count = 0;
    while (count < allStarts.length && allStarts[count] < at) count++;
    const starts = allStarts.slice(0, count);
    let found = false;
    for (let k = starts.length - 1; k >= 0 && k >= starts.length - MAX_ROW_STARTS; k--) {
      // Most rows run to the window's end (the newline): one native parse, no scan for the end.
      let end = text.length;
      let value = k === starts.length - 1 ? parseJsonPieces(text, starts[k]) : undefined;
      if (value === undefined) {
        end = balancedEnd(text, starts[k]);
        if (end <= at) continue;
        value = parseJsonPieces(text, starts[k], end);
      }
      if (value === undefined) continue;
      into.push(value);
      coveredTo = end;
      found = true;
      break;
    }
    if (!found && !whole && starts.length < MAX_ROW_STARTS) return false;
    // Hints inside the value just read are not tried again.
    at = keyIndex(text, hint, Math.max(at + hint.length, coveredTo + 1));
  }
  return true;
}

/** Does `piece` (decoded; `next` the text after it) hold a row start, or one start right after it? At 0 only when `whole`. */
function holdsRowStart(piece: string, next: string, whole: boolean): boolean {
  return rowStartScan(piece + next, whole)(piece.length + 1).length > 0;
}

/**
 * The window around the hint at `at` (running to `to`, its row break) decoded from a little
 * before the hint: the parts going back from the hint until one holds a row start, or back to the
 * window's start, the row break before it, found on the way (a window can start hundreds of
 * kilobytes back). Null when it is not a valid string body.
 */
function decodedAround(s: TextLike, at: number, to: number): { text: TextLike; whole: boolean } | null {
  // The window's start: the row break before the hint when it is near, else found on the way back.
  const lineBreak = rowBreakBefore(s, at, Math.max(0, at - BACK_STEP));
  let from = lineBreak < 0 ? 0 : lineBreak + 2;
  let fromKnown = lineBreak >= 0 || at <= BACK_STEP;
  let start = boundaryAtOrBefore(s, at, from);
  const tail = decodeRange(s, start, to);
  if (!tail) return null;
  const back: string[] = [];
  let next = (tail[0] ?? '').slice(0, 12);
  while (start > from) {
    let b = boundaryAtOrBefore(s, Math.max(from, start - BACK_STEP), from);
    if (!fromKnown) {
      const found = rowBreakBefore(s, start - 2, b);
      if (found >= 0) {
        from = found + 2;
        b = Math.max(b, from);
      }
      fromKnown = found >= 0 || b === 0;
    }
    const part = decodeRange(s, b, start);
    if (!part) return null;
    const text = part.join('');
    back.push(text);
    start = b;
    if (holdsRowStart(text, next, start === from)) break;
    next = (text + next).slice(0, 12);
  }
  return { text: joinedText(back.reverse().concat(tail)), whole: start === from };
}

/**
 * Rows holding `hint` in the still-escaped `escaped` payload, from `from` on (no hint is keyed
 * before it): each window between row breaks once.
 */
function flightRows(escaped: TextLike, hint: string, into: unknown[], from: number): void {
  while (from < escaped.length && into.length < LIMITS.appStateSources) {
    const at = keyIndex(escaped, hint, from);
    if (at < 0) break;
    const end = rowBreakAfter(escaped, at);
    from = end + 2;
    const near = decodedAround(escaped, at, end);
    if (!near) continue;
    const count = into.length;
    if (valuesHolding(near.text, hint, into, near.whole)) continue;
    into.length = count;
    const before = rowBreakBefore(escaped, at);
    const all = decodeRange(escaped, before < 0 ? 0 : before + 2, end);
    if (all) valuesHolding(joinedText(all), hint, into, true);
  }
}

/**
 * Rows holding `hint` across the pushed chunks (a row may span several): each chunk with the hint
 * is read together with the neighbours its row runs into, never the whole payload at once. How
 * far back its row starts is found only when the row is decoded (next to nothing, mostly), so the
 * chunks since the last window are all handed on as pieces.
 */
export function flightWindows(chunks: readonly string[], hint: string, into: unknown[]): void {
  let lo = 0;
  for (let i = 0; i < chunks.length; i++) {
    const at = keyIndex(chunks[i], hint);
    if (at < 0) continue;
    let b = i;
    while (b < chunks.length - 1 && rowBreakAfter(chunks[b], b === i ? at : 0) === chunks[b].length) b++;
    // Chunks lo..i-1 key no hint of their own (searched above): only one running into chunk i could start there.
    let offset = 0;
    for (let k = lo; k < i; k++) offset += chunks[k].length;
    flightRows(joinedText(chunks.slice(lo, b + 1)), hint, into, Math.max(0, offset - hint.length));
    lo = b;
    i = b;
  }
}
