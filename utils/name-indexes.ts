/**
 * The background's name indexes for content scripts on pages in our other languages: the content
 * script's food list (English, slimmed) with the names of those languages, made once per set of
 * languages and kept while the background lives (made in the background, so a page never
 * compiles names).
 */
import { buildNameIndex } from '../engine/foods/name-index';
import type { NameIndex } from '../engine/foods/name-index-format';
import { slimFood } from '../engine/foods/slim';
import { LANGS, type Food, type Lang } from '../engine/foods/types';

const made = new Map<string, NameIndex>();

export function nameIndexFor(foods: readonly Food[], langs: readonly Lang[]): NameIndex {
  const wanted = LANGS.filter((l) => l === 'en' || langs.includes(l));
  const key = wanted.join(',');
  let index = made.get(key);
  if (!index) {
    index = buildNameIndex(foods.map((food) => slimFood(food, wanted)));
    made.set(key, index);
  }
  return index;
}
