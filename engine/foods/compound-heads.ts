/**
 * German and Dutch write a food with its qualifiers as one word ("Dinkelvollkornmehl",
 * "Naturjoghurt", "volkorenmeel"). When a word is no known name, its longest ending that is a
 * known one-word German or Dutch name (the compound's head) names the food.
 */
import type { Lang } from './types';

/** Languages that build such compounds. */
export const COMPOUND_LANGS: readonly Lang[] = ['de', 'nl'];

/** Shortest head that counts ("ei" or "ui" inside a longer word is too likely an accident). */
export const MIN_HEAD_LENGTH = 4;
/** Shortest qualifier before the head. */
const MIN_MODIFIER_LENGTH = 3;

/**
 * The longest head of `word` found by `lookup` (which may try singular forms itself), as
 * [value, offset of the head in the word], or null.
 */
export function compoundHead<V>(word: string, lookup: (head: string) => V | undefined): [V, number] | null {
  for (let k = MIN_MODIFIER_LENGTH; word.length - k >= MIN_HEAD_LENGTH; k++) {
    const value = lookup(word.slice(k));
    if (value !== undefined) return [value, k];
  }
  return null;
}

/**
 * Words for a part or a cut of a food that German and Dutch put after the food's name in one word
 * ("Knoblauchzehe", "Korianderblätter", "teentjes", "abrikozenhelften"): the food is the part
 * before them. Folded (no umlauts). Data, per language.
 */
export const PART_WORDS: Partial<Record<Lang, readonly string[]>> = {
  de: [
    'zehe', 'zehen', 'blatter', 'blattchen', 'blatt', 'scheiben', 'scheibe', 'wurfel', 'stucke', 'stuck', 'ringe',
    'stangel', 'stengel', 'stiele', 'spalten', 'halften', 'knolle', 'knollen', 'roschen', 'kerne', 'streifen',
    'stifte', 'schnitze', 'zweige', 'zweig',
  ],
  nl: [
    'teentje', 'teentjes', 'teen', 'tenen', 'blaadjes', 'blad', 'bladeren', 'stengels', 'stengel', 'ringen', 'plakjes',
    'blokjes', 'partjes', 'helften', 'roosjes', 'pitten', 'reepjes', 'takjes', 'snippers',
  ],
};

/** Shortest food name before a part word. */
const MIN_FOOD_LENGTH = 4;

/** Part words grouped by their last two letters, for a cheap check before any slicing. */
export type PartIndex = ReadonlyMap<number, readonly string[]>;

const lastTwo = (word: string): number => word.charCodeAt(word.length - 2) * 65536 + word.charCodeAt(word.length - 1);

/** Index part words (longest first within each group). */
export function indexParts(parts: readonly string[]): PartIndex {
  const out = new Map<number, string[]>();
  for (const part of [...parts].sort((a, b) => b.length - a.length)) {
    const key = lastTwo(part);
    const list = out.get(key) ?? [];
    list.push(part);
    out.set(key, list);
  }
  return out;
}

/**
 * The food named before a part word at the end of `word` ("knoblauchzehe" -> "knoblauch"), found by
 * `lookup` (which may try singular forms itself), or undefined. Longest part word first.
 */
export function foodBeforePart<V>(word: string, parts: PartIndex, lookup: (food: string) => V | undefined): V | undefined {
  const candidates = parts.get(lastTwo(word));
  if (!candidates) return undefined;
  for (const part of candidates) {
    if (word.length - part.length < MIN_FOOD_LENGTH || !word.endsWith(part)) continue;
    const value = lookup(word.slice(0, word.length - part.length));
    if (value !== undefined) return value;
  }
  return undefined;
}
