/**
 * The content script's food list: what matching, painting and the card need, with English names
 * only. Names in the other languages (most of the list's weight) come from the background when a
 * page is in one of them, so the content script stays within its size budget.
 */
import type { Food, FoodCore, Lang } from './types';

/**
 * English names minus regular plurals of another listed name (`beans` beside `bean`, `berries`
 * beside `berry`): the matcher guesses those when a word misses, and they are a seventh of the
 * names' weight. Measured with `cli/eval-lines.ts --foods`: the same F1 on every labelled set.
 */
export function withoutGuessablePlurals(names: readonly string[]): string[] {
  const listed = new Set(names);
  return names.filter(
    (n) =>
      !(
        (n.endsWith('s') && listed.has(n.slice(0, -1))) ||
        (n.endsWith('es') && listed.has(n.slice(0, -2))) ||
        (n.endsWith('ies') && listed.has(`${n.slice(0, -3)}y`))
      ),
  );
}

export function slimFood(food: Food, langs: readonly Lang[] = ['en']): FoodCore {
  const { ndb: _ndb, blend: _blend, category: _category, grams: _grams, names, ...core } = food;
  const kept: FoodCore['names'] = {};
  for (const lang of langs) {
    const list = names[lang];
    if (list) kept[lang] = lang === 'en' ? withoutGuessablePlurals(list) : list;
  }
  // A plant group equal to the id is the default (page-foods reads `plantGroup ?? id`).
  const plantGroup = core.plantGroup === core.id ? undefined : core.plantGroup;
  return { ...core, plantGroup, names: kept };
}

/** Names of some languages, by food id: what the background sends a content script. */
export function namesFor(foods: readonly Food[], langs: readonly Lang[]): Record<string, Partial<Record<Lang, string[]>>> {
  const out: Record<string, Partial<Record<Lang, string[]>>> = {};
  for (const food of foods) {
    const picked: Partial<Record<Lang, string[]>> = {};
    let any = false;
    for (const lang of langs) {
      const list = food.names[lang];
      if (list?.length) {
        picked[lang] = list;
        any = true;
      }
    }
    if (any) out[food.id] = picked;
  }
  return out;
}

/** The slim foods with extra names merged in. */
export function withNames(foods: readonly FoodCore[], extra: Record<string, Partial<Record<Lang, string[]>>>): FoodCore[] {
  return foods.map((food) => (extra[food.id] ? { ...food, names: { ...food.names, ...extra[food.id] } } : food));
}
