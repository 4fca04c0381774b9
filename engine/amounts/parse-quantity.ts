/**
 * The quantity of an ingredient line: "1 ½ cups", "2 (15-oz) cans", "200g", "1-2 EL", "a pinch",
 * "0,5 l", "1 cup (120 g)", and amounts written after the food ("Molho de tomate 200 gramas").
 */
import type { Lang } from '../foods/types';
import { normalizeDigits, readAmount, WEAK_NUMBER_WORDS, type NumberSpan } from './numbers';
import type { MassUnit, Measure, Quantity, Unit, VolumeUnit } from './types';
import { readUnit, type UnitSpan } from './unit-reader';
import { GRAMS_PER, IMPLICIT_ONE, isMassUnit, isVolumeUnit, ML_PER, unitKind } from './units';

const NONE: Quantity = { amount: null, min: null, max: null, unit: null, start: 0, end: 0 };

/** Bullets, checkboxes and "about" words a line may start with before its amount. */
const LEADING_NOISE =
  /^(?:[\s•·*▢□☐◻✓✔▪►>\-+]|(?:about|approx(?:imately|\.)?|around|roughly|ca\.?|circa|environ|etwa|ungefähr|ongeveer|aprox(?:imadamente|\.)?|unos|unas|cerca de|plus ou moins|zirka)(?![\p{L}]))*/iu;

/** Words between a number and its unit that do not change it: "1 heaping tbsp", "1 bonne pincée". */
const UNIT_MODIFIER =
  /(?:heaping|heaped|level|rounded|scant|generous|good|full|bonne|bon|belle|rase|gehäufte[rn]?|gestrichene[rn]?|knappe?|gute[rn]?|ruime|flinke|volle|afgestreken|colmo|colmada|rasa|cheia|rasa|abbondante|scarso|púpozott|csapott)(?![\p{L}]) */iuy;

