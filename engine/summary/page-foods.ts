/**
 * The foods of a page's ingredient lines or product titles: which lines name which foods, each
 * food's count and first line, and the distinct plants (herbs and spices count a quarter).
 */
import type { FoodMatcher } from '../foods/matcher';
import type { FoodCore } from '../foods/types';
import type { PageFood, PageLine, PlantCount } from './types';

export interface LinesSummary {
  lines: PageLine[];
  foods: PageFood[];
  plants: PlantCount;
}

export function summarizeLines(texts: readonly string[], matcher: FoodMatcher<FoodCore>): LinesSummary {
  const foods = new Map<string, PageFood>();
  const lines: PageLine[] = texts.map((text, index) => {
    const ids: string[] = [];
    for (const hit of matcher.match(text)) {
      if (ids.includes(hit.id)) continue;
      ids.push(hit.id);
      const seen = foods.get(hit.id);
      if (seen) {
        seen.count++;
        for (const tag of hit.tags) if (!seen.tags.includes(tag)) seen.tags.push(tag);
      } else {
        foods.set(hit.id, { id: hit.id, name: hit.name, tags: [...hit.tags], count: 1, firstLine: index });
      }
    }
    return { text, foodIds: ids };
  });
  const plantWeight = new Map<string, number>();
  for (const id of foods.keys()) {
    const food = matcher.food(id);
    if (!food?.plant) continue;
    const group = food.plantGroup ?? food.id;
    plantWeight.set(group, Math.max(plantWeight.get(group) ?? 0, food.quarterPlant ? 0.25 : 1));
  }
  let count = 0;
  for (const weight of plantWeight.values()) count += weight;
  const groups = [...plantWeight.keys()];
  const quarter = groups.filter((g) => plantWeight.get(g) === 0.25);
  return { lines, foods: [...foods.values()], plants: { count, groups, quarter } };
}
