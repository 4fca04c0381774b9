/**
 * What the engine sums up about a page's lines: the foods, where they first appear, plants and
 * fiber. Plain data, sent from the content script to the background and the popup.
 */
import type { Tag } from '../foods/types';

/** One bundled food as found in the page's ingredient lines or product titles. */
export interface PageFood {
  id: string;
  /** Canonical English name (the popup translates through the food list when it can). */
  name: string;
  tags: Tag[];
  /** How many lines name it. */
  count: number;
  /** Index in `lines` of the first line that names it. */
  firstLine: number;
}

/** An ingredient line (recipe) or product title (grocery), with the foods it names. */
export interface PageLine {
  text: string;
  foodIds: string[];
}

/** Fiber per serving estimated from a recipe's amounts. */
export interface FiberEstimate {
  perServingG: number;
  /** Share of a 30 g day, 0..1+. */
  dayShare: number;
  servings?: number;
  /** Some food lines had no amount or no known weight: say "about". */
  approximate: boolean;
}


/** Distinct plants: varieties of one plant count once; herbs and spices (`quarter`) count a quarter. */
export interface PlantCount {
  count: number;
  groups: string[];
  quarter: string[];
}
