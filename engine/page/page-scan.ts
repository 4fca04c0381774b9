/**
 * One pass over the page's elements that notes every cheap signal the readers need — JSON-LD
 * scripts, ingredient markup, plugin recipe cards, prices, headings — instead of one selector
 * query per signal. Attribute reads only, no text; capped at LIMITS.scanElements.
 */
import { LIMITS } from './limits';
import type { DomDocument, DomElement } from './types';

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
  elements: number;
  truncated: boolean;
}

/** Plugin card line classes (class names are plugin conventions shared by many sites). */
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
/** Card classes that mark the list (its `li`s are the lines) rather than each line. */
export const CARD_LIST_PLUGINS = new Set(['tasty', 'mv-create', 'zip-recipes', 'wp-delicious', 'wpzoom', 'easyrecipe', 'jetpack']);

const SKIP_SUBTREE = new Set(['STYLE', 'SVG', 'svg', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'SELECT']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'DT', 'SUMMARY', 'TH', 'LEGEND']);

export function scanPage(doc: DomDocument): PageScan {
  const scan: PageScan = {
    jsonLd: [], ingredientMarkup: [], cards: new Map(), prices: [], headings: [], productMarkup: false, ogType: '', elements: 0, truncated: false,
  };
  // Depth-first over `children` (document order), iterative: cheaper than querySelectorAll('*')
  // in DOM libraries, and no recursion on deeply nested pages.
  const stack: DomElement[] = doc.documentElement ? [doc.documentElement] : [];
  let n = 0;
  let hRecipe = false;
  while (stack.length > 0) {
    if (n >= LIMITS.scanElements) {
      scan.truncated = true;
      break;
    }
    const el = stack.pop() as DomElement;
    n++;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT') {
      if ((el.getAttribute('type') ?? '').includes('ld+json')) scan.jsonLd.push(el);
      continue;
    }
    if (tag === 'META') {
      if (el.getAttribute('property') === 'og:type') scan.ogType = (el.getAttribute('content') ?? '').toLowerCase();
      continue;
    }
    if (SKIP_SUBTREE.has(tag)) continue;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    if (HEADING_TAGS.has(tag) && scan.headings.length < LIMITS.elements) scan.headings.push(el);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      if (/(?:^|\s)(?:recipeIngredient|ingredients)(?:\s|$)/.test(itemprop)) scan.ingredientMarkup.push({ el, how: 'microdata' });
      else if (/^(?:price|offers|priceCurrency)$/.test(itemprop)) {
        scan.productMarkup = true;
        if (itemprop === 'price' && scan.prices.length < LIMITS.elements) scan.prices.push(el);
      }
    }
    const property = el.getAttribute('property');
    if (property && /(?:^|\s)(?:schema:)?(?:recipeIngredient|ingredients)(?:\s|$)/.test(property)) scan.ingredientMarkup.push({ el, how: 'rdfa' });
    const cls = el.getAttribute('class');
    if (!cls) continue;
    if (/(?:^|\s)h-?recipe(?:\s|$)/.test(cls)) hRecipe = true;
    if (hRecipe && /(?:^|\s)(?:p-ingredient|ingredient)(?:\s|$)/.test(cls)) scan.ingredientMarkup.push({ el, how: 'h-recipe' });
    if (itemprop !== 'price' && /price/i.test(cls) && scan.prices.length < LIMITS.elements) scan.prices.push(el);
    if (!/ngredient/i.test(cls)) continue;
    if (!HEADING_TAGS.has(tag) && scan.headings.length < LIMITS.elements) scan.headings.push(el);
    for (const [plugin, re] of CARD_LINE_CLASSES) {
      if (!re.test(cls)) continue;
      const list = scan.cards.get(plugin) ?? [];
      list.push(el);
      scan.cards.set(plugin, list);
      break;
    }
  }
  scan.elements = n;
  return scan;
}
