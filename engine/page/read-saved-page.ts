/**
 * `readPage` for saved HTML, whose scripts never ran: a JavaScript page's recipe is read from the
 * state its scripts would render from, client-rendered tiles from their data attributes, and a
 * food shop with no products rendered yet from its basket and aisles; and the page is scanned by
 * one walk, which a DOM written in JavaScript does faster than selector queries. The analyze command, the
 * evaluations and the tests read pages this way; the content script reads the rendered page with
 * `readPage`, without these parsers.
 */
import { readStateRecipe } from './app-state-recipe';
import { attributeProductTitles } from './attribute-products';
import { readFoodShopChrome } from './food-shop-chrome';
import { walkPage } from './page-scan-walk';
import { NO_FOOD_HINT, readPage, type ReadPageOptions, type SavedPageReaders } from './read-page';
import type { DomDocument, PageReading } from './types';

const SAVED_PAGE_READERS: SavedPageReaders = {
  stateRecipe: readStateRecipe,
  attributeTitles: attributeProductTitles,
  foodShopChrome: readFoodShopChrome,
};

export function readSavedPage(doc: DomDocument, options: ReadPageOptions): PageReading {
  // A script DOM walks faster than it answers selector queries: one walk gives the first look,
  // the scan and the extra scan (the queries' own answers).
  const walk = walkPage(doc);
  if (!options.lookedFirst && !walk.mayBeFood) return NO_FOOD_HINT;
  return readPage(doc, { saved: SAVED_PAGE_READERS, scan: () => walk.scan, ...options, lookedFirst: true });
}
