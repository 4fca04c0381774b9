/**
 * Does a recipe cook its live-culture foods? Cooking kills the cultures (Marco et al. 2021), so the
 * popup says so. A probiotic food counts as cooked when a step names it together with a heating
 * word, or names it in a step that heats and does not say it is added after the heat.
 */
import type { FoodMatcher } from '../foods/matcher';
import type { FoodCore } from '../foods/types';
import { wordPattern } from '../page/word-pattern';

const HEAT = wordPattern(
  [
    // en
    'bake', 'baked', 'baking', 'boil', 'simmer', 'fry', 'fried', 'saut[eé]', 'roast', 'grill', 'broil', 'oven', 'microwave', 'heat', 'cook', 'cooked',
    // es, fr, it, pt, de, nl
    'hornea', 'hervir', 'cocina', 'fr[ií]e', 'cuire', 'cuisson', 'four', 'mijoter', 'cuocere', 'forno', 'bollire', 'assar', 'forno', 'cozinhar',
    'backen', 'kochen', 'braten', 'backofen', 'bakken', 'koken', 'oven',
  ]
    .map((w) => `\\b${w}\\w*`)
    .join('|'),
);
const AFTER_HEAT = wordPattern(
  String.raw`\b(off the heat|remove from (?:the )?heat|after (?:baking|cooking)|to serve|serve with|top with|garnish|cool(?:ed)? (?:completely|slightly)|once cool)\b`,
);

/** True when a probiotic food of the recipe is heated in its steps; undefined when there are no steps. */
export function cooksLiveCultures(
  probioticIds: ReadonlySet<string>,
  instructions: readonly string[] | undefined,
  matcher: FoodMatcher<FoodCore>,
): boolean | undefined {
  if (!instructions || instructions.length === 0) return undefined;
  if (probioticIds.size === 0) return false;
  for (const step of instructions) {
    if (!HEAT.test(step) || AFTER_HEAT.test(step)) continue;
    if (matcher.match(step).some((hit) => probioticIds.has(hit.id))) return true;
  }
  return false;
}
