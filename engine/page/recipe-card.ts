/**
 * Recipe cards rendered by the common recipe plugins. Their class names are plugin conventions
 * shared by thousands of sites (WP Recipe Maker, Tasty Recipes, Mediavine Create, Zip Recipes,
 * WP Delicious, WPZOOM recipe card, Cooked, EasyRecipe, Meal Planner Pro, Jetpack), not site names.
 * The card is what the reader sees, so its lines are preferred to the JSON-LD copy.
 */
import { LIMITS } from './limits';
import { CARD_LIST_PLUGINS, type PageScan } from './page-scan';
import { elementLines } from './structured-recipe';
import type { DomElement } from './types';

/** Lines of the first plugin card the scan found: its line elements, or the items of its list. */
export function readRecipeCard(scan: PageScan): { plugin: string; lines: string[] } | null {
  for (const [plugin, elements] of scan.cards) {
    const lineElements: DomElement[] = [];
    if (CARD_LIST_PLUGINS.has(plugin)) {
      const seen = new Set<DomElement>(); // a list class on a wrapper and on the list: each item once
      for (const list of elements) {
        const items = list.querySelectorAll('li');
        for (let i = 0; i < items.length && lineElements.length < LIMITS.elements; i++) {
          if (seen.has(items[i])) continue;
          seen.add(items[i]);
          lineElements.push(items[i]);
        }
      }
    } else lineElements.push(...elements);
    const lines = elementLines(lineElements);
    if (lines.length > 0) return { plugin, lines };
  }
  return null;
}
