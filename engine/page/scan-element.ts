/**
 * One element's part in the walk scan (page-scan-walk.ts): the same signals scanPage finds with
 * native queries — JSON-LD scripts, og:type, ingredient markup, plugin cards, prices, headings —
 * read from the element's attributes, looked up once (walk-attributes.ts).
 */
import type { PageScan } from './page-scan';
import type { DomElement } from './types';
import type { WalkAttributes } from './walk-attributes';

const LIMIT_ELEMENTS = 3_000;

const CARD_LINE_CLASSES: readonly [string, RegExp][] = [
  ['wprm', /(?:^|\s)wprm-recipe-ingredient(?:\s|$)/],
  ['tasty', /(?:^|\s)tasty-recipes?-ingredients(?:-body)?(?:\s|$)/],
  ['mv-create', /(?:^|\s)mv-create-ingredients(?:\s|$)/],
  ['zip-recipes', /(?:^|\s)zrdn-ingredients-list(?:\s|$)/],
  ['wp-delicious', /(?:^|\s)dr-ingredients-list(?:\s|$)/],
  ['wpzoom', /(?:^|\s)wp-block-wpzoom-recipe-card-block-ingredients(?:\s|$)/],
  ['cooked', /(?:^|\s)cooked-single-ingredient(?:\s|$)/],
  ['easyrecipe', /(?:^|\s)ERSIngredients(?:\s|$)/],
  ['mpprecipe', /(?:^|\s)mpprecipe-ingredient(?:\s|$)/],
  ['jetpack', /(?:^|\s)jetpack-recipe-ingredients(?:\s|$)/],
];
/** Subtrees whose elements are never signals (the element itself neither). */
export const SCAN_SKIPPED = new Set(['STYLE', 'SVG', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'SELECT']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'DT', 'SUMMARY', 'TH', 'LEGEND']);
const INGREDIENT_ITEMPROP = /(?:^|\s)(?:recipeIngredient|ingredients)(?:\s|$)/;
const PRODUCT_ITEMPROP = /^(?:price|offers|priceCurrency)$/;
const INGREDIENT_PROPERTY = /(?:^|\s)(?:schema:)?(?:recipeIngredient|ingredients)(?:\s|$)/;
const H_RECIPE = /(?:^|\s)h-?recipe(?:\s|$)/;
const H_INGREDIENT = /(?:^|\s)(?:p-ingredient|ingredient)(?:\s|$)/;
const PRICE = /price/i;
const NGREDIENT = /ngredient/i;

export interface ScanState {
  scan: PageScan;
  /** An h-recipe root came before (or is this element). */
  hRecipe: boolean;
}

export function newScanState(): ScanState {
  return { scan: { jsonLd: [], ingredientMarkup: [], cards: new Map(), prices: [], headings: [], productMarkup: false, ogType: '' }, hRecipe: false };
}

/** Note one element (upper-case `tag`) that is not inside a skipped subtree. */
export function noteScanElement(state: ScanState, el: DomElement, tag: string, a: Readonly<WalkAttributes>): void {
  const scan = state.scan;
  if (tag === 'SCRIPT') {
    if ((a.type ?? '').includes('ld+json')) scan.jsonLd.push(el);
    return;
  }
  if (tag === 'META') {
    if (a.property === 'og:type') scan.ogType = (a.content ?? '').toLowerCase();
    return;
  }
  if (SCAN_SKIPPED.has(tag)) return;
  if (HEADING_TAGS.has(tag) && scan.headings.length < LIMIT_ELEMENTS) scan.headings.push(el);
  const itemprop = a.itemprop;
  if (itemprop) {
    if (INGREDIENT_ITEMPROP.test(itemprop)) scan.ingredientMarkup.push({ el, how: 'microdata' });
    else if (PRODUCT_ITEMPROP.test(itemprop)) {
      scan.productMarkup = true;
      if (itemprop === 'price' && scan.prices.length < LIMIT_ELEMENTS) scan.prices.push(el);
    }
  }
  const property = a.property;
  if (property && INGREDIENT_PROPERTY.test(property)) scan.ingredientMarkup.push({ el, how: 'rdfa' });
  const cls = a.cls;
  if (!cls) return;
  if (H_RECIPE.test(cls)) state.hRecipe = true;
  if (state.hRecipe && H_INGREDIENT.test(cls)) scan.ingredientMarkup.push({ el, how: 'h-recipe' });
  if (itemprop !== 'price' && PRICE.test(cls) && scan.prices.length < LIMIT_ELEMENTS) scan.prices.push(el);
  if (!NGREDIENT.test(cls)) return;
  if (!HEADING_TAGS.has(tag) && scan.headings.length < LIMIT_ELEMENTS) scan.headings.push(el);
  for (const [plugin, re] of CARD_LINE_CLASSES) {
    if (!re.test(cls)) continue;
    const list = scan.cards.get(plugin) ?? [];
    list.push(el);
    scan.cards.set(plugin, list);
    break;
  }
}
