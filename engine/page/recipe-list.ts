/**
 * Pages that only link to recipes — roundups, category and search pages — are not one recipe.
 * Recognised from a JSON-LD ItemList of recipes or of links on a page titled with a recipe word.
 */
import type { JsonLdNodes } from './json-ld';
import { typeNames } from './schema-types';

const RECIPE_WORD = /recipe|receta|recette|rezept|ricett|recept|receita/i;

export function recipeListEvidence(jsonLd: JsonLdNodes, pageTitle: string): string[] | null {
  for (const t of jsonLd.typed) {
    if (!t.types.includes('itemlist')) continue;
    const items = t.node.itemListElement;
    if (!Array.isArray(items) || items.length < 3) continue;
    let recipes = 0;
    let links = 0;
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const record = item as Record<string, unknown>;
      const inner = record.item;
      const types = [...typeNames(record['@type']), ...(typeof inner === 'object' && inner !== null ? typeNames((inner as Record<string, unknown>)['@type']) : [])];
      if (types.includes('recipe')) recipes++;
      else if (typeof record.url === 'string' || typeof inner === 'string') links++;
    }
    if (recipes >= 3 || (links >= 3 && RECIPE_WORD.test(pageTitle))) return ['jsonld:ItemList', 'list:recipes'];
  }
  return null;
}
