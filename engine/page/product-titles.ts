/**
 * Product titles a shopper sees: from structured data (JSON-LD / microdata Product, ItemList of
 * products), else from the page's shape — repeated tiles, each with a price and a name — else the
 * product page's own heading. Navigation, filters and banners carry no price, so they stay out.
 */
import { LETTER_RANGES, wordPattern } from './word-pattern';
import { collapseSpace } from './clean-text';
import { childCountUpTo, classOf, pushChildren, tagOf, textStart } from './dom-read';
import { elementText } from './element-text';
import { ADD_TO_BASKET } from './grocery-vocabulary';
import type { JsonLdNodes } from './json-ld';
import { LIMITS } from './limits';
import { microdataProducts } from './page-landmarks';
import type { PageScan } from './page-scan';
import type { Steps } from './steps';
import { PRODUCT_TYPES } from './schema-types';
import { stringField } from './structured-recipe';
import type { DomDocument, DomElement } from './types';

const HAS_DIGIT = /\d/;
const MAX_TILE_CHILDREN = 24;
/** Subtree queries spent looking for tiles on one page. */
const MAX_TILE_QUERIES = 800;
/** A letter of our scripts, or of the CJK scripts some shops write titles in (kana, ideographs, hangul). */
const HAS_LETTER = new RegExp(`[${LETTER_RANGES}\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]`, 'u');
/** Two words at least (a title, not a price or a label). */
const WORDS = new RegExp(`[${LETTER_RANGES}]{2,}\\s+\\S*[${LETTER_RANGES}]`, 'u');
const PRICE_ONLY = wordPattern(String.raw`^[\s\d.,:\-–/%*€£$¥₽₴₹]*(?:[a-z]{0,4}\.?|лв\.?|руб\.?|грн\.?|kr|zł|₽|р\.?)?[\s\d.,/%€£$]*$`);

/** A plausible product title, or null. */
export function asTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = collapseSpace(raw);
  if (text.length < 3 || text.length > 200 || !HAS_LETTER.test(text) || PRICE_ONLY.test(text)) return null;
  return text;
}

export function structuredProductTitles(jsonLd: JsonLdNodes, doc: DomDocument, scan: PageScan): string[] {
  const out: string[] = [];
  for (const t of jsonLd.typed) {
    if (!t.types.some((x) => PRODUCT_TYPES.has(x))) continue;
    const title = asTitle(stringField(t.node.name));
    if (title) out.push(title);
  }
  const micro = scan.productMarkup ? microdataProducts(doc, scan) : [];
  for (let i = 0; i < micro.length && i < LIMITS.elements; i++) {
    const name = micro[i].querySelector('[itemprop="name"]');
    const title = asTitle(name ? name.getAttribute('content') ?? elementText(name) : null);
    if (title) out.push(title);
  }
  return dedupe(out);
}

const TITLE_CLASS = /title|name/i;
const NOT_TITLE_CLASS = /price|brand|badge|promo|label|rating|review|button|btn|cart|basket/i;
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'H5']);
/** Elements looked at inside one candidate tile. */
const MAX_TILE_NODES = 150;

function isTitleCandidate(el: DomElement, tag: string, cls: string): boolean {
  if (el.getAttribute('itemprop') === 'name') return true;
  if (cls && TITLE_CLASS.test(cls) && !NOT_TITLE_CLASS.test(cls)) return true;
  if (TITLE_TAGS.has(tag)) return !NOT_TITLE_CLASS.test(cls);
  return tag === 'A' && el.hasAttribute('title');
}

/** What one bounded walk of a candidate tile finds. */
interface TileWalk {
  /** The first element in the tile that names a product, or null. */
  named: string | null;
  /** The leaves walked (up to the named one), in document order: where a title of the tile's longest text comes from. */
  leaves: DomElement[];
}

/** Walk a candidate tile, up to MAX_TILE_NODES elements: a bounded walk, not a selector query. */
function walkTile(tile: DomElement): TileWalk {
  const stack: DomElement[] = [tile];
  const leaves: DomElement[] = [];
  for (let visited = 0; stack.length > 0 && visited < MAX_TILE_NODES; visited++) {
    const el = stack.pop() as DomElement;
    const tag = tagOf(el);
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG' || tag === 'BUTTON') continue;
    const cls = classOf(el);
    if (el !== tile && isTitleCandidate(el, tag, cls)) {
      const title = asTitle(el.getAttribute('title')) ?? asTitle(elementText(el));
      if (title) return { named: title, leaves };
    }
    if (el.firstElementChild === null && !NOT_TITLE_CLASS.test(cls)) leaves.push(el);
    pushChildren(stack, el);
  }
  return { named: null, leaves };
}

