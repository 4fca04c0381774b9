/**
 * The hover card's words for a food: reason labels in the UI language (the browser falls back to
 * English) and short citations made at build time.
 */
import { CARD_TEXTS } from 'virtual:gut-lens/content-foods';
import { t } from './i18n';
import { describeFood, type FoodInfo } from '../../engine/foods/food-info';
import type { FoodCore } from '../../engine/foods/types';

export function foodInfo(food: FoodCore): FoodInfo {
  return describeFood(
    food,
    (key) => t(`reason_${key.replace(/-/g, '_')}`, key),
    (key) => CARD_TEXTS.sources[key] ?? key,
  );
}
