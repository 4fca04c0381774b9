/** The hover card's words for a food: reason labels and short citations, made at build time. */
import { CARD_TEXTS } from 'virtual:gut-lens/content-foods';
import { describeFood, type FoodInfo } from '../../engine/foods/food-info';
import type { FoodCore } from '../../engine/foods/types';

export function foodInfo(food: FoodCore): FoodInfo {
  return describeFood(
    food,
    (key) => CARD_TEXTS.reasons[key] ?? key,
    (key) => CARD_TEXTS.sources[key] ?? key,
  );
}
