/**
 * Making the precomputed name index (name-index-format.ts) from a food list, at build time: the
 * Vite plugin for the content script, the background for the names of other languages, Node
 * tools and tests. It compiles the list once (name-compile.ts) and writes down what that left.
 */
import { createNameCompiler, type CompiledNames } from './name-compile';
import { SLOT_EMPTY, hasBit, type NameEntry } from './name-table';
import { HEAD_FOOD, ID_NAMED, INDEX_VERSION, KEY_SEP, LANGS_SEP, LINE, idKey, type NameIndex } from './name-index-format';
import type { FoodCore } from './types';
import { PLURAL_RULES } from './word-forms';
import { pairOf, prefixOf, stemOf } from './word-filters';

export function buildNameIndex(foods: readonly FoodCore[]): NameIndex {
  const compiler = createNameCompiler(foods);
  while (compiler.addSome(Number.POSITIVE_INFINITY));
  const state = compiler.state;
  const position = new Map(foods.map((food, i) => [food, i]));
  const ref = (entry: NameEntry): number => (entry.food ? (position.get(entry.food.food) ?? -1) : -1);

  const entries: { key: string; entry: NameEntry }[] = [];
  const langCounts = new Map<number, number>();
  for (const [key, node] of state.names.nodes) {
    if (!node.value) continue;
    entries.push({ key, entry: node.value });
    if (node.value.food) langCounts.set(node.value.langs, (langCounts.get(node.value.langs) ?? 0) + 1);
  }
  const langs = [...langCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1;

  // One line per food, then the non-food phrases; keys in the order the list gives them.
  const lines: string[][] = foods.map(() => []);
  const nonFood: string[] = [];
  const idNamed = new Set<number>();
  for (const { key, entry } of entries) {
    const food = ref(entry);
    if (food < 0) nonFood.push(key);
    else if (entry.langs === langs && key === idKey(foods[food].id)) idNamed.add(food);
    else lines[food].push(entry.langs === langs ? key : key + LANGS_SEP + entry.langs.toString(36));
  }
  const names = [
    ...lines.map((keys, food) => (idNamed.has(food) ? ID_NAMED : '') + keys.join(KEY_SEP)),
    nonFood.join(KEY_SEP),
  ].join(LINE);

  const heads = [...state.heads].map(([key, entry]) => key + HEAD_FOOD + ref(entry).toString(36));
  const bits = guessBits(entries.map((e) => e.key), state);
  return {
    v: INDEX_VERSION,
    foods: foods.length,
    keys: entries.length,
    langs,
    names,
    heads: heads.join(KEY_SEP),
    headKeys: heads.length,
    bits,
  };
}

const SLOTS = 0;
const PREFIXES = 1;
const STEMS = 2;
const PAIRS = 3;

/**
 * The bit tables' say matters only for a word whose guess keeps fewer than its first three
 * letters ("fries" -> "fry", "soy" -> "soies"): every other guess that names something shares the
 * word's beginning with that name, so the name's own group sets the bits it needs. For those few
 * words, the compiled tables' bits go into the index as they are (hash collisions included); the
 * names such a guess reaches are read when it is looked up (index-table.ts).
 */
function guessBits(keys: readonly string[], state: CompiledNames): number[] {
  const rules = Object.values(PLURAL_RULES).flat();
  const { slots, prefixes, stems, pairs } = state.tables;
  const isSet = (table: number, bit: number): boolean =>
    table === SLOTS ? slots[bit] !== SLOT_EMPTY : hasBit([prefixes, stems, pairs][table - 1], bit);
  const seen = new Set<string>();
  const bits: number[] = [];
  const add = (table: number, bit: number) => {
    if (!isSet(table, bit) || seen.has(`${table}:${bit}`)) return;
    seen.add(`${table}:${bit}`);
    bits.push(table, bit);
  };
  for (const key of keys) {
    const parts = key.split(' ');
    parts.forEach((name, at) => {
      for (const [plural, singular] of rules) {
        for (const [from, to] of [[plural, singular], [singular, plural]]) {
          const kept = name.length - to.length;
          if (!name.endsWith(to) || kept >= 3 || kept < 0) continue;
          // `word` guesses `name` keeping fewer than three of its letters.
          const word = name.slice(0, kept) + from;
          if (word.length === 0) continue;
          add(PREFIXES, prefixOf(word, 0));
          add(STEMS, stemOf(word, 0, name.length));
          if (at === 1) add(PAIRS, pairOf(parts[0], 0, word, 0));
          if (parts.length === 1) add(SLOTS, prefixOf(word, 0));
        }
      }
    });
  }
  return bits;
}
