/**
 * Next.js App Router flight data: the page's React tree and props, pushed by inline scripts as
 * JSON-quoted strings (`self.__next_f.push([1,"…"])`). Joined, they are rows `id:JSON` ended by a
 * newline, and text rows `id:T<length>,…` that run straight into the next row. Only the rows around
 * a key holding the hint are unescaped and parsed; the rest of the payload is never decoded.
 */
import { LIMITS } from './limits';
import { balancedEnd, keyIndex, tryParse } from './json-text';

/** Row starts tried back from a hint before giving up on it. */
const MAX_ROW_STARTS = 8;
/** Hint keys tried within one row window. */
const MAX_KEYS = 20;
const ROW_START = /[0-9a-f]{1,8}:[[{]/g;

/** The escaped body of the string a flight script pushes (between its double quotes), or null. */
export function flightChunk(text: string): string | null {
  const open = text.indexOf('"');
  const close = text.lastIndexOf('"');
  return open >= 0 && close > open ? text.slice(open + 1, close) : null;
}

/** Is `s[i..i+1]` an escaped newline (`\n` after an even run of backslashes), i.e. a row break? */
function isRowBreak(s: string, i: number): boolean {
  let slashes = 0;
  for (let j = i; j >= 0 && s[j] === '\\'; j--) slashes++;
  return slashes % 2 === 1;
}

function rowBreakBefore(s: string, at: number): number {
  for (let i = s.lastIndexOf('\\n', at); i >= 0; i = s.lastIndexOf('\\n', i - 1)) if (isRowBreak(s, i)) return i;
  return -1;
}

function rowBreakAfter(s: string, at: number): number {
  for (let i = s.indexOf('\\n', at); i >= 0; i = s.indexOf('\\n', i + 1)) if (isRowBreak(s, i)) return i;
  return s.length;
}

/** Positions of the JSON values of rows that may start before `limit` (an id, a colon, a bracket). */
function rowStarts(text: string, limit: number): number[] {
  const out: number[] = [];
  ROW_START.lastIndex = 0;
  for (let m = ROW_START.exec(text); m && m.index < limit; m = ROW_START.exec(text)) {
    const before = m.index > 0 ? text[m.index - 1] : '\n';
    if (!/[\w"\\]/.test(before)) out.push(m.index + m[0].length - 1);
  }
  return out;
}

/** The values of the rows in `text` (decoded, from a row start) that hold the hint as a key. */
function valuesHolding(text: string, hint: string, into: unknown[]): void {
  let coveredTo = -1;
  let at = keyIndex(text, hint);
  const allStarts = at >= 0 ? rowStarts(text, text.length) : [];
  for (let tries = 0; at >= 0 && tries < MAX_KEYS && into.length < LIMITS.appStateSources; tries++) {
    if (at > coveredTo) {
      let count = 0;
      while (count < allStarts.length && allStarts[count] < at) count++;
      const starts = allStarts.slice(0, count);
      for (let k = starts.length - 1; k >= 0 && k >= starts.length - MAX_ROW_STARTS; k--) {
        // Most rows run to the window's end (the newline): one native parse, no scan for the end.
        let end = text.length;
        let value = k === starts.length - 1 ? tryParse(text.slice(starts[k])) : undefined;
        if (value === undefined) {
          end = balancedEnd(text, starts[k]);
          if (end <= at) continue;
          value = tryParse(text.slice(starts[k], end));
        }
        if (value === undefined) continue;
        into.push(value);
        coveredTo = end;
        break;
      }
    }
    at = keyIndex(text, hint, at + hint.length);
  }
}

/** Rows holding `hint` in the still-escaped `escaped` payload: each window between row breaks once. */
function flightRows(escaped: string, hint: string, into: unknown[]): void {
  let from = 0;
  while (from < escaped.length && into.length < LIMITS.appStateSources) {
    const at = keyIndex(escaped, hint, from);
    if (at < 0) break;
    const before = rowBreakBefore(escaped, at);
    const end = rowBreakAfter(escaped, at);
    from = end + 2;
    const text = tryParse(`"${escaped.slice(before < 0 ? 0 : before + 2, end)}"`);
    if (typeof text === 'string') valuesHolding(text, hint, into);
  }
}

/**
 * Rows holding `hint` across the pushed chunks (a row may span several): each chunk with the hint
 * is joined with the neighbours its row runs into, never the whole payload at once.
 */
export function flightWindows(chunks: readonly string[], hint: string, into: unknown[]): void {
  for (let i = 0; i < chunks.length; i++) {
    const at = keyIndex(chunks[i], hint);
    if (at < 0) continue;
    let a = i;
    while (a > 0 && rowBreakBefore(chunks[a], a === i ? at : chunks[a].length) < 0) a--;
    let b = i;
    while (b < chunks.length - 1 && rowBreakAfter(chunks[b], b === i ? at : 0) === chunks[b].length) b++;
    flightRows(chunks.slice(a, b + 1).join(''), hint, into);
    i = b;
  }
}
