/**
 * What the matching loop (match-core.ts) reads: the names as a phrase index, the bit tables that
 * let most words skip every lookup, and the compound heads. Two makers fill it: the compiler
 * (name-compile.ts, every name up front) and the precomputed index (index-table.ts, which looks
 * names up in place and marks the bits of a word's prefix hash when a word first needs them).
 * Both mark the same bits with the same hashes (word-filters.ts), so both give the same answers.
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

export interface FilterTables {
  /**
   * Per prefix hash of a first word (prefixOf): SLOT_EMPTY when no name's first word has it,
   * SLOT_PENDING when some have and their bits are not marked yet (`readSlot` marks them), SLOT_READ.
   */
  slots: Uint8Array;
  /** Bitsets (see hasBit): three-letter beginnings and lengths of name words (stemOf), beginnings (prefixOf), first-two-word pairs (pairOf). */
  stems: Uint32Array;
  prefixes: Uint32Array;
  pairs: Uint32Array;
  /**
   * Per prefix hash of a word: when a name word with it last added a bit (a count of such
   * changes). A word's guesses made before then may miss a name; made after, they are current.
   */
  stamps: Uint32Array;
}

export interface NameTable<F extends FoodCore = FoodCore> extends Readonly<FilterTables> {
  readonly names: PhraseIndex<NameEntry>;
  readSlot(slot: number): void;
  hasHeads(): boolean;
  /** The compound head of `word.slice(0, end)`, when some head ends like it. */
  headAt(word: string, end: number): NameEntry | undefined;
  food(id: string): F | undefined;
}

export function createFilterTables(): FilterTables {
  return {
    slots: new Uint8Array(PREFIX_TABLE),
    stems: new Uint32Array(STEM_TABLE >>> 5),
    prefixes: new Uint32Array(PREFIX_TABLE >>> 5),
    pairs: new Uint32Array(PAIR_TABLE >>> 5),
    stamps: new Uint32Array(PREFIX_TABLE),
  };
}

/** Whether bit `at` of a bitset is set. */
export function hasBit(bits: Uint32Array, at: number): boolean {
  return (bits[at >>> 5] & (1 << (at & 31))) !== 0;
}

export function setBit(bits: Uint32Array, at: number): void {
  bits[at >>> 5] |= 1 << (at & 31);
}

let clock = 0;
/** The current count of bit changes (see FilterTables.stamps). */
export function stampNow(): number {
  return clock;
}

/** Mark one name word (at `start`, `length` long), stamping its prefix when a bit is new. */
export function markWord(tables: FilterTables, text: string, start: number, length: number): void {
  const stem = stemOf(text, start, length);
  const prefix = prefixOf(text, start);
  if (hasBit(tables.stems, stem) && hasBit(tables.prefixes, prefix)) return;
  setBit(tables.stems, stem);
  setBit(tables.prefixes, prefix);
  tables.stamps[prefix] = ++clock;
}

/**
 * Mark the words of a key (folded words joined by single spaces): the pair of its first two
 * words always, and each word's beginning and length unless it is a non-food phrase (those only
 * start names; their words are no name words to guess towards). The first word's slot is the
 * caller's.
 */
export function markKey(tables: FilterTables, key: string, food: boolean): void {
  markKeyAt(tables, key, 0, key.length, food);
}

/**
 * `markKey` for the key at `text[start, end)`, read in place: words end at any code below "0"
 * (a space in a key, a hyphen in an id), as word-filters.ts reads them.
 */
export function markKeyAt(tables: FilterTables, text: string, start: number, end: number, food: boolean): void {
  let stop = start;
  while (stop < end && text.charCodeAt(stop) >= 48) stop++;
  if (stop < end) setBit(tables.pairs, pairOf(text, start, text, stop + 1));
  if (!food) return;
  for (let word = start; ; ) {
    markWord(tables, text, word, stop - word);
    if (stop >= end) return;
    word = stop + 1;
    stop = word;
    while (stop < end && text.charCodeAt(stop) >= 48) stop++;
  }
}
