/**
 * A food shop's page that shows no products (yet): a catalogue or category page, an empty search,
 * a JavaScript shell whose tiles arrive later (the content script re-reads grocery pages as they
 * fill in). Two things together: the shop's basket or cart widget showing a sum of money, and the
 * page placed in a food aisle — by its title, heading or breadcrumbs, or by the shop's catalogue
 * menu opening with food (hypermarkets list food first; a fashion or electronics shop does not).
 */
import { collapseSpace } from './clean-text';
import { elementText } from './element-text';
import { GROCERY_WORDS, NON_FOOD_WORDS, OTHER_SCRIPT_FOOD } from './grocery-vocabulary';
import type { DomDocument, PageReading } from './types';

const BASKET = '[class*="basket"], [class*="Basket"], [class*="cart"], [class*="Cart"], [id*="basket"], [id*="cart"]';
const MAX_WIDGETS = 40;
/** A sum of money, as a basket widget shows it: `0,00 руб.`, `$0.00`, `12,50 €`. */
const MONEY = /\d(?:[\d\s.,]*\d)?\s*(?:руб\.?|₽|€|£|лв\.?|zł|kr|kč|ft|eur|usd|gbp|chf)(?![\p{L}])|(?:€|£|\$|us\$)\s*\d/iu;

function basketShowsSum(doc: DomDocument): boolean {
  const widgets = doc.querySelectorAll(BASKET);
  for (let i = 0; i < widgets.length && i < MAX_WIDGETS; i++) {
    const raw = widgets[i].textContent ?? '';
    if (raw.length <= 300 && MONEY.test(collapseSpace(raw))) return true;
  }
  return false;
}

/** An aisle named in a shop's words ("Dairy", "Молочные продукты"); a dish's name is not enough here. */
function foodAisle(text: string): boolean {
  return !NON_FOOD_WORDS.test(text) && (GROCERY_WORDS.test(text) || OTHER_SCRIPT_FOOD.test(text));
}

/** Title, main heading and breadcrumbs: where the page says which aisle it is. */
function placeText(doc: DomDocument): string {
  const parts = [doc.title];
  const h1 = doc.querySelector('h1');
  if (h1) parts.push(elementText(h1));
  const crumbs = doc.querySelector('[class*="breadcrumb"], [class*="Breadcrumb"], [class*="bread_crumb"], [itemtype*="BreadcrumbList"]');
  if (crumbs) parts.push(elementText(crumbs));
  return collapseSpace(parts.join(' | ')).slice(0, 1_000);
}

/** The first department of the shop's catalogue menu: the first link of its first nav. */
function firstDepartment(doc: DomDocument): string {
  const link = doc.querySelector('nav a[href]');
  return link ? collapseSpace(link.textContent ?? '').slice(0, 80) : '';
}

export function readFoodShopChrome(doc: DomDocument): PageReading | null {
  if (!basketShowsSum(doc)) return null;
  const evidence = foodAisle(placeText(doc)) ? 'context:food-aisle' : foodAisle(firstDepartment(doc)) ? 'menu:food-first' : null;
  return evidence ? { kind: 'grocery', evidence: ['shop:basket', evidence, 'products:none-shown'], ingredients: [], products: [] } : null;
}
