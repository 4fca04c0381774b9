/** Every swap, by theme. The gains are computed from the food list in engine/summary/swaps.ts. */
import type { Swap } from '../../engine/summary/swaps';
import { BAKING_SWAPS } from './baking';
import { BREAD_SWAPS } from './bread';
import { BREAKFAST_SWAPS } from './breakfast';
import { CONDIMENT_SWAPS } from './condiments';
import { DAIRY_SWAPS } from './dairy';
import { DRINK_SWAPS } from './drinks';
import { GRAIN_SWAPS } from './grains';
import { PRODUCE_SWAPS } from './produce';
import { PROTEIN_SWAPS } from './protein';
import { SNACK_SWAPS } from './snacks';

export const SWAPS: readonly Swap[] = [
  ...GRAIN_SWAPS,
  ...BREAD_SWAPS,
  ...BAKING_SWAPS,
  ...BREAKFAST_SWAPS,
  ...DAIRY_SWAPS,
  ...DRINK_SWAPS,
  ...SNACK_SWAPS,
  ...PRODUCE_SWAPS,
  ...PROTEIN_SWAPS,
  ...CONDIMENT_SWAPS,
];
