/** Every tip, by topic. The tip of the day is chosen in engine/summary/daily-tip.ts. */
import type { Tip } from '../../engine/summary/daily-tip';
import { COOKING_TIPS } from './cooking';
import { FERMENTED_TIPS } from './fermented';
import { FIBER_TIPS } from './fiber';
import { HYDRATION_TIPS } from './hydration';
import { MOVEMENT_TIPS } from './movement';
import { PLANT_TIPS } from './plants';
import { PREBIOTIC_TIPS } from './prebiotic';
import { SLEEP_TIPS } from './sleep';
import { STRESS_TIPS } from './stress';

export const TIPS: readonly Tip[] = [
  ...FIBER_TIPS,
  ...FERMENTED_TIPS,
  ...PREBIOTIC_TIPS,
  ...PLANT_TIPS,
  ...HYDRATION_TIPS,
  ...SLEEP_TIPS,
  ...STRESS_TIPS,
  ...MOVEMENT_TIPS,
  ...COOKING_TIPS,
];
