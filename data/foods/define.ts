/**
 * The shape of one hand-written food entry (data/foods/*.ts) and the helpers that build it.
 * The generator (cli/generate-foods.ts) turns these into data/foods.generated.json.
 */
import type { ContextRule } from '../../engine/foods/types';

/** Why a food never carries `fiber`, whatever its number (gut-foods.md, "Never fiber"). */
export type FiberExclusion =
  | 'herb-spice'
  | 'salt'
  | 'condiment'
  | 'oil-fat'
  | 'sweetener'
  | 'extract'
  | 'leavening'
  | 'thickener'
  | 'stock'
  | 'refined-grain'
  | 'confectionery'
  | 'salty-snack'
  | 'breadcrumbs'
  | 'meat-substitute';

/** The established prebiotic substrates of gut-foods.md. */
export type PrebioticReason = 'fructans' | 'gos' | 'beta-glucan' | 'resistant-starch';

/** Why a food carries live cultures. */
export type ProbioticReason = 'live-cultures';

/** Options of one entry; what is not given comes from its shelf's defaults. */
export interface FoodOptions {
  /** Plant identity shared by varieties of one plant (`onion`, `rice`); defaults to the id for plants. */
  group?: string;
  plant?: boolean;
  quarterPlant?: boolean;
  notFiber?: FiberExclusion;
  prebiotic?: PrebioticReason;
  probiotic?: ProbioticReason;
  contextRules?: readonly ContextRule[];
  /**
   * Names this food wins when another food lists the same name (after lower-casing and accent
   * folding), in any language. A name on two foods without such a claim fails generation.
   */
  preferredFor?: readonly string[];
  /**
   * SR28 has no entry for this food: `ndb` is the nearest entry, and this says which and why.
   * The food's fiber and fiber tag follow that entry.
   */
  proxy?: string;
  /**
   * The food is a mix with no SR28 entry of its own ("mixed berries"): its fiber is the mean of
   * `ndb` and these entries, as equal parts. Say which and why in `proxy`.
   */
  blendWith?: readonly string[];
  /** SR28 lists the entry without a fiber value; the food gets fiber 0 (only allowed with a reason). */
  fiberMissing?: string;
}

/** One hand-written food. */
export interface FoodSource extends FoodOptions {
  id: string;
  category: string;
  /** USDA SR28 NDB number of the form bought (5 digits, as in the table). */
  ndb: string;
  /** English names. `'bean|s'` is `bean` + `beans`; `'cherr|y|ies'` is `cherry` + `cherries`. */
  names: string[];
  plant: boolean;
}

export type FoodDraft = Omit<FoodSource, 'category' | 'plant'> & { plant?: boolean };

/** One food: id, SR28 NDB number, English names, options. */
export function food(id: string, ndb: string, names: string[], options: FoodOptions = {}): FoodDraft {
  return { id, ndb, names, ...options };
}

/** A shelf: every food of one category, with the options they share. */
export function shelf(
  category: string,
  defaults: FoodOptions & { plant: boolean },
  drafts: FoodDraft[],
): FoodSource[] {
  return drafts.map((draft) => ({ ...defaults, ...draft, category, plant: draft.plant ?? defaults.plant }));
}

/** Expand the `|` shorthand of a name: `'bean|s'` -> bean, beans; `'cherr|y|ies'` -> cherry, cherries. */
export function expandName(name: string): string[] {
  const parts = name.split('|');
  if (parts.length === 1) return [name];
  if (parts.length === 2) return [parts[0], parts[0] + parts[1]];
  if (parts.length === 3) return [parts[0] + parts[1], parts[0] + parts[2]];
  throw new Error(`bad name shorthand: ${name}`);
}
