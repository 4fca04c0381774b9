/**
 * An ingredient as application state stores it, back to the line a reader sees: a string, or an
 * object of parts — amount, unit, name (each a value or an object with singular / plural /
 * abbreviation forms), words before and after the name — or a group of such items under its own
 * ingredient list. Key names are matched by shape (case, `_` and `-` ignored), not per site.
 */
import { cleanMarkupText } from './clean-text';
import { LIMITS } from './limits';

type Obj = Record<string, unknown>;

const FULL_TEXT = /^(?:text|line|raw|rawtext|original|originaltext|fulltext|displaytext|ingredienttext|formatted)$/;
const AMOUNT = /^(?:display)?(?:ingredient)?(?:quantity|amount|qty|count)(?:value|text|display|min|from)?$/;
/** The top of an amount range ("2-3"), when the item gives one. */
const AMOUNT_MAX = /^(?:quantity|amount|qty)(?:max|to)$/;
const UNIT = /^(?:display)?(?:unit|units|uom|measure|measurement)(?:ofmeasure|ofmeasurement|name|abbreviation|label|text)?$/;
const NAME = /^(?:display)?(?:name|title|ingredient|ingredientname|food|foodname|product|productname|item|label)$/;
const BEFORE = /^(?:prefix|pre|adjective|state)$/;
const AFTER = /^(?:suffix|post|extra|preparation)$/;
/** An aside on the ingredient, shown in brackets after it. */
const NOTE = /^(?:note|notes|comment|comments|remark)$/;
/** An item holding its own ingredient list is a group ("For the sauce"), not an ingredient. */
export const INGREDIENT_LIST_KEY = /^(?:recipe|grouped)?ingredients?(?:lines|list|groups|sections|items)?$/;

/** Keys already normalised: a state's objects repeat the same few keys thousands of times. */
const normalizedKeys = new Map<string, string>();
const NORMALIZED_KEYS_KEPT = 4_096;

/** A key lower-cased without `_`, `-` and spaces, so `recipe_ingredients` reads as `recipeIngredients`. */
export function normalizedKey(key: string): string {
  let out = normalizedKeys.get(key);
  if (out === undefined) {
    out = key.toLowerCase().replace(/[_\-\s]/g, '');
    if (normalizedKeys.size >= NORMALIZED_KEYS_KEPT) normalizedKeys.clear();
    normalizedKeys.set(key, out);
  }
  return out;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field(o: Obj, re: RegExp): unknown {
  for (const key of Object.keys(o)) if (re.test(normalizedKey(key))) {
    const v = o[key];
    if (v !== null && v !== undefined && v !== '') return v;
  }
  return undefined;
}

function amountText(v: unknown): { text: string; n: number } | null {
  if (typeof v === 'number' && Number.isFinite(v)) return { text: String(v), n: v };
  if (typeof v === 'string' && v.trim()) return { text: cleanMarkupText(v), n: Number(v.replace(',', '.')) };
  if (isObj(v)) return amountText(field(v, /^(?:value|amount|quantity|text)$/));
  return null;
}

/** A word given as a string, or as an object of forms: abbreviation first, then by number. */
function wordText(v: unknown, plural: boolean): string {
  if (typeof v === 'string') return cleanMarkupText(v);
  if (!isObj(v)) return '';
  const forms = [field(v, /^(?:abbreviation|abbr|short|symbol)$/), field(v, plural ? /^(?:nameplural|plural)$/ : /^(?:namesingular|singular)$/), field(v, /^(?:name|title|text|label)$/)];
  for (const f of forms) if (typeof f === 'string' && f.trim()) return cleanMarkupText(f);
  return '';
}

const FRACTIONS: readonly [number, string][] = [[0, ''], [1 / 4, '¼'], [1 / 3, '⅓'], [1 / 2, '½'], [2 / 3, '⅔'], [3 / 4, '¾'], [1, '']];

/** An amount the reader computed (scaled to the recipe's servings), written as a cook would: 2½, 200. */
export function kitchenNumber(x: number): string {
  const whole = Math.floor(x);
  for (const [value, glyph] of FRACTIONS) {
    if (Math.abs(x - whole - value) > 0.02) continue;
    const w = value === 1 ? whole + 1 : whole;
    return glyph ? `${w > 0 ? w : ''}${glyph}` : String(w);
  }
  return String(Math.round(x * 100) / 100);
}

/** The numeric amount of an ingredient object, if it has one. */
export function numericAmount(o: Obj): number | null {
  const v = field(o, AMOUNT);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function bracketed(note: string): string {
  return !note || /^\(.*\)$/.test(note) ? note : `(${note})`;
}

/** The line of one ingredient object, or '' when it has no name; numeric amounts times `scale`. */
export function objectLine(o: Obj, scale = 1): string {
  const full = field(o, FULL_TEXT);
  if (typeof full === 'string' && /\p{L}/u.test(full)) return cleanMarkupText(full);
  const n = numericAmount(o);
  const amount = scale !== 1 && n !== null ? { text: kitchenNumber(n * scale), n: n * scale } : amountText(field(o, AMOUNT));
  const max = amount && scale === 1 ? amountText(field(o, AMOUNT_MAX)) : null;
  if (amount && max && max.text !== amount.text) amount.text = `${amount.text}-${max.text}`;
  const plural = amount !== null && Number.isFinite(amount.n) && amount.n > 1;
  const name = wordText(field(o, NAME), plural);
  if (!name) return '';
  // A unit says nothing without its number ("bundt salt"): only with an amount.
  const parts = [amount?.text ?? '', amount ? wordText(field(o, UNIT), plural) : '', wordText(field(o, BEFORE), plural), name, wordText(field(o, AFTER), plural), bracketed(wordText(field(o, NOTE), plural))];
  return parts.filter((p) => p.length > 0).join(' ');
}

/** Numeric amounts of the list's ingredient objects, groups included. */
export function listAmounts(items: readonly unknown[], depth = 0): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length && i < LIMITS.lines; i++) {
    const item = items[i];
    if (!isObj(item)) continue;
    const group = depth < 2 ? groupItems(item) : null;
    if (group) out.push(...listAmounts(group, depth + 1));
    else {
      const n = numericAmount(item);
      if (n !== null) out.push(n);
    }
  }
  return out;
}

/** The group's own ingredient list when `o` is a group of ingredients. */
export function groupItems(o: Obj): unknown[] | null {
  for (const key of Object.keys(o)) if (INGREDIENT_LIST_KEY.test(normalizedKey(key)) && Array.isArray(o[key])) return o[key] as unknown[];
  return null;
}

/** Lines of an ingredient list from application state: strings, objects, groups (two levels deep). */
export function stateIngredientLines(items: readonly unknown[], depth = 0, scale = 1): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length && out.length < LIMITS.lines; i++) {
    const item = items[i];
    if (typeof item === 'string') {
      const line = cleanMarkupText(item);
      if (line) out.push(line);
      continue;
    }
    if (!isObj(item)) continue;
    const group = depth < 2 ? groupItems(item) : null;
    if (group) {
      out.push(...stateIngredientLines(group, depth + 1, scale));
      continue;
    }
    const line = objectLine(item, scale);
    if (line) out.push(line);
  }
  return out.slice(0, LIMITS.lines);
}
