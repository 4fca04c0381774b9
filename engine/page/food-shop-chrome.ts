/**
 * A food shop's page that shows no products (yet): a catalogue or category page, an empty search,
 * a JavaScript shell whose tiles arrive later (the content script re-reads grocery pages as they
 * fill in). Two things together: the shop's basket or cart widget showing a sum of money, and the
 * page placed in a food aisle — by its title or main heading, or by the shop's catalogue
 * menu opening with food (hypermarkets list food first; a fashion or electronics shop does not).
 */
import { collapseSpace } from './clean-text';
import { elementText } from './element-text';
import { GROCERY_WORDS, NON_FOOD_WORDS, OTHER_SCRIPT_FOOD } from './grocery-vocabulary';
import type { DomDocument, DomElement, DomNode, PageReading } from './types';

const MAX_WIDGETS = 40;
/** A sum of money, as a basket widget shows it: `0,00 руб.`, `$0.00`, `12,50 €`. */
const MONEY = /\d(?:[\d\s.,]*\d)?\s*(?:руб\.?|₽|€|£|лв\.?|zł|kr|kč|ft|eur|usd|gbp|chf)(?![\p{L}])|(?:€|£|\$|us\$)\s*\d/iu;

const MAX_WIDGET_NODES = 60;
const MAX_WIDGET_CHARS = 300;

/** The text of a small widget, or '' when it is not small (a cart drawer listing products). */
function widgetText(el: DomElement): string {
  const parts: string[] = [];
  let chars = 0;
  const stack: DomNode[] = [el];
  for (let visited = 0; stack.length > 0; visited++) {
    if (visited >= MAX_WIDGET_NODES || chars > MAX_WIDGET_CHARS) return '';
    const node = stack.pop() as DomNode;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      parts.push(t);
      chars += t.length;
      continue;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return collapseSpace(parts.join(' '));
}

const BASKET = '[class*="basket"], [class*="Basket"], [class*="cart"], [class*="Cart"], [id*="basket"], [id*="cart"]';

function basketShowsSum(doc: DomDocument): boolean {
  const widgets = doc.querySelectorAll(BASKET);
  for (let i = 0; i < widgets.length && i < MAX_WIDGETS; i++) if (MONEY.test(widgetText(widgets[i]))) return true;
  return false;
}

/** An aisle named in a shop's words ("Dairy", "Молочные продукты"); a dish's name is not enough here. */
function foodAisle(text: string): boolean {
  return !NON_FOOD_WORDS.test(text) && (GROCERY_WORDS.test(text) || OTHER_SCRIPT_FOOD.test(text));
}

/** Title and main heading: where the page says which aisle it is (cheap: no walk of the page). */
function placeText(doc: DomDocument): string {
  const parts = [doc.title];
  const h1 = doc.querySelector('h1');
  if (h1) parts.push(elementText(h1));
  return collapseSpace(parts.join(' | ')).slice(0, 1_000);
}

/** The first department of the shop's catalogue menu: the first link of its first nav. */
function firstDepartment(doc: DomDocument): string {
  const link = doc.querySelector('nav a[href]');
  return link ? collapseSpace(link.textContent ?? '').slice(0, 80) : '';
}

export function readFoodShopChrome(doc: DomDocument): PageReading | null {
  // The aisle first (a title, a heading, one link): most pages stop here, before any walk.
  const evidence = foodAisle(placeText(doc)) ? 'context:food-aisle' : foodAisle(firstDepartment(doc)) ? 'menu:food-first' : null;
  return evidence && basketShowsSum(doc) ? { kind: 'grocery', evidence: ['shop:basket', evidence, 'products:none-shown'], ingredients: [], products: [] } : null;
}
