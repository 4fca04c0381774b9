/**
 * Fiber per serving of a recipe: for each ingredient line, its main food (the first food the
 * matcher finds outside the amount and outside brackets, so "1 cup yogurt or sour cream" counts
 * the yogurt), its grams from the line's amount, and grams × fiber / 100; summed, then divided by
 * the servings. Cooked grains count as their dry weight (the list's form). Lines whose amount or
 * weight cannot be known make the result approximate.
 */
import { listedFormShare } from '../amounts/cooked-form';
import { parseQuantity } from '../amounts/parse-quantity';
import { toGrams, type GramsHow } from '../amounts/to-grams';
import type { Quantity } from '../amounts/types';
import type { FoodMatcher } from '../foods/matcher';
import type { Food, FoodHit, Lang } from '../foods/types';
import type { FiberEstimate } from './types';

/** The daily fiber goal the popup compares with (g/day; EFSA adequate intake 25 g, most advice 30 g). */
export const DAILY_FIBER_G = 30;

/** One line's weight above this is a misread amount rather than an ingredient: left out, approximate. */
const MAX_LINE_GRAMS = 5000;

export interface FiberLine {
  /** Index of the line in the input. */
  index: number;
  text: string;
  /** The main food of the line. */
  foodId: string;
  quantity: Quantity;
  grams: number | null;
  how: GramsHow | null;
  /** The weight came from a typical value (category density, default can), not the food's own. */
  estimated: boolean;
  /** Grams of fiber this line adds, null when its weight is unknown. */
  fiberG: number | null;
}

export interface FiberPerServing {
  totalFiberG: number;
  /** Null when the servings are unknown. */
  perServingG: number | null;
  servings: number | null;
  /** Per serving / 30 g, null when the servings are unknown. */
  dayShare: number | null;
  /** Food lines whose grams are known. */
  linesWithAmount: number;
  /** Food lines without an amount or without a weight for their unit. */
  linesWithout: number;
  /** A fiber-carrying line lacked an amount or a weight, or its weight was a typical value. */
  approximate: boolean;
  /** One entry per line that names a food. */
  perLine: FiberLine[];
}

export interface EstimateFiberOptions {
  /** Language of the lines, for "1,000" vs "1,5" and similar. */
  lang?: Lang;
}

function bracketDepthAt(text: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
  }
  return depth;
}

/**
 * The food the line's amount belongs to: the first hit that is not part of the amount itself
 * ("3 cloves garlic" is not the spice clove) and not in brackets ("(or chickpeas)"), else the first.
 */
export function mainFood(text: string, hits: readonly FoodHit[], quantity: Quantity): FoodHit | undefined {
  const hasSpan = quantity.end > quantity.start;
  const outsideAmount = hits.filter((h) => !hasSpan || h.end <= quantity.start || h.start >= quantity.end);
  const pool = outsideAmount.length ? outsideAmount : hits;
  return pool.find((h) => bracketDepthAt(text, h.start) === 0) ?? pool[0];
}

export function estimateFiber(
  lines: readonly string[],
  servings: number | undefined,
  matcher: FoodMatcher,
  foods: readonly Food[],
  options: EstimateFiberOptions = {},
): FiberPerServing {
  const byId = new Map(foods.map((f) => [f.id, f]));
  const perLine: FiberLine[] = [];
  let total = 0;
  let withAmount = 0;
  let without = 0;
  let approximate = false;
  lines.forEach((text, index) => {
    const hits = matcher.match(text);
    if (!hits.length) return;
    const quantity = parseQuantity(text, options.lang);
    const hit = mainFood(text, hits, quantity);
    const food = hit && (matcher.food(hit.id) ?? byId.get(hit.id));
    if (!hit || !food) return;
    const share = listedFormShare(text, food);
    const raw = toGrams(quantity, food);
    const weight = raw && share !== 1 ? { ...raw, grams: raw.grams * share, estimated: true } : raw;
    const usable = weight && weight.grams <= MAX_LINE_GRAMS ? weight : null;
    const fiberG = usable ? (usable.grams * food.fiber) / 100 : null;
    if (usable && fiberG !== null) {
      withAmount++;
      total += fiberG;
      if (usable.estimated && food.fiber > 0) approximate = true;
    } else {
      without++;
      if (food.fiber > 0) approximate = true;
    }
    perLine.push({
      index,
      text,
      foodId: food.id,
      quantity,
      grams: usable?.grams ?? null,
      how: usable?.how ?? null,
      estimated: usable?.estimated ?? false,
      fiberG,
    });
  });
  const known = servings !== undefined && Number.isFinite(servings) && servings > 0 ? servings : null;
  const perServingG = known === null ? null : total / known;
  return {
    totalFiberG: total,
    perServingG,
    servings: known,
    dayShare: perServingG === null ? null : perServingG / DAILY_FIBER_G,
    linesWithAmount: withAmount,
    linesWithout: without,
    approximate,
    perLine,
  };
}

/** The popup's summary of an estimate, or undefined when there is nothing to show per serving. */
export function toFiberEstimate(result: FiberPerServing): FiberEstimate | undefined {
  if (result.perServingG === null || result.servings === null || result.linesWithAmount === 0) return undefined;
  return {
    perServingG: result.perServingG,
    dayShare: result.dayShare ?? result.perServingG / DAILY_FIBER_G,
    servings: result.servings,
    approximate: result.approximate,
  };
}
