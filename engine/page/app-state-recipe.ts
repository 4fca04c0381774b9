/**
 * A recipe in a JavaScript page's application state (see app-state.ts), found by its shape: an
 * object with an ingredient list (`ingredients`, `ingredientLines`, `recipeIngredient`,
 * `grouped_ingredients`, …) beside its steps (`instructions`, `steps`, `method`, `directions`,
 * `preparation…`) or, when the steps live in its HTML, beside recipe-only keys (cooking times,
 * servings, yield). The first such object in page order is the page's
 * recipe. The walk is iterative and capped by LIMITS.appStateValues and LIMITS.jsonDepth.
 */
import type { FoodMatcher } from '../foods/matcher';
import type { FoodCore } from '../foods/types';
import { readAppState } from './app-state';
import { cleanMarkupText } from './clean-text';
import { INGREDIENT_LIST_KEY, listAmounts, normalizedKey, stateIngredientLines } from './ingredient-object';
import { tidyLine } from './ingredient-line';
import { LIMITS } from './limits';
import { looksLikeAmountLine } from './recipe-vocabulary';
import type { ExtraScan } from './extra-scan';

type Obj = Record<string, unknown>;

const STEPS_KEY = /instructions?|steps?$|method|directions|preparation(?!time)/;
/** Keys only a recipe has beside its ingredients when its steps are elsewhere (in its HTML). */
const RECIPE_KEY = /^(?:prep|preparation|cook|cooking|baking|total)time(?:minutes|inminutes)?$|^(?:servings|serves|portions|yield|recipeyield|baseportion)$/;
const STEP_TEXT = ['text', 'body', 'description', 'instruction', 'content', 'step'];

export interface StateRecipe {
  ingredients: string[];
  instructions: string[];
  title?: string;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stepLines(value: unknown): string[] {
  const out: string[] = [];
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0 && out.length < LIMITS.lines) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (depth > 4) continue;
    if (typeof v === 'string') {
      const line = cleanMarkupText(v);
      if (line) out.push(line);
    } else if (Array.isArray(v)) {
      for (let i = Math.min(v.length, LIMITS.lines) - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1 });
    } else if (isObj(v)) {
      const key = Object.keys(v).find((k) => STEP_TEXT.includes(normalizedKey(k)) || STEPS_KEY.test(normalizedKey(k)));
      if (key !== undefined) stack.push({ v: v[key], depth: depth + 1 });
    }
  }
  return out;
}

const SERVINGS_KEY = /^(?:servings?|servingsize|serves|portions?|numberofservings|yield)$/;

/**
 * Apps with a servings control often store amounts for one serving and multiply on screen. A
 * recipe that says it serves N (2 or more) while most of its numeric amounts are below one is
 * stored that way: its amounts are scaled by N. Otherwise 1.
 */
function perServingScale(o: Obj, items: readonly unknown[]): number {
  let servings = 0;
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (SERVINGS_KEY.test(normalizedKey(key)) && typeof v === 'number' && Number.isInteger(v)) servings = v;
  }
  if (servings < 2 || servings > 100) return 1;
  const amounts = listAmounts(items);
  const small = amounts.filter((a) => a > 0 && a < 1).length;
  return amounts.length >= 3 && small * 2 > amounts.length ? servings : 1;
}

/** The recipe fields of `o`, when it has an ingredient list beside its steps. */
function recipeOf(o: Obj): StateRecipe | null {
  let items: unknown[] | null = null;
  let steps: unknown;
  let recipeKey = false;
  for (const key of Object.keys(o)) {
    const k = normalizedKey(key);
    const v = o[key];
    if (v === null || v === undefined || v === '') continue;
    if (items === null && INGREDIENT_LIST_KEY.test(k) && Array.isArray(v) && v.length > 0) items = v;
    else if (steps === undefined && STEPS_KEY.test(k)) steps = v;
    else if (RECIPE_KEY.test(k)) recipeKey = true;
  }
  if (items === null || (steps === undefined && !recipeKey)) return null;
  const ingredients = stateIngredientLines(items, 0, perServingScale(o, items));
  if (ingredients.length < 2) return null;
  const name = o.name ?? o.title;
  return { ingredients, instructions: steps === undefined ? [] : stepLines(steps), title: typeof name === 'string' ? cleanMarkupText(name) || undefined : undefined };
}

/** The first recipe-shaped object in `roots`, depth-first in document order. */
export function findStateRecipe(roots: readonly unknown[]): StateRecipe | null {
  let budget = LIMITS.appStateValues;
  for (const root of roots) {
    const stack: { v: unknown; depth: number }[] = [{ v: root, depth: 0 }];
    while (stack.length > 0 && budget-- > 0) {
      const { v, depth } = stack.pop() as { v: unknown; depth: number };
      if (depth > LIMITS.jsonDepth) continue;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) if (typeof v[i] === 'object' && v[i] !== null) stack.push({ v: v[i], depth: depth + 1 });
        continue;
      }
      if (!isObj(v)) continue;
      const recipe = recipeOf(v);
      if (recipe) return recipe;
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const child = v[keys[i]];
        if (typeof child === 'object' && child !== null) stack.push({ v: child, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** A recipe read from the page's application state, kept when its lines read as ingredients. */
export function readStateRecipe(extras: ExtraScan, matcher: () => FoodMatcher<FoodCore>): StateRecipe | null {
  const recipe = findStateRecipe(readAppState(extras, 'ngredient'));
  if (!recipe) return null;
  const m = matcher();
  let like = 0;
  for (const line of recipe.ingredients) if (looksLikeAmountLine(tidyLine(line)) || m.match(line).length > 0) like++;
  return like * 2 >= recipe.ingredients.length ? recipe : null;
}
