/**
 * Ingredient lists behind a tab: pages (meal kits, shops' recipe pages) that put "Ingredients",
 * "Equipment" and "Nutrition" in ARIA tabs, the tab a button rather than a heading. The tab names
 * its panel (`aria-controls`, or the panel names the tab with `aria-labelledby`); the panel's lists
 * are the lines, in order, leaving out lists of label cards (allergens, composition) whose items
 * hold several blocks each.
 */
import { collapseSpace } from './clean-text';
import { elementText } from './element-text';
import { isBoldGroupTitle } from './group-heading-element';
import { LIMITS } from './limits';
import { INGREDIENTS_HEADING } from './recipe-vocabulary';
import type { DomDocument, DomElement } from './types';
import { tagOf } from './dom-read';

const MAX_TABS = 60;
const BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'TABLE', 'SECTION']);
const SAFE_ID = /^[\w:.-]{1,100}$/;

function panelOf(doc: DomDocument, tab: DomElement): DomElement | null {
  const controls = (tab.getAttribute('aria-controls') ?? '').trim().split(/\s+/)[0];
  if (controls && SAFE_ID.test(controls)) {
    const panel = doc.querySelector(`[id="${controls}"]`);
    if (panel) return panel;
  }
  const id = tab.getAttribute('id') ?? '';
  return id && SAFE_ID.test(id) ? doc.querySelector(`[role="tabpanel"][aria-labelledby~="${id}"]`) : null;
}

/** An item made of several blocks (a name over its allergens and composition), not a line. */
function isCard(li: DomElement): boolean {
  let blocks = 0;
  const kids = li.children;
  for (let i = 0; i < kids.length && blocks < 2; i++) if (BLOCKS.has(tagOf(kids[i]))) blocks++;
  return blocks >= 2;
}

/** A list inside another list's item (its lines belong to that item). */
function insideItem(el: DomElement, panel: DomElement): boolean {
  let p = el.parentElement;
  for (let i = 0; p && p !== panel && i < LIMITS.ancestors; i++, p = p.parentElement) if (tagOf(p) === 'LI') return true;
  return false;
}

function panelLines(panel: DomElement): string[] {
  const lists = panel.querySelectorAll('ul, ol');
  const out: string[] = [];
  for (let i = 0; i < lists.length && i < LIMITS.elements && out.length < LIMITS.lines; i++) {
    const list = lists[i];
    if (insideItem(list, panel)) continue;
    const items = list.children;
    const lis: DomElement[] = [];
    for (let j = 0; j < items.length && j < LIMITS.elements; j++) if (tagOf(items[j]) === 'LI') lis.push(items[j]);
    if (lis.length === 0 || lis.filter(isCard).length * 2 > lis.length) continue;
    for (const li of lis) {
      if (isBoldGroupTitle(li)) continue;
      const line = elementText(li);
      if (line) out.push(line);
    }
  }
  return out;
}

/** Lines of the panel of the first ingredients tab whose lines pass `accept`. */
export function readIngredientsByTab(doc: DomDocument, tabs: readonly DomElement[], accept: (lines: string[]) => boolean): { lines: string[]; evidence: string } | null {
  for (let i = 0; i < tabs.length && i < MAX_TABS; i++) {
    const raw = tabs[i].textContent ?? '';
    const text = raw.length > 200 ? '' : collapseSpace(raw);
    if (!text || text.length > 60 || !INGREDIENTS_HEADING.test(text)) continue;
    const panel = panelOf(doc, tabs[i]);
    if (!panel) continue;
    const lines = panelLines(panel);
    if (lines.length >= 2 && accept(lines)) return { lines, evidence: `tab:${text.slice(0, 30).toLowerCase()}` };
  }
  return null;
}
