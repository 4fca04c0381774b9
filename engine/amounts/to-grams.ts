/**
 * Grams of a food from a parsed quantity: mass units directly, volumes through the food's cup
 * weight (or its category's typical density), pieces through the food's piece weights, cans
 * through their stated size (or a default can). Fallbacks are marked `estimated`.
 */
import type { Food } from '../foods/types';
import {
  CUP_GRAMS_BY_CATEGORY,
  CUP_GRAMS_FALLBACK,
  DEFAULT_CAN_GRAMS,
  DRAINED_SHARE_BY_CATEGORY,
  MEDIUM_PIECE_GRAMS_BY_CATEGORY,
  SIZE_FACTOR,
  UNIT_GRAMS,
} from './default-weights';
import type { Measure, PackageUnit, PieceUnit, Quantity, VolumeUnit } from './types';
import { GRAMS_PER, isMassUnit, isPackageUnit, isPieceUnit, isVolumeUnit, ML_PER, ML_PER_CUP } from './units';

export type GramsHow = 'mass' | 'volume' | 'piece' | 'can';

export interface Grams {
  grams: number;
  how: GramsHow;
  /** A typical weight stood in for one the food list does not give. */
  estimated: boolean;
}

type FoodWeights = Pick<Food, 'category' | 'grams'>;

function known(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Grams of `amount` of a volume unit of `food`. */
function volumeGrams(amount: number, unit: VolumeUnit, food: FoodWeights): Grams {
  const weights = food.grams ?? {};
  const own = weights[unit];
  if (known(own)) return { grams: amount * own, how: 'volume', estimated: false };
  const cups = (amount * ML_PER[unit]) / ML_PER_CUP;
  if (known(weights.cup)) return { grams: cups * weights.cup, how: 'volume', estimated: false };
  if (known(weights.tbsp)) return { grams: cups * 16 * weights.tbsp, how: 'volume', estimated: false };
  if (known(weights.tsp)) return { grams: cups * 48 * weights.tsp, how: 'volume', estimated: false };
  const perCup = CUP_GRAMS_BY_CATEGORY[food.category] ?? CUP_GRAMS_FALLBACK;
  return { grams: cups * perCup, how: 'volume', estimated: true };
}

/** Grams of a stated size ("15 oz", "400 g", "13.5 fl oz"). */
function measureGrams(measure: Measure, food: FoodWeights): Grams {
  if (isMassUnit(measure.unit)) return { grams: measure.amount * GRAMS_PER[measure.unit], how: 'mass', estimated: false };
  return volumeGrams(measure.amount, measure.unit, food);
}

/** Grams of one piece of `food` in a piece-like unit (null = a bare count: "2 onions"). */
function pieceGrams(unit: PieceUnit | null, food: FoodWeights): { grams: number; estimated: boolean } | null {
  const weights = food.grams ?? {};
  const produce = MEDIUM_PIECE_GRAMS_BY_CATEGORY[food.category];
  if (unit === null || unit === 'piece' || unit === 'small' || unit === 'medium' || unit === 'large') {
    const size = unit === 'small' || unit === 'large' ? unit : 'medium';
    const exact = unit === null || unit === 'piece' ? (weights.piece ?? weights.medium ?? weights.fruit) : weights[size];
    if (known(exact)) return { grams: exact, estimated: false };
    const base = weights.medium ?? weights.piece ?? weights.fruit;
    if (known(base)) return { grams: base * SIZE_FACTOR[size], estimated: size !== 'medium' };
    return known(produce) ? { grams: produce * SIZE_FACTOR[size], estimated: true } : null;
  }
  const own = weights[unit];
  if (known(own)) return { grams: own, estimated: false };
  const typical = UNIT_GRAMS[unit];
  return known(typical) ? { grams: typical, estimated: true } : null;
}

function packageGrams(amount: number, unit: PackageUnit, quantity: Quantity, food: FoodWeights): Grams | null {
  const own = food.grams?.[unit];
  if (!quantity.each && known(own)) return { grams: amount * own, how: 'can', estimated: false };
  // A can's stated size is its net weight, liquid included; beans are eaten drained.
  const drained = unit === 'can' ? DRAINED_SHARE_BY_CATEGORY[food.category] : undefined;
  const share = known(drained) ? drained : 1;
  if (quantity.each) {
    const each = measureGrams(quantity.each, food);
    return { grams: amount * each.grams * share, how: 'can', estimated: each.estimated || share !== 1 };
  }
  if (unit === 'can') return { grams: amount * DEFAULT_CAN_GRAMS * share, how: 'can', estimated: true };
  return null;
}

/**
 * Grams of `food` that `quantity` stands for, or null when the line gives no amount or the unit
 * has no weight we can know ("1 package" of unstated size, "2 heads" of a food with no head weight).
 */
export function toGrams(quantity: Quantity, food: FoodWeights): Grams | null {
  const amount = quantity.amount;
  if (amount === null || !(amount > 0)) return null;
  if (quantity.alt && isMassUnit(quantity.alt.unit)) {
    return { grams: quantity.alt.amount * GRAMS_PER[quantity.alt.unit], how: 'mass', estimated: false };
  }
  const unit = quantity.unit;
  if (unit !== null) {
    if (isMassUnit(unit)) return { grams: amount * GRAMS_PER[unit], how: 'mass', estimated: false };
    if (isVolumeUnit(unit)) return volumeGrams(amount, unit, food);
    if (isPackageUnit(unit)) return packageGrams(amount, unit, quantity, food);
  }
  if (quantity.each) {
    const each = measureGrams(quantity.each, food);
    return { grams: amount * each.grams, how: 'piece', estimated: each.estimated };
  }
  const piece = pieceGrams(unit !== null && isPieceUnit(unit) ? unit : null, food);
  return piece ? { grams: amount * piece.grams, how: 'piece', estimated: piece.estimated } : null;
}
