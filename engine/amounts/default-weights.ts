/**
 * Fallback weights for foods the list gives no weight for: grams per US cup by shelf category,
 * grams per piece-like unit, grams of a medium piece of produce, and the default can. Rounded
 * typical values from USDA SR28 household measures; every use of them is reported as estimated.
 */
import type { PieceUnit } from './types';

/**
 * Grams per US cup when a food has no `grams.cup`, by `Food.category`: near the median cup weight
 * of the foods of that category that have one (SR28 household measures).
 */
export const CUP_GRAMS_BY_CATEGORY: Readonly<Record<string, number>> = {
  legume: 175, // cooked or canned beans 164-177, dry lentils 198
  grain: 150, // flour 120-125, rolled oats 81, rice and quinoa 170-185
  pasta: 95, // dry pasta shapes 91-105
  bread: 100, // cubes and crumbs
  vegetable: 110, // chopped onion 160, carrot 128, broccoli 91, leafy greens 16-30
  fruit: 150, // berries 144-150, chopped apple 125
  'nut-seed': 140, // whole almonds 143, walnut halves 100, seeds 140-170
  dairy: 200, // yogurt 245, milk 244, shredded cheese 113
  'oil-fat': 218, // oils 218, butter 227
  fat: 218,
  'herb-spice': 60, // ground spices 100-110, dried leaves 20-40
  sweetener: 200, // white sugar 200, brown 220, honey 339
  condiment: 250,
  drink: 240,
  stock: 240,
  vinegar: 240,
  ferment: 140, // sauerkraut 142, kimchi 150
  prepared: 200,
  meat: 140,
  poultry: 140,
  'fish-seafood': 140,
  baking: 130,
  confectionery: 170, // chocolate chips 168
  'baked-sweet': 100,
  snack: 30,
  cracker: 55,
};

/** Grams per US cup for a food of an unknown category: water is 236.6, most foods are lighter. */
export const CUP_GRAMS_FALLBACK = 200;

/** Grams of one of a unit whose weight hardly depends on the food. */
export const UNIT_GRAMS: Readonly<Partial<Record<PieceUnit, number>>> = {
  clove: 3, // garlic clove, SR28 11215
  slice: 30, // bread slice 28-32, cheese slice 21-28
  handful: 30,
  bunch: 100, // herb bunch 30-60, spinach or kale bunch 340: the middle of a wide range
  stick: 113, // US butter stick
  sprig: 1,
  stalk: 40, // celery stalk, SR28 11143
  leaf: 0.5,
  ear: 90, // kernels of one medium ear of corn
  fillet: 150,
  sheet: 30,
  strip: 15,
  scoop: 30,
};

/** Grams of one medium piece when the food has no piece weight, by category (produce only). */
export const MEDIUM_PIECE_GRAMS_BY_CATEGORY: Readonly<Record<string, number>> = {
  vegetable: 120, // onion 110, carrot 61, bell pepper 119, potato 213
  fruit: 130, // apple 182, banana 118, pear 178, lemon 58
};

/** A small piece is this much of a medium one, a large one this much (SR28 size ratios, roughly). */
export const SIZE_FACTOR: Readonly<Record<'small' | 'medium' | 'large', number>> = {
  small: 0.7,
  medium: 1,
  large: 1.4,
};

/** Share of a can of beans that is beans once drained (SR28: a 15.5 oz can gives ~1.5 cups, 250 g). */
export const DRAINED_SHARE_BY_CATEGORY: Readonly<Record<string, number>> = {
  legume: 0.6,
};

/** Grams in a can of unstated size (EU 400 g, US 15 oz = 425 g). */
export const DEFAULT_CAN_GRAMS = 400;
