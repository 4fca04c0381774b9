/**
 * Text normalisation shared by the matcher and its benchmark floor: folding (lower case, accents
 * dropped) that keeps every index aligned with the input, and splitting folded text into words
 * with their offsets.
 *
 * Folding works per UTF-16 code unit and never changes a string's length, so an offset into the
 * folded text is an offset into the original text (the content script paints ranges from them).
 */

const COMBINING = /[\u0300-\u036f]/g;
const foldCache = new Map<string, string>();

/** Fold one character: lower case without diacritics; the result is always 1 code unit. */
function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').replace(COMBINING, '');
    folded = base.length === 1 ? base : lower.length === 1 ? lower : ch;
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Lower-case and strip accents, keeping every index aligned with the input. */
export function foldText(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 128) i++;
  if (i === text.length) return text.toLowerCase();
  let out = text.slice(0, i).toLowerCase();
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 128 ? text[i].toLowerCase() : foldChar(text[i]);
  }
  return out;
}

/**
 * Per UTF-16 code unit: 0 = not yet known, 1 = part of a word, 2 = separator. Filled as codes come
 * by, and made (like the pattern below) on first need, not when the script loads: at load both
 * cost the page, in the one task of the content script that cannot be sliced. The pattern's
 * Unicode classes took 0.8 ms of that task on a typical page (up to 10 ms on a busy one), and a
 * page whose text is all ASCII never needs it.
 */
let wordClass: Uint8Array | undefined;
let wordChar: RegExp | undefined;

function classOf(code: number): number {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 2;
  // Surrogate halves (emoji, rare scripts) count as separators.
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return (wordChar ??= /[\p{L}\p{N}\p{M}]/u).test(String.fromCharCode(code)) ? 1 : 2;
}

/** Whether the UTF-16 code unit is part of a word (a letter, digit or combining mark). */
export function isWordCode(code: number): boolean {
  const classes = (wordClass ??= new Uint8Array(65536));
  let kind = classes[code];
  if (kind === 0) classes[code] = kind = classOf(code);
  return kind === 1;
}

/** Words of a folded text with their offsets (`end` exclusive), in order. */
export interface Words {
  words: string[];
  starts: number[];
  ends: number[];
}

/**
 * Split folded text into words: maximal runs of letters, digits and combining marks. Hyphens,
 * apostrophes, spaces, line breaks and punctuation all separate words, so `black-eyed`,
 * `black eyed` and `black\neyed` give the same words.
 */
export function splitWords(folded: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(folded.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let marks = false;
    while (i < n) {
      const code = folded.charCodeAt(i);
      if (!isWordCode(code)) break;
      if (code >= 0x300 && code <= 0x36f) marks = true;
      i++;
    }
    const word = folded.slice(start, i);
    words.push(marks ? word.replace(COMBINING, '') : word);
    starts.push(start);
    ends.push(i);
  }
  return { words, starts, ends };
}

/** The lookup key of a name or phrase: its folded words joined by one space. */
export function phraseKey(text: string): string {
  return splitWords(foldText(text)).words.join(' ');
}
