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
export function balancedEnd(text: string, start: number): number {
  const open = text[start];
  if (open !== '{' && open !== '[') return -1;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
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
