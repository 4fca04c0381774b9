/**
 * The page scan as one walk over every element from script. In a browser the native-query scan
 * (page-scan.ts) is faster; in a DOM written in JavaScript (linkedom, for saved pages) this walk
 * is, as its selector engine walks the tree once per query. Both give the same scan on every
 * corpus page (tests/corpus/page-scan.test.ts).
 */
import { noteScriptOrMeta, type PageScan } from './page-scan';
import type { DomDocument, DomElement } from './types';

const LIMIT_ELEMENTS = 3_000;
const LIMIT_SCAN = 150_000;

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
const SKIP_SUBTREE = new Set(['STYLE', 'SVG', 'svg', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'SELECT']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'DT', 'SUMMARY', 'TH', 'LEGEND']);

/** The walk's scan, and whether it stopped at its element cap (then the two may differ). */
export function walkScan(doc: DomDocument): { scan: PageScan; truncated: boolean } {
  const scan: PageScan = { jsonLd: [], ingredientMarkup: [], cards: new Map(), prices: [], headings: [], productMarkup: false, ogType: '' };
  const stack: DomElement[] = doc.documentElement ? [doc.documentElement] : [];
  let n = 0;
  let hRecipe = false;
  while (stack.length > 0) {
    if (n >= LIMIT_SCAN) return { scan, truncated: true };
    const el = stack.pop() as DomElement;
    n++;
    const tag = el.tagName.toUpperCase();
    if (noteScriptOrMeta(scan, el, tag)) continue;
    if (SKIP_SUBTREE.has(tag)) continue;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    if (HEADING_TAGS.has(tag) && scan.headings.length < LIMIT_ELEMENTS) scan.headings.push(el);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      if (/(?:^|\s)(?:recipeIngredient|ingredients)(?:\s|$)/.test(itemprop)) scan.ingredientMarkup.push({ el, how: 'microdata' });
      else if (/^(?:price|offers|priceCurrency)$/.test(itemprop)) {
        scan.productMarkup = true;
        if (itemprop === 'price' && scan.prices.length < LIMIT_ELEMENTS) scan.prices.push(el);
      }
    }
    const property = el.getAttribute('property');
    if (property && /(?:^|\s)(?:schema:)?(?:recipeIngredient|ingredients)(?:\s|$)/.test(property)) scan.ingredientMarkup.push({ el, how: 'rdfa' });
    const cls = el.getAttribute('class');
    if (!cls) continue;
    if (/(?:^|\s)h-?recipe(?:\s|$)/.test(cls)) hRecipe = true;
    if (hRecipe && /(?:^|\s)(?:p-ingredient|ingredient)(?:\s|$)/.test(cls)) scan.ingredientMarkup.push({ el, how: 'h-recipe' });
    if (itemprop !== 'price' && /price/i.test(cls) && scan.prices.length < LIMIT_ELEMENTS) scan.prices.push(el);
    if (!/ngredient/i.test(cls)) continue;
    if (!HEADING_TAGS.has(tag) && scan.headings.length < LIMIT_ELEMENTS) scan.headings.push(el);
    for (const [plugin, re] of CARD_LINE_CLASSES) {
      if (!re.test(cls)) continue;
      const list = scan.cards.get(plugin) ?? [];
      list.push(el);
      scan.cards.set(plugin, list);
      break;
    }
  }
  return { scan, truncated: false };
}