/** "x" or "×" between a count and a size: "2 x 400 g", "4x gousse". */
const TIMES = / *[x×](?!\p{L}) */iuy;
const SPACES = / */y;
const OPEN_PAREN = / *[([] *(?:(?:about|approx\.?|ca\.?|circa|environ|etwa|approximately|around|à peu près)\s+)?/iuy;
const CLOSE_PAREN = / *(?:each|chacun[e]?|je|cada|ciascun[oa])? *[)\]]/iuy;
const SIZE_JOIN = / *-? */y;
/** "1 càc et demie", "1 cup and a half": a half after the unit. */
const HALF_AFTER_UNIT = / +(?:and +a +half|et +demie?|y +medi[oa]|e +mezz[oa]|e +mei[oa])(?![\p{L}])/iuy;
/** A mass in brackets anywhere later in the line: "2 medium carrots (about 200 g), sliced". */
const LATER_PAREN_MASS = /[([] *(?:about|approx\.?|ca\.?|circa|environ|etwa|approximately|around|±|~)? *\d/giu;
const PLUS = / *(?:\+|plus|and|und|et|en|y|e|mais|più) +(?=[\d½⅓⅔¼¾⅛⅜⅝⅞])/iy;
const OF_WORD = / +(?:of|de|d'|di|van|von)(?=\s)/iy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function skip(re: RegExp, text: string, pos: number): number {
  const m = sticky(re, text, pos);
  return m ? pos + m[0].length : pos;
}

function isMeasureUnit(unit: Unit): unit is MassUnit | VolumeUnit {
  return isMassUnit(unit) || isVolumeUnit(unit);
}

/** "400 g", "15-oz", "14.5 ounce": a number and a mass or volume unit at `pos`. */
function readMeasure(text: string, pos: number, lang: Lang | undefined): { measure: Measure; end: number } | null {
  const n = readAmount(text, pos, lang);
  if (!n || n.word) return null;
  const unit = readUnit(text, skip(SIZE_JOIN, text, n.end));
  if (!unit || !isMeasureUnit(unit.unit)) return null;
  return { measure: { amount: (n.min + n.max) / 2, unit: unit.unit }, end: unit.end };
}

/** "(15-oz)", "(about 120 g)", "[400 g each]". */
function readParenMeasure(text: string, pos: number, lang: Lang | undefined): { measure: Measure; end: number } | null {
  const open = sticky(OPEN_PAREN, text, pos);
  if (!open) return null;
  const inner = readMeasure(text, pos + open[0].length, lang);
  if (!inner) return null;
  const close = sticky(CLOSE_PAREN, text, inner.end);
  if (!close) return null;
  return { measure: inner.measure, end: inner.end + close[0].length };
}

/** A unit at `pos`, after any modifier word; a size word gives way to a unit right after it ("1 large can"). */
function readUnitAfterNumber(text: string, pos: number): UnitSpan | null {
  const start = skip(SPACES, text, pos);
  const unit = readUnit(text, skip(UNIT_MODIFIER, text, start));
  if (!unit) return null;
  if (unitKind(unit.unit) === 'piece' && ['small', 'medium', 'large', 'piece'].includes(unit.unit)) {
    const next = readUnit(text, skip(SPACES, text, unit.end));
    if (next && next.unit !== unit.unit && !['small', 'medium', 'large'].includes(next.unit)) return { ...next, start };
  }
  return { ...unit, start };
}

function fromNumber(n: NumberSpan, unit: Unit | null, end: number, extra: Partial<Quantity> = {}): Quantity {
  const amount = (n.min + n.max) / 2;
  return { amount, min: n.min, max: n.max, unit, start: n.start, end, ...extra };
}

/** The quantity that starts at `pos` (a number, then what follows it), or null. */
function readQuantityAt(text: string, pos: number, lang: Lang | undefined): Quantity | null {
  const n = readAmount(text, pos, lang);
  if (!n) return null;
  let p = n.end;
  if (/^ *[%°]/.test(text.slice(p, p + 3))) return null;

  // "2 x 400 g cans", "2 x 100 g", "4x gousse"
  const times = sticky(TIMES, text, p);
  if (times && !n.word) {
    const size = readMeasure(text, p + times[0].length, lang);
    if (size) {
      const container = readUnitAfterNumber(text, size.end);
      if (container && !isMeasureUnit(container.unit)) {
        return fromNumber(n, container.unit, container.end, { each: size.measure });
      }
      const total = { min: n.min * size.measure.amount, max: n.max * size.measure.amount };
      return { amount: (total.min + total.max) / 2, ...total, unit: size.measure.unit, start: n.start, end: size.end };
    }
    if (/[x×]\s*\d/i.test(times[0] + text.charAt(p + times[0].length))) return null; // a dimension: "9x13"
    p += times[0].length;
  }

  // a size right after the count: "2 (15-oz) cans", "1 15-ounce can", "2 (6 ounce) chicken breasts"
  let each: Measure | undefined;
  const paren = readParenMeasure(text, p, lang);
  if (paren) {
    each = paren.measure;
    p = paren.end;
  } else if (!n.word) {
    const bare = readMeasure(text, skip(SPACES, text, p), lang);
    if (bare) {
      const after = readUnitAfterNumber(text, bare.end);
      if (after && !isMeasureUnit(after.unit)) {
        each = bare.measure;
        p = bare.end;
      }
    }
  }

  const unit = readUnitAfterNumber(text, p);
  if (!unit) {
    if (n.word && WEAK_NUMBER_WORDS.has(text.slice(n.start, n.end).toLowerCase())) return null;
    if (each) return fromNumber(n, null, p, { each });
    const later = readLaterParenMass(text, n.end, lang);
    return fromNumber(n, unitAfterFoodWord(text, n.end), n.end, later ? { alt: later } : {});
  }
  if (isMeasureUnit(unit.unit) && !n.word && n.min === n.max) {
    // "400g can black beans": one can of that size
    const container = readUnit(text, skip(SPACES, text, unit.end));
    if (container && unitKind(container.unit) === 'package') {
      return { amount: 1, min: 1, max: 1, unit: container.unit, each: { amount: n.min, unit: unit.unit }, start: n.start, end: container.end };
    }
  }
  let end = unit.end;
  const extra: Partial<Quantity> = each ? { each } : {};
  if (unit.unit === 'small' || unit.unit === 'medium' || unit.unit === 'large') {
    // "2 small garlic cloves": the piece unit after the food word says more than the size
    const piece = unitAfterFoodWord(text, end);
    if (piece) return fromNumber(n, piece, end, extra);
  }
  if (!isMeasureUnit(unit.unit)) {
    // "1 can (15 oz)" states the can's size; "2 medium (about 300 g)" or "1 cup (120 g)" a total.
    const after = readParenMeasure(text, end, lang) ?? readParenAfterOf(text, end, lang);
    if (after && unitKind(unit.unit) === 'package' && !each) {
      extra.each = after.measure;
      end = after.end;
    } else if (after) {
      extra.alt = after.measure;
      end = after.end;
    }
  } else if (isVolumeUnit(unit.unit)) {
    const after = readParenMeasure(text, end, lang);
    if (after && isMassUnit(after.measure.unit)) {
      extra.alt = after.measure;
      end = after.end;
    }
  }
  const half = sticky(HALF_AFTER_UNIT, text, end);
  if (half && n.min === n.max && Number.isInteger(n.min)) {
    const value = n.min + 0.5;
    return { amount: value, min: value, max: value, unit: unit.unit, start: n.start, end: end + half[0].length, ...extra };
  }
  if (isMeasureUnit(unit.unit)) {
    const plus = readPlus(text, end, unit.unit, lang);
    if (plus) {
      const add = plus.amount;
      return { amount: (n.min + n.max) / 2 + add, min: n.min + add, max: n.max + add, unit: unit.unit, start: n.start, end: plus.end, ...extra };
    }
  }
  if (!extra.alt && !extra.each && !isMeasureUnit(unit.unit)) {
    // "1 can black beans (15 oz)" sizes the can; "2 medium carrots (about 200 g)" weighs them all.
    const later = readLaterParenMass(text, end, lang);
    if (later && unitKind(unit.unit) === 'package') extra.each = later;
    else if (later) extra.alt = later;
  }
  return fromNumber(n, unit.unit, end, extra);
}

/** Piece units a food word may come before: "2 garlic cloves", "1 bay leaf", "3 celery stalks". */
const TRAILING_PIECE_UNITS: ReadonlySet<Unit> = new Set<Unit>(['clove', 'stalk', 'sprig', 'leaf', 'slice', 'head', 'ear', 'fillet', 'strip', 'sheet']);
const FOOD_WORD = / +[\p{L}][\p{L}'’-]*(?= )/uy;

/** The piece unit one or two words after a bare count, or null. The span stays on the number. */
function unitAfterFoodWord(text: string, pos: number): Unit | null {
  let p = pos;
  for (let words = 0; words < 2; words++) {
    const word = sticky(FOOD_WORD, text, p);
    if (!word) return null;
    p += word[0].length;
    const unit = readUnit(text, p + 1);
    if (unit && TRAILING_PIECE_UNITS.has(unit.unit)) return unit.unit;
  }
  return null;
}

/** "1 cup plus 2 tbsp": the second amount of the same kind (mass or volume), in the first's unit. */
function readPlus(text: string, pos: number, unit: MassUnit | VolumeUnit, lang: Lang | undefined): { amount: number; end: number } | null {
  const join = sticky(PLUS, text, pos);
  if (!join) return null;
  const second = readMeasure(text, pos + join[0].length, lang);
  if (!second) return null;
  const other = second.measure;
  if (isMassUnit(unit) && isMassUnit(other.unit)) return { amount: (other.amount * GRAMS_PER[other.unit]) / GRAMS_PER[unit], end: second.end };
  if (isVolumeUnit(unit) && isVolumeUnit(other.unit)) return { amount: (other.amount * ML_PER[other.unit]) / ML_PER[unit], end: second.end };
  return null;
}

/** The first bracketed mass after `pos` ("(about 200 g)"), for counts of pieces. */
function readLaterParenMass(text: string, pos: number, lang: Lang | undefined): Measure | undefined {
  LATER_PAREN_MASS.lastIndex = pos;
  for (let m = LATER_PAREN_MASS.exec(text); m; m = LATER_PAREN_MASS.exec(text)) {
    const found = readParenMeasure(text, m.index, lang);
    if (found && isMassUnit(found.measure.unit)) return found.measure;
  }
  return undefined;
}

/** "1 can of (15 oz)" is rare, but "1 cup of flour (120 g)" is not ours to read: only "of (…)". */
function readParenAfterOf(text: string, pos: number, lang: Lang | undefined): { measure: Measure; end: number } | null {
  const of = sticky(OF_WORD, text, pos);
  return of ? readParenMeasure(text, pos + of[0].length, lang) : null;
}

/** The first later "number + unit" in the line, for lines that name the food first. */
function readLaterQuantity(text: string, from: number, lang: Lang | undefined): Quantity | null {
  const starts = /(?<![\p{L}\p{N}.,/])(?:\d|[½⅓⅔¼¾⅛⅜⅝⅞])/gu;
  starts.lastIndex = from;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const q = readQuantityAt(text, m.index, lang);
    if (q && q.unit && !['small', 'medium', 'large'].includes(q.unit)) return q;
  }
  return null;
}

/**
 * The amount and unit of an ingredient line. `lang` settles "1,000" (a thousand in English, one in
 * German) and similar; without it the reader accepts every language's units.
 */
export function parseQuantity(line: string, lang?: Lang): Quantity {
  const text = normalizeDigits(line);
  const start = LEADING_NOISE.exec(text)?.[0].length ?? 0;
  const leading = readQuantityAt(text, start, lang);
  if (leading) return leading;
  const unitOnly = readUnit(text, start);
  if (unitOnly && IMPLICIT_ONE.has(unitOnly.unit)) {
    return { amount: 1, min: 1, max: 1, unit: unitOnly.unit, start: unitOnly.start, end: unitOnly.end };
  }
  return readLaterQuantity(text, start, lang) ?? { ...NONE };
}
