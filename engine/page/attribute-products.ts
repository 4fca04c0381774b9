/**
 * Product tiles a shop renders in the browser from JSON kept in a `data-*` attribute of the tile
 * (`data-product='{"name":…,"price":…}'`, a grid's item data): the saved HTML shows an empty
 * skeleton — price boxes without a number — while the attribute names the product. From each
 * empty price box, the nearest ancestors' JSON attributes are read for an object with a name and
 * a price. Bounded: ancestors per box, attributes per element, characters and values per attribute.
 */
import { textStart } from './dom-read';
import { LIMITS } from './limits';
import { normalizedKey } from './ingredient-object';
import { asTitle, dedupe } from './product-titles';
import type { DomElement } from './types';

const MAX_ANCESTORS = 5;
const MAX_ATTRIBUTES = 40;
const MAX_ATTRIBUTE_CHARS = 200_000;
/** Characters of attribute JSON parsed per page. */
const MAX_TOTAL_CHARS = 3_000_000;
const MAX_VALUES = 3_000;
const TITLE_KEYS = new Set(['fulltitle', 'title', 'name', 'productname', 'displayname', 'producttitle']);
const HAS_DIGIT = /\d/;
/** Empty price boxes looked at before giving up on a page whose first ones lead to no JSON. */
const MAX_FRUITLESS = 24;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasPrice(v: unknown, depth = 0): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0;
  if (typeof v === 'string') return /^\s*\d+(?:[.,]\d+)?\s*$/.test(v);
  if (isObj(v) && depth < 2) return Object.keys(v).some((k) => /^(?:price|value|amount|current)$/.test(normalizedKey(k)) && hasPrice(v[k], depth + 1));
  return false;
}

/** The name of the first object in `root` that has a name and a price. */
function productName(root: unknown): string | null {
  const stack: unknown[] = [root];
  for (let visited = 0; stack.length > 0 && visited < MAX_VALUES; visited++) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = Math.min(v.length, MAX_VALUES) - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isObj(v)) continue;
    const keys = Object.keys(v);
    let title: string | null = null;
    let priced = false;
    for (const key of keys) {
      const k = normalizedKey(key);
      if (!title && TITLE_KEYS.has(k) && typeof v[key] === 'string') title = asTitle(v[key] as string);
      else if (k === 'price' && hasPrice(v[key])) priced = true;
    }
    if (title && priced) return title;
    for (let i = keys.length - 1; i >= 0; i--) if (typeof v[keys[i]] === 'object' && v[keys[i]] !== null) stack.push(v[keys[i]]);
  }
  return null;
}

function attributeProduct(el: DomElement, budget: { chars: number }): string | null {
  const attrs = el.attributes;
  if (!attrs) return null;
  for (let i = 0; i < attrs.length && i < MAX_ATTRIBUTES; i++) {
    const { name, value } = attrs[i];
    if (!name.startsWith('data-') || value.length < 20 || value.length > MAX_ATTRIBUTE_CHARS || value.length > budget.chars) continue;
    if (value[0] !== '{' && value[0] !== '[') continue;
    budget.chars -= value.length;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      continue;
    }
    const title = productName(parsed);
    if (title) return title;
  }
  return null;
}

/** Titles of client-rendered tiles: from empty price boxes up to their tile's JSON attribute. */
export function attributeProductTitles(prices: readonly DomElement[]): string[] {
  const seen = new Set<DomElement>();
  const titles: string[] = [];
  const budget = { chars: MAX_TOTAL_CHARS };
  let fruitless = 0;
  for (let i = 0; i < prices.length && i < LIMITS.elements && titles.length < LIMITS.products && budget.chars > 0; i++) {
    // A page that keeps products this way does so from its first tiles on.
    if (titles.length === 0 && fruitless >= MAX_FRUITLESS) break;
    if (HAS_DIGIT.test(textStart(prices[i], 200))) continue;
    fruitless++;
    let node = prices[i].parentElement;
    for (let depth = 0; node && depth < MAX_ANCESTORS; depth++, node = node.parentElement) {
      if (seen.has(node)) break;
      const title = attributeProduct(node, budget);
      if (title) {
        seen.add(node);
        titles.push(title);
        break;
      }
    }
  }
  return dedupe(titles);
}
