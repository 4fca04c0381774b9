/**
 * A cheap first look before the page is read: does anything on it hint at a recipe or a shop? A
 * handful of native selector queries and the text of the few real headings — no walk of the page
 * from script. A page with no hint at all is `other` at once; every other page is read in full, so
 * this only has to never miss a food page, not to be precise.
 */
import { INGREDIENTS_HEADING } from './recipe-vocabulary';
import { drain, FRESH_SLICE, type Steps } from './steps';
import type { DomDocument, DomElement } from './types';

/**
 * Recipe-card and price classes, then recipe and product markup: two queries, any match a hint.
 * Apart, since a large page's query that finds nothing takes longer than a slice; the classes
 * first, since on most food pages they match near the top and the query stops there.
 */
const HINTS = [
  [
    '[class*="ngredient"], [id*="ngredient"], [class*="recipe" i], [id*="recipe"]',
    '[class*="price" i], [data-price], [class*="product" i], [class*="basket"], [class*="cart"]',
  ].join(', '),
  [
    '[itemtype*="recipe" i], [itemtype*="product" i], [itemtype*="Offer"], [typeof*="Recipe"], [typeof*="Product"]',
    '[itemprop="recipeIngredient"], [itemprop="ingredients"], [itemprop="price"], [property="recipeIngredient"]',
    '.h-recipe, .hrecipe, .p-ingredient, .ingredient',
    'meta[property="og:type"][content*="product"], meta[property="product:price:amount"]',
  ].join(', '),
];

const HEADINGS = 'h1, h2, h3, h4, h5, h6, strong, b, dt, th, legend, caption, p';
export const MAX_HEADINGS = 600;
const JSON_LD = 'script[type="application/ld+json"]';

/** JSON-LD that may describe a recipe or something for sale (articles and breadcrumbs do not). */
const FOOD_PAGE_TYPES = /recipe|product|offer|itemlist/i;
const MAX_JSON_LD_CHARS = 2_000_000;

/** Headings read in one step (a paragraph's text may be long). */
const HEADINGS_A_STEP = 25;

export function mayBeFoodPage(doc: DomDocument): boolean {
  return drain(firstLookSteps(doc));
}

/** The first look as steps (steps.ts): the hint queries a step each, the JSON-LD a script a step, then the headings a few at a time. */
export function* firstLookSteps(doc: DomDocument): Steps<boolean> {
  for (const hint of HINTS) {
    if (doc.querySelector(hint)) return true;
    yield;
  }
  if (yield* foodTypeInJsonLdSteps(doc.querySelectorAll(JSON_LD))) return true;
  yield;
  return yield* ingredientsHeadingSteps(doc.querySelectorAll(HEADINGS));
}

/** JSON-LD scripts, in document order: does one name a recipe, product, offer or list? */
export function foodTypeInJsonLd(scripts: ArrayLike<DomElement>): boolean {
  return drain(foodTypeInJsonLdSteps(scripts));
}

function* foodTypeInJsonLdSteps(scripts: ArrayLike<DomElement>): Steps<boolean> {
  let read = 0;
  for (let i = 0; i < scripts.length && read < MAX_JSON_LD_CHARS; i++) {
    if (i > 0) yield;
    const text = scripts[i].textContent ?? '';
    read += text.length;
    if (FOOD_PAGE_TYPES.test(text)) return true;
  }
  return false;
}

/** The first few hundred heading-like elements, in document order: is one an ingredients heading? */
export function ingredientsHeadingIn(headings: ArrayLike<DomElement>): boolean {
  return drain(ingredientsHeadingSteps(headings));
}

function* ingredientsHeadingSteps(headings: ArrayLike<DomElement>): Steps<boolean> {
  const count = Math.min(headings.length, MAX_HEADINGS);
  // The heading pattern is compiled on its first test.
  if (count > 0) yield FRESH_SLICE;
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % HEADINGS_A_STEP === 0) yield;
    const text = headings[i].textContent ?? '';
    if (text.length < 80 && INGREDIENTS_HEADING.test(text)) return true;
  }
  return false;
}
