/**
 * The cheap signals the readers need — JSON-LD scripts, ingredient markup, plugin recipe cards,
 * prices, headings — found with two native selector queries instead of a walk over every element
 * from script: the browser's own walk costs a fraction of one in JavaScript. Each query is a
 * superset (attribute substrings); the exact tests below then pick what the readers get, in
 * document order. Attribute reads only, no text.
 */
import type { ExtraScan } from './extra-scan';
import { LIMITS } from './limits';
import { drain, type Steps } from './steps';
import type { PageLandmarks } from './page-landmarks';
import type { DomDocument, DomElement } from './types';
import { tagOf } from './dom-read';

export interface PageScan {
  jsonLd: DomElement[];
  /** microdata / RDFa / h-recipe ingredient elements, with how they were marked. */
  ingredientMarkup: { el: DomElement; how: 'microdata' | 'rdfa' | 'h-recipe' }[];
  /** Plugin recipe-card ingredient elements, by plugin name. */
  cards: Map<string, DomElement[]>;
  prices: DomElement[];
  /** Elements that may be a section heading (checked for text later). */
  headings: DomElement[];
  productMarkup: boolean;
  ogType: string;
  /** The extra scan, when the scan was a walk that noted it on its way (page-scan-walk.ts). */
  extras?: ExtraScan;
  /** Elements the grocery reader looks up, when a walk noted them (page-landmarks.ts). */
  landmarks?: PageLandmarks;
}

/** Plugin card line classes, by plugin (class names are plugin conventions shared by many sites). */
const CARD_LINE_CLASSES: readonly [string, string[]][] = [
  ['wprm', ['wprm-recipe-ingredient']],
  ['tasty', ['tasty-recipe-ingredients', 'tasty-recipes-ingredients', 'tasty-recipe-ingredients-body', 'tasty-recipes-ingredients-body']],
  ['mv-create', ['mv-create-ingredients']],
  ['zip-recipes', ['zrdn-ingredients-list']],
  ['wp-delicious', ['dr-ingredients-list']],
  ['wpzoom', ['wp-block-wpzoom-recipe-card-block-ingredients']],
  ['cooked', ['cooked-single-ingredient']],
  ['easyrecipe', ['ERSIngredients']],
  ['mpprecipe', ['mpprecipe-ingredient']],
  ['jetpack', ['jetpack-recipe-ingredients']],
];
/** Card classes that mark the list (its `li`s are the lines) rather than each line. */
export const CARD_LIST_PLUGINS = new Set(['tasty', 'mv-create', 'zip-recipes', 'wp-delicious', 'wpzoom', 'easyrecipe', 'jetpack']);

/** Subtrees whose elements are never signals (the element itself neither). */
const SKIPPED = 'style, svg, template, noscript, iframe, select';
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'DT', 'SUMMARY', 'TH', 'LEGEND']);

const HEADINGS = `${[...HEADING_TAGS].join()},[class*="ngredient" i]`;
const SIGNALS = [
  'script[type*="ld+json" i]',
  'meta[property="og:type"]',
  '[itemprop*="recipeIngredient"], [itemprop*="ingredients"], [itemprop="price"], [itemprop="offers"], [itemprop="priceCurrency"]',
  '[property*="recipeIngredient"], [property*="ingredients"]',
  '[class*="recipe"], [class*="ngredient" i], [class*="price" i]',
].join(', ');

const INGREDIENT_ITEMPROP = /(?:^|\s)(?:recipeIngredient|ingredients)(?:\s|$)/;
const PRODUCT_ITEMPROP = /^(?:price|offers|priceCurrency)$/;
const INGREDIENT_PROPERTY = /(?:^|\s)(?:schema:)?(?:recipeIngredient|ingredients)(?:\s|$)/;
const H_RECIPE = /(?:^|\s)h-?recipe(?:\s|$)/;
const H_INGREDIENT = /(?:^|\s)(?:p-ingredient|ingredient)(?:\s|$)/;

