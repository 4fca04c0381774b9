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
 * by, and made on first need, not when the script loads (a cost paid in the one task of the
 * content script that cannot be sliced).
 */
let wordClass: Uint8Array | undefined;
/**
 * The rule itself, for the codes classOf does not know by heart. Its Unicode classes take
 * 0.8-2 ms to compile in a page (on a busy one up to 10), so the codes most pages hold are
 * answered without it.
 */
let wordChar: RegExp | undefined;
/** Latin-1's letters and numbers between 0x80 and 0xbf: ª ² ³ µ ¹ º ¼ ½ ¾. */
const LATIN1_WORD = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/** Letter, number or mark (`\p{L}`, `\p{N}`, `\p{M}`): 1, else 2. tests/unit/word-codes.test.ts checks every code against the pattern. */
function classOf(code: number): number {
  const word = (yes: boolean) => (yes ? 1 : 2);
  if (code < 0x80) return word((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
  // Latin-1's symbols and spaces, Latin-1's letters (× and ÷ aside), Latin Extended A and B, combining accents.
  if (code < 0xc0) return word(LATIN1_WORD.has(code));
  if (code < 0x250) return word(code !== 0xd7 && code !== 0xf7);
  if (code >= 0x300 && code < 0x370) return 1;
  // Cyrillic (its one symbol, ҂, aside); general punctuation (dashes, quotes, spaces, ellipsis).
  if (code >= 0x400 && code < 0x500) return word(code !== 0x482);
  if (code >= 0x2000 && code < 0x2070) return 2;
  // Currency signs; number forms (⅓, ⅔, Roman numerals: numbers) and the two symbols after them.
  if (code >= 0x20a0 && code < 0x20d0) return 2;
  if (code >= 0x2150 && code < 0x2190) return word(code < 0x218a);
  // Symbols: arrows to control pictures, box drawing and shapes to the dingbats' digits, more
  // arrows, and ™ (a recipe card's ▢ and ✓, ratings' ★ and ⭐).
  if ((code >= 0x2190 && code < 0x2460) || (code >= 0x2500 && code < 0x2776) || (code >= 0x2b00 && code < 0x2c00) || code === 0x2122) return 2;
  // Chinese characters are letters; emoji's variation selectors are marks; the byte order mark is neither.
  if (code >= 0x4e00 && code < 0xa000) return 1;
  if (code >= 0xfe00 && code < 0xfe10) return 1;
  if (code === 0xfeff) return 2;
  // Surrogate halves (emoji, rare scripts) count as separators.
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return word((wordChar ??= /[\p{L}\p{N}\p{M}]/u).test(String.fromCharCode(code)));
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
