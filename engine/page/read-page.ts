/**
 * Decide what kind of page this is and pull out what is on it: a recipe's ingredient lines, a food
 * shop's product titles, or nothing. Cheapest signals first — structured data found with a few
 * selector queries — so a page with no signal is `other` without reading its text.
 */
import type { FoodMatcher } from '../foods/matcher';
import type { FoodCore } from '../foods/types';
import type { StateRecipe } from './app-state-recipe';
import { lazyExtras, type ExtraScan } from './extra-scan';
import { firstLookSteps } from './food-page-gate';
import { readGrocerySteps } from './grocery-reader';
import { tidyLinesSteps } from './ingredient-line';
import { readJsonLdSteps } from './json-ld';
import { scanPage, type PageScan } from './page-scan';
import { pageListWins } from './page-list-choice';
import { PRODUCT_TYPES } from './schema-types';
import { ingredientShare, ingredientsByHeadingSteps } from './recipe-heading-reader';
import { recipeListEvidence } from './recipe-list';
import { looksLikeAmountLine } from './recipe-vocabulary';
import { readStructuredRecipeSteps } from './recipe-structured-reader';
import { drain, NEEDS_MATCHER, type Steps } from './steps';
import { readIngredientsByTab } from './tab-panel-reader';
import type { DomDocument, DomElement, PageReading } from './types';
import { tagOf } from './dom-read';

export interface ReadPageOptions {
  /**
   * The caller's food matcher, used only on pages that need foods to decide (grocery tiles,
   * ingredient lists found by their heading). The engine imports no food list itself, so the
   * content script ships only its own slim one.
   */
  matcher: FoodMatcher<FoodCore>;
  /**
   * Readers for saved HTML, where the page's scripts never ran (cli/, via read-saved-page.ts). The
   * content script leaves them out: in the browser a page has rendered its lists and tiles by the
   * time it is read, and these parsers stay out of its bundle.
   */
  saved?: SavedPageReaders;
  /**
   * How to scan the page (default: native selector queries, fastest in a browser); the content
   * script hands over the scan it made in a slice of its own.
   */
  scan?: (doc: DomDocument) => PageScan;
  /** The caller has taken the first look (`mayBeFoodPage`) and it said yes: do not look again. */
  lookedFirst?: boolean;
}

export interface SavedPageReaders {
  /** A recipe in the state a JavaScript page renders from. */
  stateRecipe(extras: ExtraScan, matcher: () => FoodMatcher<FoodCore>): StateRecipe | null;
  /** Product titles in the JSON of client-rendered tiles' data attributes. */
  attributeTitles(prices: readonly DomElement[]): string[];
  /** A food shop whose products are not rendered yet (basket, food aisles in its menu). */
  foodShopChrome(doc: DomDocument): PageReading | null;
}

const OTHER: PageReading = { kind: 'other', evidence: [], ingredients: [], products: [] };
/** The answer for a page the first look finds no hint of food on. */
export const NO_FOOD_HINT: PageReading = { ...OTHER, evidence: ['gate:no-food-hint'] };

export function readPage(doc: DomDocument, options: ReadPageOptions): PageReading {
  return drain(readPageSteps(doc, options));
}

/**
 * `readPage` as steps (steps.ts): it yields between its readers (and inside the long ones), so
 * the content script can spread the reading over slices.
 */
export function* readPageSteps(doc: DomDocument, options: ReadPageOptions): Steps<PageReading> {
  // Most pages on the web are neither: a few native queries say so before any element is walked.
  if (!options.lookedFirst && !(yield* firstLookSteps(doc))) return NO_FOOD_HINT;
  const matcher = (): FoodMatcher<FoodCore> => options.matcher;
  const scan = options.scan ? options.scan(doc) : scanPage(doc);
  const extras = lazyExtras(doc, scan.extras);
  yield;
  const jsonLd = yield* readJsonLdSteps(scan.jsonLd);
  yield;
  const recipe = yield* readStructuredRecipeSteps(scan, jsonLd);
  yield;
  if (recipe) {
    // The page's own list, when it shows what the structured copy left out (see pageListWins). A
    // summary (one or two lines, or none with an amount) is checked against every heading
    // candidate. A full JSON-LD list only against real headings, without food matching, and only
    // when no recipe-plugin card wrote it: a plugin's JSON-LD and its card are the same data.
    const summary = recipe.ingredients.length < 3 || recipe.ingredients.every((line) => !/\d/.test(line));
    const jsonLdOnly = recipe.evidence.length === 1 && recipe.evidence[0] === 'jsonld:Recipe' && scan.cards.size === 0;
    const byHeading = summary
      ? yield* ingredientsByHeadingSteps(scan.headings, matcher)
      : jsonLdOnly
        ? yield* ingredientsByHeadingSteps(scan.headings.filter(isHeadingTag), matcher, () => true)
        : null;
    const pageLines = byHeading ? yield* tidyLinesSteps(byHeading.lines) : [];
    if (byHeading && pageListWins(pageLines, recipe.ingredients)) {
      return { ...recipe, evidence: [...recipe.evidence, byHeading.evidence], ingredients: pageLines };
    }
  }
  if (recipe) return recipe;
  // A product page says so in its data, and its label often has an "Ingredients" section: shop first.
  const productData = scan.productMarkup || scan.ogType.includes('product') || jsonLd.typed.some((t) => t.types.some((x) => PRODUCT_TYPES.has(x)));
  const grocery = yield* readGrocerySteps(doc, scan, jsonLd, matcher, options.saved?.attributeTitles);
  yield;
  if (productData && grocery?.kind === 'grocery') return grocery;
  // A JavaScript page's recipe, in the state its scripts render from (the HTML may show none of it).
  const state = options.saved?.stateRecipe(extras(), matcher) ?? null;
  if (state) {
    const instructions = state.instructions.length > 0 ? { instructions: state.instructions } : {};
    return { kind: 'recipe', evidence: ['app-state:recipe'], ingredients: yield* tidyLinesSteps(state.ingredients), products: [], title: state.title, ...instructions };
  }
  yield;
  let byHeading = yield* ingredientsByHeadingSteps(scan.headings, matcher);
  if (!byHeading && extras().tabs.length > 0) {
    yield NEEDS_MATCHER;
    byHeading = readIngredientsByTab(doc, extras().tabs, (lines) => tabLinesRead(lines, matcher()));
  }
  yield;
  if (byHeading) {
    return { kind: 'recipe', evidence: [byHeading.evidence, 'lines:ingredients'], ingredients: yield* tidyLinesSteps(byHeading.lines), products: [] };
  }
  if (grocery) return grocery;
  const shop = options.saved?.foodShopChrome(doc) ?? null;
  if (shop) return shop;
  const list = recipeListEvidence(jsonLd, doc.title);
  if (list) return { ...OTHER, evidence: list };
  return { ...OTHER, evidence: jsonLd.skipped > 0 ? ['jsonld:unreadable'] : [] };
}

/** A tab's lines read as a recipe's: mostly amounts or foods, two with an amount at least (not a label's list). */
function tabLinesRead(lines: string[], matcher: FoodMatcher<FoodCore>): boolean {
  return lines.filter((l) => looksLikeAmountLine(l)).length >= 2 && ingredientShare(lines, matcher) >= 0.5;
}

function isHeadingTag(el: DomElement): boolean {
  return /^H[1-6]$/.test(tagOf(el));
}
