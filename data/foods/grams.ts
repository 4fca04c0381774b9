/**
 * Grams per household unit from SR28's weight descriptors ("1 cup, chopped" 160 g -> cup: 160;
 * "1 medium (2-3/4" dia)" 182 g -> medium: 182, piece: 182). Descriptors that do not parse are skipped.
 */
import type { Sr28Weight } from './sr28';

/** SR28 measure words and the unit key they give. */
const UNIT_WORDS: Record<string, string> = {
  cup: 'cup',
  cups: 'cup',
  tbsp: 'tbsp',
  tablespoon: 'tbsp',
  tsp: 'tsp',
  teaspoon: 'tsp',
  medium: 'medium',
  large: 'large',
  small: 'small',
  clove: 'clove',
  slice: 'slice',
  piece: 'piece',
  fruit: 'fruit',
  stalk: 'stalk',
  spear: 'spear',
  leaf: 'leaf',
  head: 'head',
  ear: 'ear',
  can: 'can',
  pat: 'pat',
  stick: 'stick',
  sprig: 'sprig',
  bunch: 'bunch',
  egg: 'piece',
  whole: 'whole',
  link: 'link',
  bar: 'bar',
  shallot: 'piece',
  pepper: 'piece',
  root: 'piece',
  date: 'piece',
  fig: 'piece',
  nut: 'piece',
  kernel: 'piece',
  floweret: 'floweret',
  bulb: 'bulb',
  tortilla: 'piece',
  bagel: 'piece',
  muffin: 'piece',
  roll: 'piece',
  cookie: 'piece',
  cracker: 'piece',
  wedge: 'wedge',
};

/** Unit keys that stand for "one of it" when a line says "2 onions". */
const PIECE_ORDER = ['medium', 'whole', 'fruit', 'piece', 'large', 'small', 'clove', 'head', 'ear', 'bulb', 'stalk', 'slice'];

function parseQuantity(text: string): number | null {
  const mixed = /^(\d+)-(\d+)\/(\d+)$/.exec(text);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const frac = /^(\d+)\/(\d+)$/.exec(text);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** One SR28 measure to [unit, grams per unit], or null. */
export function parseMeasure(weight: Sr28Weight): [string, number] | null {
  const match = /^\s*([\d./-]+)\s+([a-z]+)/i.exec(weight.measure);
  if (!match) return null;
  const quantity = parseQuantity(match[1]);
  const unit = UNIT_WORDS[match[2].toLowerCase()];
  if (!quantity || !unit) return null;
  return [unit, Math.round((weight.grams / quantity) * 10) / 10];
}

/** Grams per unit for a food, with `piece` set from the most typical piece-like unit. */
export function gramsFromWeights(weights: Sr28Weight[]): Record<string, number> | undefined {
  const grams: Record<string, number> = {};
  for (const weight of weights) {
    const parsed = parseMeasure(weight);
    if (parsed && grams[parsed[0]] === undefined) grams[parsed[0]] = parsed[1];
  }
  if (grams.piece === undefined) {
    const unit = PIECE_ORDER.find((u) => grams[u] !== undefined);
    if (unit) grams.piece = grams[unit];
  }
  const keys = Object.keys(grams).sort();
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((k) => [k, grams[k]]));
}
