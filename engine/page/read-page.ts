/**
 * Decide what kind of page this is and pull out what is on it: a recipe's ingredient lines, a food
 * shop's product titles, or nothing. Cheapest signals first — structured data found with a few
 * selector queries — so a page with no signal is `other` without reading its text.
 */
import { FOODS } from '../../data/foods';
import { compileMatcher, type FoodMatcher } from '../foods/matcher';
import { readGrocery } from './grocery-reader';
import { tidyLines } from './ingredient-line';
import { readJsonLd } from './json-ld';
import { scanPage } from './page-scan';
import { PRODUCT_TYPES } from './schema-types';
import { readIngredientsByHeading } from './recipe-heading-reader';
import { recipeListEvidence } from './recipe-list';
import { readStructuredRecipe } from './recipe-structured-reader';
import type { DomDocument, PageReading } from './types';

export interface ReadPageOptions {
  /** A compiled food matcher to reuse; otherwise one is compiled lazily when a page needs it. */
  matcher?: FoodMatcher;
}

const OTHER: PageReading = { kind: 'other', evidence: [], ingredients: [], products: [] };

let sharedMatcher: FoodMatcher | null = null;

function defaultMatcher(): FoodMatcher {
  sharedMatcher ??= compileMatcher(FOODS);
  return sharedMatcher;
}

export function readPage(doc: DomDocument, options: ReadPageOptions = {}): PageReading {
  const matcher = (): FoodMatcher => options.matcher ?? defaultMatcher();
  const scan = scanPage(doc);
  const jsonLd = readJsonLd(scan.jsonLd);
  const recipe = readStructuredRecipe(scan, jsonLd);
  if (recipe && recipe.ingredients.length < 3) {
    // Structured data with one or two lines is often a summary: the page's own list may be complete.
    const byHeading = readIngredientsByHeading(scan.headings, matcher);
    if (byHeading && byHeading.lines.length > recipe.ingredients.length) {
      return { ...recipe, evidence: [...recipe.evidence, byHeading.evidence], ingredients: tidyLines(byHeading.lines) };
    }
  }
  if (recipe) return recipe;
  // A product page says so in its data, and its label often has an "Ingredients" section: shop first.
  const productData = scan.productMarkup || scan.ogType.includes('product') || jsonLd.typed.some((t) => t.types.some((x) => PRODUCT_TYPES.has(x)));
  const grocery = readGrocery(doc, scan, jsonLd, matcher);
  if (productData && grocery?.kind === 'grocery') return grocery;
  const byHeading = readIngredientsByHeading(scan.headings, matcher);
  if (byHeading) {
    return { kind: 'recipe', evidence: [byHeading.evidence, 'lines:ingredients'], ingredients: tidyLines(byHeading.lines), products: [] };
  }
  if (grocery) return grocery;
  const list = recipeListEvidence(jsonLd, doc.title);
  if (list) return { ...OTHER, evidence: list };
  return { ...OTHER, evidence: jsonLd.skipped > 0 ? ['jsonld:unreadable'] : [] };
}
