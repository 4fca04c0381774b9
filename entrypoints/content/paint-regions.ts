/**
 * Where to paint: the parts of the page a reader acts on, not every text node. On a recipe page
 * the ingredient list and the method that follows it; on a grocery page the product tiles (and a
 * product page's own heading). Found from what the page scan already holds (ingredient
 * markup, plugin cards, headings, prices) and checked against the lines the reader took, with
 * native text reads on small subtrees only. Null when nothing fits: the caller paints the page.
 */
import type { PageScan } from '../../engine/page/page-scan';
import { drain, type Steps } from '../../engine/page/steps';
import { INGREDIENTS_HEADING, METHOD_HEADING } from '../../engine/page/recipe-vocabulary';
import type { PageReading } from '../../engine/page/types';
import { LETTER_RANGES } from '../../engine/page/word-pattern';

/** A region's text may be this many times the lines' text (plus slack) before it is the whole page. */
const TEXT_FACTOR = 6;
const TEXT_SLACK = 3_000;
/** Headings looked at for the ingredients and method headings. */
const MAX_HEADINGS = 400;
/** Prices climbed from to find product tiles, and how far up a tile reaches. */
const MAX_PRICES = 600;
const TILE_CLIMB = 4;

const lower = (s: string | null) => (s ?? '').toLowerCase();

const WORDS = new RegExp(`[${LETTER_RANGES}]{3,}`, 'gu');

/** One distinctive word of each line (its longest run of letters), to find the lines in the page's text. */
function lineKeys(lines: readonly string[]): string[] {
  const keys: string[] = [];
  for (const line of lines.slice(0, 12)) {
    const words = line.toLowerCase().match(WORDS);
    if (words) keys.push(words.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return keys;
}

function holdsLines(el: Element, keys: readonly string[]): boolean {
  const text = lower(el.textContent);
  let found = 0;
  for (const key of keys) if (text.includes(key)) found++;
  return found >= Math.max(1, Math.ceil(keys.length * 0.6));
}

/** The nearest ancestor of every element (parent chains only, no text read). */
function ancestorOfAll(elements: readonly Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const el of elements.slice(1, 400)) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}

const tooBig = (el: Element | null): boolean => !el || el === el.ownerDocument.body || el === el.ownerDocument.documentElement;
/** Small enough to paint as a region: not the page, and at most `maxChars` of text. */
const small = (el: Element | null, maxChars: number): el is Element => !tooBig(el) && (el!.textContent?.length ?? 0) <= maxChars;

/** An ingredients heading's section: the nearest of its parent and two more ancestors that holds the lines. */
function headingSection(heading: Element, keys: readonly string[], maxChars: number): Element | null {
  let el = heading.parentElement;
  for (let i = 0; i < 3 && !tooBig(el); i++, el = el!.parentElement) {
    if (!small(el, maxChars)) return null;
    if (holdsLines(el, keys)) return el;
  }
  return null;
}

/** The nearest element containing both. */
const commonAncestor = (a: Element, b: Element): Element | null => ancestorOfAll([a, b]);

const METHOD_TAG = /^(?:H\d|STRONG|B|DT|TH|SUMMARY|LEGEND)$/i;
/** Headings after the ingredients looked at for the method's. */
const MAX_METHOD_HEADINGS = 30;

/** The method's heading after the ingredients, widened to the region holding both when that stays small. */
function withMethod(region: Element, headings: readonly Element[], maxChars: number): Element[] {
  let looked = 0;
  for (const heading of headings) {
    if (!METHOD_TAG.test(heading.tagName) && !/ethod|nstruction|irection/i.test(heading.className)) continue;
    if (!(region.compareDocumentPosition(heading) & 4) /* following */ || region.contains(heading)) continue;
    if (++looked > MAX_METHOD_HEADINGS) break;
    const text = heading.textContent ?? '';
    if (text.length > 60 || !METHOD_HEADING.test(text)) continue;
    const both = commonAncestor(region, heading);
    return small(both, maxChars * 2) ? [both] : small(heading.parentElement, maxChars) ? [region, heading.parentElement] : [region];
  }
  return [region];
}

/** Headings (or prices) looked at in one step. */
const HEADINGS_A_STEP = 20;
const PRICES_A_STEP = 100;

function* recipeRegions(reading: PageReading, scan: PageScan): Steps<Element[] | null> {
  const keys = lineKeys(reading.ingredients);
  if (keys.length === 0) return null;
  const lineChars = reading.ingredients.reduce((n, l) => n + l.length, 0);
  const maxChars = lineChars * TEXT_FACTOR + TEXT_SLACK;
  const headings = (scan.headings as unknown as Element[]).slice(0, MAX_HEADINGS);
  const groups: Element[][] = [
    scan.ingredientMarkup.map((m) => m.el as unknown as Element),
    ...[...scan.cards.values()].map((els) => els as unknown as Element[]),
  ];
  for (const group of groups) {
    const region = group.length > 1 ? ancestorOfAll(group) : group.length ? group[0].parentElement : null;
    yield;
    if (!tooBig(region)) return withMethod(region!, headings, maxChars);
  }
  for (let i = 0; i < headings.length; i++) {
    if (i > 0 && i % HEADINGS_A_STEP === 0) yield;
    const heading = headings[i];
    if ((heading.textContent?.length ?? 99) >= 80 || !INGREDIENTS_HEADING.test(heading.textContent ?? '')) continue;
    const region = headingSection(heading, keys, maxChars);
    yield;
    if (region) return withMethod(region, headings, maxChars);
  }
  return null;
}

function* groceryRegions(scan: PageScan): Steps<Element[] | null> {
  const roots = new Set<Element>();
  const h1 = document.querySelector('h1');
  if (h1) roots.add(h1);
  const prices = scan.prices as unknown as Element[];
  for (let i = 0; i < prices.length && i < MAX_PRICES; i++) {
    if (i % PRICES_A_STEP === 0) yield;
    let tile: Element = prices[i];
    for (let up = 0; up < TILE_CLIMB && tile.parentElement && tile.parentElement !== document.body; up++) tile = tile.parentElement;
    roots.add(tile);
  }
  yield;
  document.querySelectorAll('[itemtype*="schema.org/Product"]').forEach((el) => roots.add(el));
  if (roots.size === 0) return null;
  yield;
  // Outermost only: a tile inside another root is painted with it.
  const outermost: Element[] = [];
  let looked = 0;
  for (const el of roots) {
    if (++looked % PRICES_A_STEP === 0) yield;
    let inner = false;
    for (let up = el.parentElement; up && !inner; up = up.parentElement) inner = roots.has(up);
    if (!inner) outermost.push(el);
  }
  return outermost;
}

/** The elements to paint under, or null to paint the whole page. */
export function paintRegions(reading: PageReading, scan: PageScan | null): Element[] | null {
  return drain(paintRegionsSteps(reading, scan));
}

/** `paintRegions` as steps (steps.ts), for a caller that works in slices. */
export function* paintRegionsSteps(reading: PageReading, scan: PageScan | null): Steps<Element[] | null> {
  if (!scan) return null;
  const regions = reading.kind === 'recipe' ? yield* recipeRegions(reading, scan) : reading.kind === 'grocery' ? yield* groceryRegions(scan) : null;
  return regions && regions.length > 0 ? regions : null;
}
