/** Every hand-written food, shelf by shelf. The generator and the data tests read this list. */
import type { FoodSource } from './define';
import { BREADS_PASTA } from './breads-pasta';
import { CONDIMENTS_SAUCES } from './condiments-sauces';
import { DAIRY, EGGS } from './dairy-ferments';
import { DRINKS } from './drinks';
import { FRUIT } from './fruit';
import { GRAINS_FLOURS } from './grains-flours';
import { HERBS_SPICES } from './herbs-spices';
import { LEGUMES } from './legumes';
import { MEAT_FISH } from './meat-fish';
import { NUTS_SEEDS } from './nuts-seeds';
import { OILS_SWEETENERS_BAKING } from './oils-sweeteners-baking';
import { PREPARED_FOODS } from './prepared-foods';
import { VEGETABLES } from './vegetables';

export const FOOD_SOURCES: readonly FoodSource[] = [
  ...LEGUMES,
  ...GRAINS_FLOURS,
  ...BREADS_PASTA,
  ...VEGETABLES,
  ...FRUIT,
  ...NUTS_SEEDS,
  ...DAIRY,
  ...EGGS,
  ...HERBS_SPICES,
  ...CONDIMENTS_SAUCES,
  ...OILS_SWEETENERS_BAKING,
  ...MEAT_FISH,
  ...DRINKS,
  ...PREPARED_FOODS,
];
