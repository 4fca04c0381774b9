/**
 * Grocery pages: a shop page (product data, prices, a buy control) whose products are food.
 * Shop first, with cheap selector checks; then what is offered, from the product titles and the
 * page's own words (title, heading, breadcrumbs) against the food list and grocery vocabulary.
 * An electronics or fashion shop stays `other`, even when one product name holds a food word.
 */
import type { FoodMatcher } from '../foods/matcher';
import type { FoodCore } from '../foods/types';
import { collapseSpace } from './clean-text';
import { textStart } from './dom-read';
import { elementText } from './element-text';
import { CJK_FOOD, GROCERY_WORDS, NET_WEIGHT, NON_FOOD_WORDS, OTHER_SCRIPT_FOOD, UNIT_PRICE } from './grocery-vocabulary';
import type { JsonLdNodes } from './json-ld';
import { LIMITS } from './limits';
import { breadcrumbs, descriptionMeta, mainHeading } from './page-landmarks';
import type { PageScan } from './page-scan';
import { asTitle, structuredProductTitles, tileTitleSteps } from './product-titles';
import { LIST_TYPES, PRODUCT_TYPES } from './schema-types';
import { FRESH_SLICE, NEEDS_MATCHER, type Steps } from './steps';
import type { DomDocument, DomElement, PageReading } from './types';

function foodish(text: string, matcher: FoodMatcher<FoodCore>): boolean {
  return GROCERY_WORDS.test(text) || OTHER_SCRIPT_FOOD.test(text) || CJK_FOOD.test(text) || matcher.match(text).length > 0;
}

/**
 * Words that place the page in a shop's aisles: title, main heading, breadcrumbs, description. A
 * step each: a breadcrumb match can be a large container, read up to thousands of nodes.
 */
function* contextTextSteps(doc: DomDocument, scan: PageScan): Steps<string> {
  const parts: string[] = [doc.title];
  const h1 = mainHeading(doc, scan);
  if (h1) parts.push(elementText(h1));
  const crumbs = breadcrumbs(doc, scan);
  for (let i = 0; i < crumbs.length && i < 3; i++) {
    yield;
    parts.push(elementText(crumbs[i]));
  }
  const description = descriptionMeta(doc, scan);
  if (description) parts.push(description.getAttribute('content') ?? '');
  return collapseSpace(parts.join(' | ')).slice(0, 2_000);
}

/** Titles checked for food in one step (the matcher meets their words for the first time). */
const TITLES_A_STEP = 5;
/** Prices read for a unit price in one step. */
const PRICES_A_STEP = 25;

/**
 * Read a shop page, as steps (steps.ts): the tiles' titles a few prices at a time, their foods a
 * few titles at a time. `attributeTitles`: titles from client-rendered tiles' data attributes
 * (saved pages only; see read-page.ts).
 */
export function* readGrocerySteps(
  doc: DomDocument,
  scan: PageScan,
  jsonLd: JsonLdNodes,
  matcher: () => FoodMatcher<FoodCore>,
  attributeTitles?: (prices: readonly DomElement[]) => string[],
): Steps<PageReading | null> {
  const productNodes = jsonLd.typed.filter((t) => t.types.some((x) => PRODUCT_TYPES.has(x) || LIST_TYPES.has(x) || x === 'offer'));
  const prices = scan.prices;
  const ogType = scan.ogType;
  if (productNodes.length === 0 && prices.length === 0 && !ogType.includes('product') && !scan.productMarkup) return null;

  const structured = structuredProductTitles(jsonLd, doc, scan);
  yield;
  const tiles = yield* tileTitleSteps(prices);
  let titles = structured.length > 0 ? structured : tiles.tiles >= 3 ? tiles.titles : [];
  const fromData = titles.length === 0 && attributeTitles ? attributeTitles(prices) : [];
  if (fromData.length >= 3) titles = fromData;
  if (titles.length === 0) {
    const h1 = mainHeading(doc, scan);
    const title = h1 ? asTitle(elementText(h1)) : null;
    if (title && (prices.length > 0 || ogType.includes('product'))) titles = [title];
  }
  if (titles.length === 0) return null;

  let unitPrices = 0;
  // The word patterns below are compiled on their first test on the page: each starts a slice.
  yield FRESH_SLICE;
  for (let i = 0; i < prices.length && i < 200; i++) {
    if (i > 0 && i % PRICES_A_STEP === 0) yield;
    if (UNIT_PRICE.test(textStart(prices[i], 200))) unitPrices++;
  }
  yield;
  const source = structured.length > 0 ? 'schema:Product' : tiles.tiles >= 3 ? `tiles:${tiles.tiles}` : fromData.length >= 3 ? `data-attribute:${fromData.length}` : 'heading:product';
  const context = yield* contextTextSteps(doc, scan);
  yield FRESH_SLICE;
  const groceryContext = GROCERY_WORDS.test(context);
  // In a non-food aisle without unit prices no share of food titles makes a food shop (see isFood
  // below): decided without reading the titles for foods.
  if (!groceryContext && unitPrices < 3 && NON_FOOD_WORDS.test(context)) {
    const evidence = ['shop:non-food', source, ...(unitPrices > 0 ? [`unit-prices:${unitPrices}`] : []), 'context:non-food-aisle'];
    return { kind: 'other', evidence, ingredients: [], products: [] };
  }
  yield NEEDS_MATCHER;
  const m = matcher();
  const sample = titles.slice(0, 200);
  let foodTitles = 0;
  for (let i = 0; i < sample.length; i++) {
    if (i > 0 && i % TITLES_A_STEP === 0) yield;
    foodTitles += foodish(sample[i], m) ? 1 : NET_WEIGHT.test(sample[i]) ? 0.5 : 0;
  }
  yield;
  const contextFood = groceryContext ? 2 : foodish(context, m) ? 1 : 0;

  const share = foodTitles / sample.length;
  const nonFoodAisle = contextFood < 2 && NON_FOOD_WORDS.test(context);
  // One product: a food word in its name is not enough ("soybean mattress"); the aisle must agree.
  const single = sample.length === 1;
  const isFood = nonFoodAisle
    ? unitPrices >= 3 && share >= 0.5
    : single
      ? foodTitles > 0 && (contextFood === 2 || unitPrices > 0 || (foodTitles === 1 && NET_WEIGHT.test(sample[0])))
      : share > 0.5 || (share >= 0.5 && sample.length >= 3) || (share >= 0.25 && (unitPrices > 0 || contextFood === 2)) || (unitPrices >= 3 && (contextFood > 0 || share >= 0.1));
  const evidence = [
    source,
    `food-titles:${foodTitles}/${sample.length}`,
    ...(unitPrices > 0 ? [`unit-prices:${unitPrices}`] : []),
    ...(contextFood > 0 ? [`context:${contextFood === 2 ? 'grocery-words' : 'food'}`] : []),
    ...(nonFoodAisle ? ['context:non-food-aisle'] : []),
  ];
  if (!isFood) return { kind: 'other', evidence: ['shop:non-food', ...evidence], ingredients: [], products: [] };
  return { kind: 'grocery', evidence, ingredients: [], products: titles.slice(0, LIMITS.products) };
}
