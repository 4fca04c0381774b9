/**
 * What the matching loop (match-core.ts) reads: the names as a phrase index, the bit tables that
 * let most words skip every lookup, and the compound heads. Two makers fill it: the compiler
 * (name-compile.ts, every name up front) and the precomputed index (index-table.ts, the names
 * behind a word's prefix hash only when a word first needs them). Both mark the same bits with
 * the same hashes (word-filters.ts), so both give the same answers.
 */
import type { PhraseIndex } from './phrase-index';
import type { ContextRule, FoodCore, Tag } from './types';
import { PAIR_TABLE, PREFIX_TABLE, STEM_TABLE, pairOf, prefixOf, stemOf } from './word-filters';

/** One name: the food it names (null for a non-food phrase) and its languages as a bit mask. */
export interface NameEntry {
  food: CompiledFood | null;
  langs: number;
}

export interface CompiledFood {
  food: FoodCore;
  name: string;
  tags: Tag[];
  rules: readonly ContextRule[];
}

/** The name the card and the hits show: the first English name (the id, spaced, when the list left it out). */
export function displayName(food: FoodCore): string {
  return food.names.en?.[0] ?? food.id.replace(/-/g, ' ');
}

export function compiledFood(food: FoodCore): CompiledFood {
  return { food, name: displayName(food), tags: food.tags.map((t) => t.tag), rules: food.contextRules ?? [] };
}

/** Slot states in `NameTable.slots`. */
export const SLOT_EMPTY = 0;
export const SLOT_PENDING = 1;
export const SLOT_READ = 2;

export interface NameTable<F extends FoodCore = FoodCore> {
  readonly names: PhraseIndex<NameEntry>;
  /**
   * Per prefix hash of a first word (prefixOf): SLOT_EMPTY when no name's first word has it,
   * SLOT_PENDING when some have and are not in `names` yet (`readSlot` puts them in), SLOT_READ.
   */
  readonly slots: Uint8Array;
  readSlot(slot: number): void;
  /** Three-letter beginnings and lengths of name words (stemOf), beginnings (prefixOf), first-two-word pairs (pairOf). */
  readonly stems: Uint8Array;
  readonly prefixes: Uint8Array;
  readonly pairs: Uint8Array;
  hasHeads(): boolean;
  /** The compound head of `word.slice(0, end)`, when some head ends like it. */
  headAt(word: string, end: number): NameEntry | undefined;
  food(id: string): F | undefined;
  /** Called whenever names were added: word guesses remembered before may miss them. */
  onGrow(listener: () => void): void;
}

export interface FilterTables {
  slots: Uint8Array;
  stems: Uint8Array;
  prefixes: Uint8Array;
  pairs: Uint8Array;
}

export function createFilterTables(): FilterTables {
  return {
    slots: new Uint8Array(PREFIX_TABLE),
    stems: new Uint8Array(STEM_TABLE),
    prefixes: new Uint8Array(PREFIX_TABLE),
    pairs: new Uint8Array(PAIR_TABLE),
  };
}

/**
 * Mark the words of a key (folded words joined by single spaces): the pair of its first two
 * words always, and each word's beginning and length unless it is a non-food phrase (those only
 * start names; their words are no name words to guess towards). The first word's slot is the
 * caller's (it knows whether the names behind it are in).
 */
export function markKey(tables: FilterTables, key: string, food: boolean): void {
  const space = key.indexOf(' ');
  if (space > 0) tables.pairs[pairOf(key, 0, key, space + 1)] = 1;
  if (!food) return;
  let start = 0;
  for (let i = space; i >= 0; i = key.indexOf(' ', i + 1)) {
    tables.stems[stemOf(key, start, i - start)] = 1;
    tables.prefixes[prefixOf(key, start)] = 1;
    start = i + 1;
  }
  tables.stems[stemOf(key, start, key.length - start)] = 1;
  tables.prefixes[prefixOf(key, start)] = 1;
}
