/** The hover card's words for a food: reason and source texts from the bundled tables. */
import { describeFood, type FoodInfo } from '../../engine/foods/food-info';
import type { Food } from '../../engine/foods/types';

export function foodInfo(food: Food): FoodInfo {
  return describeFood(food, (key) => key, (key) => key);
}