/** Without a named title element: the longest text of several words among the tile's leaves. */
function longestText(tile: DomElement, leaves: readonly DomElement[]): string | null {
  let fallback: string | null = null;
  for (const el of leaves) {
    // Only a longer text can win: lengths first (collapsing spaces never lengthens), patterns last.
    const raw = el.textContent;
    if (!raw || (fallback !== null && raw.length <= fallback.length)) continue;
    const text = asTitle(raw);
    if (text && text.length <= 150 && (!fallback || text.length > fallback.length) && WORDS.test(text) && !ADD_TO_BASKET.test(text)) fallback = text;
  }
  return fallback !== null && childCountUpTo(tile, 2) >= 2 ? fallback : null;
}

/**
 * Candidate tiles walked in one step (each up to MAX_TILE_NODES elements): forty prices whose
 * tiles named nothing walked six ancestors each, and took one step 28 ms in Chromium (measured);
 * twelve tiles a step still made 14 ms on another shop.
 */
const TILES_A_STEP = 6;
/** Prices whose tiles are read in one step. */
const PRICES_A_STEP = 40;

/** Titles of repeated product tiles, as steps (steps.ts: a few dozen prices a step): the nearest ancestor of each price that names something. */
export function* tileTitleSteps(prices: readonly DomElement[]): Steps<{ titles: string[]; tiles: number }> {
  const seen = new Set<DomElement>();
  const titles: string[] = [];
  let budget = MAX_TILE_QUERIES;
  // Tiles already found to name nothing, in each pass: asked again by the next price in them.
  const nameless = [new Set<DomElement>(), new Set<DomElement>()];
  // Ancestors too wide to be a tile: the list around the tiles, met again by every price in it.
  const wide = new Set<DomElement>();
  // Tiles walked in the first pass without a named title: their leaves, for the second pass (no second walk).
  const leavesOf = new Map<DomElement, DomElement[]>();
  const tileTitle = (node: DomElement, allowFallback: boolean): string | null => {
    const walked = leavesOf.get(node);
    if (walked) return allowFallback ? longestText(node, walked) : null;
    const walk = walkTile(node);
    if (walk.named === null) leavesOf.set(node, walk.leaves);
    return walk.named ?? (allowFallback ? longestText(node, walk.leaves) : null);
  };
  let budgetAtStep = budget;
  for (let i = 0; i < prices.length && i < LIMITS.elements && titles.length < LIMITS.products; i++) {
    if (i > 0 && (i % PRICES_A_STEP === 0 || budgetAtStep - budget >= TILES_A_STEP)) {
      yield;
      budgetAtStep = budget;
    }
    // The tile queries are spent: no later price can find or join a tile.
    if (budget <= 0) break;
    const price = prices[i];
    if (!HAS_DIGIT.test(textStart(price, 200)) && !price.getAttribute('content') && !price.getAttribute('data-price')) continue;
    // First a named title (class, heading, itemprop); failing that, the tile's longest text.
    for (const allowFallback of [false, true]) {
      let node = price.parentElement;
      let found = false;
      for (let depth = 0; node && depth < 6 && budget > 0; depth++, node = node.parentElement) {
        const tag = tagOf(node);
        if (tag === 'BODY' || tag === 'MAIN' || tag === 'HTML') break;
        if (seen.has(node)) {
          found = true;
          break;
        }
        // A tile holds a handful of parts; an element with many children is the list around the tiles.
        if (wide.has(node)) break;
        if (childCountUpTo(node, MAX_TILE_CHILDREN + 1) > MAX_TILE_CHILDREN) {
          wide.add(node);
          break;
        }
        budget--;
        const pass = nameless[allowFallback ? 1 : 0];
        const title = pass.has(node) ? null : tileTitle(node, allowFallback);
        if (!title) pass.add(node);
        if (title) {
          seen.add(node);
          titles.push(title);
          found = true;
          break;
        }
      }
      if (found) break;
    }
  }
  return { titles: dedupe(titles), tiles: seen.size };
}

export function dedupe(titles: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of titles) {
    const key = t.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
