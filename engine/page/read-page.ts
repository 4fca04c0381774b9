/**
 * Decide what kind of page this is and pull out what is on it.
 * Walking-skeleton version: JSON-LD Recipe only. (Issue 4 replaces this with the full reader.)
 */
import type { DomDocument, PageReading } from './types';

function findRecipe(value: unknown): Record<string, unknown> | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findRecipe(item);
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && t.toLowerCase() === 'recipe')) return record;
  return findRecipe(record['@graph'] ?? record['mainEntity'] ?? null);
}

export function readPage(doc: DomDocument): PageReading {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue;
    }
    const recipe = findRecipe(parsed);
    if (!recipe) continue;
    const lines = recipe['recipeIngredient'];
    return {
      kind: 'recipe',
      evidence: ['jsonld:Recipe'],
      ingredients: Array.isArray(lines) ? lines.filter((l): l is string => typeof l === 'string') : [],
      products: [],
      title: typeof recipe['name'] === 'string' ? recipe['name'] : undefined,
    };
  }
  return { kind: 'other', evidence: [], ingredients: [], products: [] };
}
