/**
 * Recognising bundled foods in a line of text. Compiled once from the food list into one
 * regular expression (longest name first), then run over folded text.
 */
import type { Food, FoodHit, Tag } from './types';
import { foldText } from './normalize';

export interface FoodMatcher {
  /** Every food named in `text`, left to right, longest match first, no overlaps. */
  match(text: string): FoodHit[];
  /** Look a food up by id. */
  food(id: string): Food | undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileMatcher(foods: readonly Food[]): FoodMatcher {
  const byName = new Map<string, Food>();
  const byId = new Map<string, Food>();
  for (const food of foods) {
    byId.set(food.id, food);
    for (const list of Object.values(food.names)) {
      for (const name of list ?? []) {
        const key = foldText(name);
        if (!byName.has(key)) byName.set(key, food);
      }
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map((n) => escapeRegExp(n).replace(/[ -]/g, '[\\s-]+')).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return {
    food: (id) => byId.get(id),
    match(text) {
      const folded = foldText(text);
      const hits: FoodHit[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        const food = byName.get(m[0].replace(/[\s-]+/g, (s) => (s.includes('-') && !/\s/.test(s) ? '-' : ' ')));
        if (!food) continue;
        const tags: Tag[] = food.tags.map((t) => t.tag);
        hits.push({ id: food.id, name: food.names.en?.[0] ?? food.id, match: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length, tags });
      }
      return hits;
    },
  };
}
