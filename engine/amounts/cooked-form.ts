/**
 * Grains and pasta are listed as bought (dry), but lines often measure them cooked ("4 cups cooked
 * rice"): cooked, they hold about twice their weight in water, so a cup or a gram of cooked grain is
 * about a third of that of dry grain (SR28: rice 1 cup cooked 158 g from ~55 g dry; pasta 1 cup
 * cooked 140 g from ~56 g dry). Legumes in the list are already their cooked or canned form.
 */
import type { Food } from '../foods/types';

/** Categories whose listed fiber is for the dry form. */
const DRY_LISTED: ReadonlySet<string> = new Set(['grain', 'pasta']);

/** Dry weight per weight (or per cup) of cooked grain and pasta. */
export const DRY_SHARE_OF_COOKED = 1 / 3;

/** "cooked" in the seven languages (and precooked), as a whole word: "uncooked" is not. */
const COOKED =
  /(?<![\p{L}])(?:pre-?)?(?:cooked|cocid[oa]s?|cocinad[oa]s?|cuit[es]*|gekocht(?:e[nrs]?)?|gegart(?:e[nrs]?)?|cott[oaie]|lessat[oaie]|gekookte?|cozid[oa]s?)(?![\p{L}])/iu;

/** The share of the line's weight that is the food as listed: 1/3 for cooked grains, else 1. */
export function listedFormShare(line: string, food: Pick<Food, 'category'>): number {
  return DRY_LISTED.has(food.category) && COOKED.test(line) ? DRY_SHARE_OF_COOKED : 1;
}
