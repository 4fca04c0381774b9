/** The full food list's matcher, compiled once, for the command-line tools and tests. */
import { FOODS } from '../../data/foods';
import { compileMatcher, type FoodMatcher } from '../../engine/foods/matcher';

let matcher: FoodMatcher | null = null;

export function defaultMatcher(): FoodMatcher {
  matcher ??= compileMatcher(FOODS);
  return matcher;
}
