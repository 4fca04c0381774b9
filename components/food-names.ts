/** A food's name in the UI language, from the food list; the English id-based name otherwise. */
import type { Food, Lang } from '../engine/foods/types';

export function foodName(id: string, foodsById: ReadonlyMap<string, Food> | undefined, lang: Lang, fallback?: string): string {
  const names = foodsById?.get(id)?.names;
  return names?.[lang]?.[0] ?? names?.en?.[0] ?? fallback ?? id.replace(/-/g, ' ');
}
