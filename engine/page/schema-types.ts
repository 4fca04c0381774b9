/**
 * schema.org type names as pages write them: `Recipe`, `recipe`, `schema:Recipe`,
 * `http://schema.org/Recipe`, or a list of those.
 */

/** The bare, lower-cased type names of an `@type` / `itemtype` / `typeof` value. */
export function typeNames(value: unknown): string[] {
  const raw: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  const out: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string' || !item) continue;
    const bare = item.replace(/\/+$/, '').split(/[/#:]/).pop() ?? '';
    if (bare) out.push(bare.toLowerCase());
  }
  return out;
}

export const RECIPE_TYPES = new Set(['recipe']);
export const PRODUCT_TYPES = new Set(['product', 'productgroup', 'individualproduct', 'productmodel', 'foodproduct', 'groceryproduct']);
export const LIST_TYPES = new Set(['itemlist', 'collectionpage', 'searchresultspage', 'offercatalog']);
