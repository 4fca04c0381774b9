/**
 * Reading the number at a position of an ingredient line: integers, decimals with a point or a
 * comma, fractions (ASCII and Unicode), mixed numbers ("1 1/2", "1-1/2", "1½"), ranges
 * ("1-2", "1 to 2", "2 à 3") and a few number words per language ("one", "une", "half", "meia").
 */
import type { Lang } from '../foods/types';

/** A number or range read from text; `min === max` for a single number. */
export interface NumberSpan {
  min: number;
  max: number;
  start: number;
  end: number;
  /** Read from a word ("a", "une", "half") rather than digits. */
  word: boolean;
}

const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
};
const VULGAR_CLASS = `[${Object.keys(VULGAR).join('')}]`;

/**
 * Number words, lower case. "a"/"an" are here too but the parser only takes them before a unit
 * ("a pinch"), never before a food ("a little").
 */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozen: 12, half: 0.5,
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, medio: 0.5, media: 0.5,
  une: 1, deux: 2, trois: 3, quatre: 4, demi: 0.5, demie: 0.5,
  ein: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, halb: 0.5, halbe: 0.5, halber: 0.5, halbes: 0.5,
  anderthalb: 1.5, eineinhalb: 1.5,
  due: 2, tre: 3, quattro: 4, mezzo: 0.5, mezza: 0.5,
  een: 1, 'één': 1, twee: 2, drie: 3, halve: 0.5, anderhalf: 1.5, anderhalve: 1.5,
  um: 1, uma: 1, dois: 2, duas: 2, 'três': 3, quatro: 4, meio: 0.5, meia: 0.5,
};

/** Words that only count as a number when a unit follows them. */
export const WEAK_NUMBER_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'half', 'media', 'medio']);

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/**
 * Same-length rewrite of a line so the regular expressions stay simple: superscript and subscript
 * digits to digits, fraction slash to "/", dashes to "-", odd spaces to " ". Offsets are kept.
 */
export function normalizeDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const sup = SUPERSCRIPT.indexOf(ch);
    const sub = SUBSCRIPT.indexOf(ch);
    if (sup >= 0) out += String(sup);
    else if (sub >= 0) out += String(sub);
    else if (ch === '⁄' || ch === '∕') out += '/';
    else if (ch === '–' || ch === '—' || ch === '‐' || ch === '‑' || ch === '−') out += '-';
    else if (/\s/.test(ch) && ch.length === 1) out += ' ';
    else out += ch;
  }
  return out;
}

/** Languages that write "1.000" for a thousand. */
const POINT_THOUSANDS: ReadonlySet<Lang> = new Set<Lang>(['de', 'nl', 'es', 'it', 'pt']);

function decimal(intPart: string, sep: string | undefined, frac: string | undefined, lang: Lang | undefined): number {
  if (!sep || !frac) return Number(intPart);
  const thousands =
    frac.length === 3 &&
    intPart !== '0' &&
    ((sep === ',' && (lang === undefined || lang === 'en')) || (sep === '.' && lang !== undefined && POINT_THOUSANDS.has(lang)));
  return thousands ? Number(intPart + frac) : Number(`${intPart}.${frac}`);
}

const MIXED_FRACTION = /(\d+)(?: +| *- *)(\d+) *\/ *(\d+)(?!\d)/y;
const MIXED_VULGAR = new RegExp(`(\\d+) *(${VULGAR_CLASS})`, 'y');
const FRACTION = /(\d+) *\/ *(\d+)(?!\d)/y;
const VULGAR_ONLY = new RegExp(VULGAR_CLASS, 'y');
const DECIMAL = /(\d+)(?:([.,])(\d+))?/y;
const LEADING_POINT = /[.,](\d+)/y;
const WORD = /\p{L}+/uy;
const HALF_MORE =
  /(?: +and +a +half| +½| +et +demie?| +y +medi[oa]| +e +mezz[oa]| +e +mei[oa]| +und +ein +halb| +en +een +half)(?![\p{L}])/uy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** One number at `pos` (no range). */
export function readSingle(text: string, pos: number, lang?: Lang): NumberSpan | null {
  let value: number | null = null;
  let end = pos;
  let word = false;
  let m: RegExpExecArray | null;
  if ((m = sticky(MIXED_FRACTION, text, pos)) && Number(m[2]) < Number(m[3]) && Number(m[3]) > 0) {
    value = Number(m[1]) + Number(m[2]) / Number(m[3]);
    end = pos + m[0].length;
  } else if ((m = sticky(MIXED_VULGAR, text, pos))) {
    value = Number(m[1]) + VULGAR[m[2]];
    end = pos + m[0].length;
  } else if ((m = sticky(FRACTION, text, pos)) && Number(m[2]) > 0) {
    value = Number(m[1]) / Number(m[2]);
    end = pos + m[0].length;
  } else if ((m = sticky(VULGAR_ONLY, text, pos))) {
    value = VULGAR[m[0]];
    end = pos + m[0].length;
  } else if ((m = sticky(DECIMAL, text, pos))) {
    value = decimal(m[1], m[2], m[3], lang);
    end = pos + m[0].length;
  } else if ((m = sticky(LEADING_POINT, text, pos))) {
    value = Number(`0.${m[1]}`);
    end = pos + m[0].length;
  } else if ((m = sticky(WORD, text, pos))) {
    const n = NUMBER_WORDS[m[0].toLowerCase()];
    if (n === undefined) return null;
    value = n;
    end = pos + m[0].length;
    word = true;
  }
  if (value === null || !Number.isFinite(value)) return null;
  const more = sticky(HALF_MORE, text, end);
  if (more && value >= 1 && Number.isInteger(value)) {
    value += 0.5;
    end += more[0].length;
  }
  return { min: value, max: value, start: pos, end, word };
}

const RANGE_SEPARATOR = / *(?:-|~|to|or|à|a|bis|tot|ou|oder|o|til) *(?=[\d½⅓⅔¼¾⅛⅜⅝⅞]|\.\d)/iy;

/** A number or a range ("1-2", "½-1", "2 à 3") at `pos`. */
export function readAmount(text: string, pos: number, lang?: Lang): NumberSpan | null {
  const first = readSingle(text, pos, lang);
  if (!first) return null;
  const sep = sticky(RANGE_SEPARATOR, text, first.end);
  if (!sep) return first;
  const second = readSingle(text, first.end + sep[0].length, lang);
  if (!second || second.word) return first;
  if (second.max > first.min) return { min: first.min, max: second.max, start: pos, end: second.end, word: first.word };
  return first;
}