/** Is the element in (or itself) a skipped subtree? (Browsers and linkedom have `closest`.) */
function skipped(el: DomElement): boolean {
  return (el as DomElement & { closest(selectors: string): DomElement | null }).closest(SKIPPED) !== null;
}

export function scanPage(doc: DomDocument): PageScan {
  return drain(scanPageSteps(doc));
}

/** Elements looked at in one step of the scan. */
const ELEMENTS_A_STEP = 100;

/** `scanPage` as steps (steps.ts): each query a step of its own (on a large page it takes milliseconds), then its elements a hundred a step. */
export function* scanPageSteps(doc: DomDocument): Steps<PageScan> {
  const scan: PageScan = { jsonLd: [], ingredientMarkup: [], cards: new Map(), prices: [], headings: [], productMarkup: false, ogType: '' };
  const signals = doc.querySelectorAll(SIGNALS);
  yield;
  let hRecipe = false;
  for (let i = 0; i < signals.length; i++) {
    if (i > 0 && i % ELEMENTS_A_STEP === 0) yield;
    const el = signals[i];
    if (skipped(el)) continue;
    const tag = tagOf(el);
    if (noteScriptOrMeta(scan, el, tag)) continue;
    hRecipe = noteSignal(scan, el, hRecipe);
  }
  yield;
  const headings = doc.querySelectorAll(HEADINGS);
  yield;
  for (let i = 0; i < headings.length && scan.headings.length < LIMITS.elements; i++) {
    if (i > 0 && i % ELEMENTS_A_STEP === 0) yield;
    const el = headings[i];
    if (skipped(el)) continue;
    const tag = tagOf(el);
    if (HEADING_TAGS.has(tag) || (tag !== 'SCRIPT' && tag !== 'META' && /ngredient/i.test(el.getAttribute('class') ?? ''))) scan.headings.push(el);
  }
  return scan;
}

/**
 * One element's markup, price and card signals. `hRecipe`: an h-recipe root came before (or is
 * this element); returned updated, for the elements after it.
 */
/** A JSON-LD script or the og:type meta, noted; true when `el` was a script or meta (nothing else to see). */
export function noteScriptOrMeta(scan: PageScan, el: DomElement, tag: string): boolean {
  if (tag === 'SCRIPT') {
    if ((el.getAttribute('type') ?? '').includes('ld+json')) scan.jsonLd.push(el);
    return true;
  }
  if (tag === 'META') {
    if (el.getAttribute('property') === 'og:type') scan.ogType = (el.getAttribute('content') ?? '').toLowerCase();
    return true;
  }
  return false;
}

function noteSignal(scan: PageScan, el: DomElement, hRecipe: boolean): boolean {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    if (INGREDIENT_ITEMPROP.test(itemprop)) scan.ingredientMarkup.push({ el, how: 'microdata' });
    else if (PRODUCT_ITEMPROP.test(itemprop)) {
      scan.productMarkup = true;
      if (itemprop === 'price' && scan.prices.length < LIMITS.elements) scan.prices.push(el);
    }
  }
  const property = el.getAttribute('property');
  if (property && INGREDIENT_PROPERTY.test(property)) scan.ingredientMarkup.push({ el, how: 'rdfa' });
  const cls = el.getAttribute('class');
  if (!cls) return hRecipe;
  if (H_RECIPE.test(cls)) hRecipe = true;
  if (hRecipe && H_INGREDIENT.test(cls)) scan.ingredientMarkup.push({ el, how: 'h-recipe' });
  if (itemprop !== 'price' && /price/i.test(cls) && scan.prices.length < LIMITS.elements) scan.prices.push(el);
  if (!/ngredient/i.test(cls)) return hRecipe;
  const tokens = cls.split(/\s+/);
  for (const [plugin, names] of CARD_LINE_CLASSES) {
    if (!names.some((name) => tokens.includes(name))) continue;
    const list = scan.cards.get(plugin) ?? [];
    list.push(el);
    scan.cards.set(plugin, list);
    break;
  }
  return hRecipe;
}
