/**
 * Compiling a food list into a name table (name-table.ts) up front: every name in every language,
 * keyed by its folded words, with the bit tables and the compound heads. Incremental (`addSome`),
 * so that the content script can build it in idle slices. The precomputed index (name-index.ts)
 * is made from the state this leaves.
 */
import { COMPOUND_LANGS, MIN_HEAD_LENGTH, compoundHead } from './compound-heads';
import { ALL_LANGS_MASK, langBit } from './lang-masks';
import { NON_FOOD_PHRASES } from './non-food-words';
import { addKey, addPhrase, createPhraseIndex, isPlainName, phraseWords, type PhraseMap } from './phrase-index';
import { LANGS, type FoodCore } from './types';
import { endingOf, prefixOf } from './word-filters';
import {
  SLOT_READ,
  compiledFood,
  createFilterTables,
  markKey,
  type FilterTables,
  type NameEntry,
  type NameTable,
} from './name-table';

export interface NameCompiler<F extends FoodCore> {
  readonly table: NameTable<F>;
  /** Add up to `count` more foods; false once every food (and the non-food phrases) is in. */
  addSome(count: number): boolean;
  /** The compiled state, for the index builder. */
  readonly state: CompiledNames;
}

export interface CompiledNames {
  names: PhraseMap<NameEntry>;
  heads: ReadonlyMap<string, NameEntry>;
  tables: FilterTables;
}

export function createNameCompiler<F extends FoodCore>(foods: readonly F[]): NameCompiler<F> {
  const byId = new Map<string, F>();
  const names: PhraseMap<NameEntry> = createPhraseIndex();
  const heads = new Map<string, NameEntry>();
  const tables = createFilterTables();
  const headEnds = new Set<number>();
  const compoundMask = COMPOUND_LANGS.reduce((m, l) => m | langBit(l), 0);
  const mergeLangs = (old: NameEntry, added: NameEntry): NameEntry =>
    old.food === added.food ? { food: old.food, langs: old.langs | added.langs } : old;

  function addName(name: string, entry: NameEntry): void {
    let key: string;
    if (isPlainName(name)) key = name;
    else {
      const words = phraseWords(name);
      if (words.length === 0) return;
      key = words.join(' ');
      if (name.includes('-')) addName(name.replace(/-/g, ''), entry);
    }
    markKey(tables, key, true);
    addKey(names, key, entry, mergeLangs);
    tables.slots[prefixOf(key, 0)] = SLOT_READ;
    if (!key.includes(' ') && entry.langs & compoundMask && key.length >= MIN_HEAD_LENGTH && !heads.has(key)) {
      heads.set(key, entry);
      headEnds.add(endingOf(key, key.length));
    }
  }

  function addFood(food: F): void {
    byId.set(food.id, food);
    const compiled = compiledFood(food);
    for (const lang of LANGS) {
      const list = food.names[lang];
      if (!list) continue;
      const entry: NameEntry = { food: compiled, langs: langBit(lang) };
      for (const name of list) addName(name, entry);
    }
  }

  /** Non-food phrases go in after every food, so that a food's own name keeps its place. */
  function addNonFoodPhrases(): void {
    const nonFood: NameEntry = { food: null, langs: ALL_LANGS_MASK };
    for (const phrase of NON_FOOD_PHRASES) {
      const words = phraseWords(phrase);
      const key = addPhrase(names, words, nonFood);
      if (key === null) continue;
      tables.slots[prefixOf(key, 0)] = SLOT_READ;
      markKey(tables, key, false);
    }
  }

  const headLookup = (head: string): NameEntry | undefined => heads.get(head);
  const table: NameTable<F> = {
    names,
    ...tables,
    readSlot: () => undefined,
    hasHeads: () => headEnds.size > 0,
    headAt(word, end) {
      if (!headEnds.has(endingOf(word, end))) return undefined;
      return compoundHead(end === word.length ? word : word.slice(0, end), headLookup)?.[0];
    },
    food: (id) => byId.get(id),
  };

  let added = 0;
  let finished = false;
  return {
    table,
    state: { names, heads, tables },
    addSome(count) {
      if (finished) return false;
      const end = Math.min(foods.length, added + count);
      for (; added < end; added++) addFood(foods[added]);
      if (added >= foods.length) {
        addNonFoodPhrases();
        finished = true;
      }
      return !finished;
    },
  };
}
