/**
 * Recipe cards rendered by the common recipe plugins. Their class names are plugin conventions
 * shared by thousands of sites (WP Recipe Maker, Tasty Recipes, Mediavine Create, Zip Recipes,
 * WP Delicious, WPZOOM recipe card, Cooked, EasyRecipe, Meal Planner Pro, Jetpack), not site names.
 * The card is what the reader sees, so its lines are preferred to the JSON-LD copy.
 */
import { elementLines } from './structured-recipe';
import type { DomDocument } from './types';

interface CardPlugin {
  name: string;
  /** One element per ingredient line. */
  lines: string;
}

export const CARD_PLUGINS: readonly CardPlugin[] = [
  { name: 'wprm', lines: '.wprm-recipe-ingredient' },
  { name: 'tasty', lines: '.tasty-recipes-ingredients li, .tasty-recipe-ingredients li' },
  { name: 'mv-create', lines: '.mv-create-ingredients li' },
  { name: 'zip-recipes', lines: '.zrdn-ingredients-list li, #zlrecipe-ingredients-list li' },
  { name: 'wp-delicious', lines: '.dr-ingredients-list li' },
  { name: 'wpzoom', lines: '.wp-block-wpzoom-recipe-card-block-ingredients li' },
  { name: 'cooked', lines: '.cooked-single-ingredient.cooked-ingredient' },
  { name: 'easyrecipe', lines: '.ERSIngredients li.ingredient' },
  { name: 'mpprecipe', lines: '.mpprecipe-ingredient' },
  { name: 'jetpack', lines: '.jetpack-recipe-ingredients li' },
];

/** One query that answers "is any plugin card here?" before trying each plugin. */
export const ANY_CARD_SELECTOR = CARD_PLUGINS.map((p) => p.lines).join(',');

export function readRecipeCard(doc: DomDocument): { plugin: string; lines: string[] } | null {
  if (!doc.querySelector(ANY_CARD_SELECTOR)) return null;
  for (const plugin of CARD_PLUGINS) {
    const elements = doc.querySelectorAll(plugin.lines);
    if (elements.length === 0) continue;
    const lines = elementLines(elements);
    if (lines.length > 0) return { plugin: plugin.name, lines };
  }
  return null;
}
