/**
 * The shape of the bundled food list and of what the matcher finds in text.
 * Shared by the data generator, the matcher, the content script and the CLI.
 */

/** The three gut tags the UI paints. */
export type GutTag = 'fiber' | 'prebiotic' | 'probiotic';
/** Every tag a food can carry: the gut tags plus `plant` (counts toward plant diversity). */
export type Tag = GutTag | 'plant';

export const GUT_TAGS: readonly GutTag[] = ['fiber', 'prebiotic', 'probiotic'];
export const ALL_TAGS: readonly Tag[] = ['fiber', 'prebiotic', 'probiotic', 'plant'];

/** Languages whose names ship with the food list. */
export type Lang = 'en' | 'es' | 'fr' | 'de' | 'it' | 'nl' | 'pt';
export const LANGS: readonly Lang[] = ['en', 'es', 'fr', 'de', 'it', 'nl', 'pt'];

/** Why a food carries a tag: a reason key (see data/reasons) and a source key (see data/sources). */
export interface TagClaim {
  tag: Tag;
  reason: string;
  source: string;
}

/**
 * What matching and painting need of a food: no USDA number, shelf category or gram weights. The
 * content script ships only this (its size budget); the background and the CLI have the full Food.
 */
export type FoodCore = Omit<Food, 'ndb' | 'blend' | 'category' | 'grams'>;

/** One food of the bundled list, as the generator writes it to data/foods.generated.json. */
export interface Food {
  /** Stable id, kebab-case, English: `black-bean`. Never reused for another food. */
  id: string;
  /** Coarse shelf category, e.g. `legume`, `grain`, `vegetable`, `dairy`, `herb-spice`. */
  category: string;
  /** Counts toward plant diversity. */
  plant: boolean;
  /** Counts as a quarter plant (herbs and spices). */
  quarterPlant?: boolean;
  /** Plant identity for diversity counting: varieties of one plant share it (`onion`, `rice`). */
  plantGroup?: string;
  /** USDA SR28 NDB number of the form bought. */
  ndb: string;
  /** The other SR28 entries of a mix ("mixed berries"), in equal parts with `ndb`. */
  blend?: string[];
  /** Total dietary fiber, g per 100 g, from SR28 (nutrient 291) for `ndb` (a mix: the mean of its entries). */
  fiber: number;
  /** Tags with reason and source. `fiber` present iff the spec's fiber rule gives it. */
  tags: TagClaim[];
  /** Names per language: singular, plural and synonyms, lower case. English first is canonical. */
  names: Partial<Record<Lang, string[]>>;
  /** Context in a line that changes this food's tags (see ContextRule). */
  contextRules?: ContextRule[];
  /** Grams per piece/unit where known (`clove`, `medium`, `can`…), and grams per US cup. */
  grams?: { cup?: number; piece?: number; [unit: string]: number | undefined };
}

/**
 * Words around a food that change its tags, by the spec's rules:
 * - `resistant-starch-when-cooled`: gains `prebiotic` when the line says cooked and cooled / chilled /
 *   leftover / rinsed in cold water (potatoes, rice, pasta).
 * - `live-only-when-fermented`: `probiotic` only when the line says fermented / lacto-fermented /
 *   naturally fermented / live cultures (pickles).
 * - `dead-when-canned`: loses `probiotic` when the line says canned / tinned / shelf-stable / pasteurised
 *   (sauerkraut, kimchi).
 */
export type ContextRule = 'resistant-starch-when-cooled' | 'live-only-when-fermented' | 'dead-when-canned';

/** One food found in a line of text. Offsets are UTF-16 indices into the original text. */
export interface FoodHit {
  id: string;
  /** Canonical English name of the food. */
  name: string;
  /** The text as it appears in the line. */
  match: string;
  start: number;
  end: number;
  /** Tags after context rules ("canned sauerkraut" loses probiotic, "cooked and cooled rice" gains prebiotic). */
  tags: Tag[];
}
