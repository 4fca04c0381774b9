/**
 * A name table (name-table.ts) read from a precomputed index (name-index-format.ts) in place.
 * Opening it (`startIndexTable`, a few lines a step for a caller that works in slices) makes one
 * pass over the index string with `indexOf` that notes where each key starts and ends, linked by
 * the prefix hash of its first word: no slicing, no map. A lookup walks the keys of its hash and compares them in the string (the answer is remembered); the bits of a
 * hash's keys are marked the first time a word with that hash comes by. So a page pays for the
 * words it has, not for the list.
 */
import { ALL_LANGS_MASK } from './lang-masks';
import { ID_NAMED, KEY_SEP, LANGS_SEP, LINE, idKey, type NameIndex } from './name-index-format';
import {
  SLOT_EMPTY,
  SLOT_PENDING,
  SLOT_READ,
  compiledFood,
  createFilterTables,
  markWord,
  setBit,
  type CompiledFood,
  type NameEntry,
  type NameTable,
} from './name-table';
import { openHeads } from './index-heads';
import type { PhraseNode } from './phrase-index';
import type { FoodList } from './food-list';
import type { FoodCore } from './types';
import { PREFIX_TABLE, pairOf, prefixOf } from './word-filters';

const CODE_LANGS = LANGS_SEP.charCodeAt(0);
const CODE_ID_NAMED = ID_NAMED.charCodeAt(0);
const NON_FOOD: NameEntry = { food: null, langs: ALL_LANGS_MASK };
const MISS: PhraseNode<NameEntry> = { value: undefined, more: false };
const MORE: PhraseNode<NameEntry> = { value: undefined, more: true };
const KEY_BITS = 15;
/** Looked-up keys remembered before starting over. */
const FOUND_LIMIT = 50_000;

/** Where `char` next occurs in `text` at or after `from` (the end of the text when it does not). */
function nextOf(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

const FNV_START = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** A hash of a whole key, read from `text[start, end)` (any code below "0" counts as a space). */
function keyHash(text: string, start: number, end: number): number {
  let h = FNV_START;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    h = Math.imul(h ^ (code < 48 ? 32 : code), FNV_PRIME);
  }
  return h >>> (32 - KEY_BITS);
}

/** A name table being opened a few index lines at a time (for a caller that works in slices). */
export interface IndexOpening<F extends FoodCore> {
  /** Read up to `lines` more lines of the index (once all are read, set its start bits); whether any work is left. */
  step(lines: number): boolean;
  /** The table: the lines left are read first. */
  table(): NameTable<F>;
}

export function startIndexTable<F extends FoodCore>(index: NameIndex, foods: FoodList<F>, foodById: (id: string) => F | undefined): IndexOpening<F> {
  const text = index.names;
  const tables = createFilterTables();
  const { slots } = tables;

  // Keys by prefix hash, as linked lists: where each starts and ends (-1: the food's id), whose it is (-1: no food's).
  const starts = new Int32Array(index.keys);
  const ends = new Int32Array(index.keys);
  const owners = new Int32Array(index.keys);
  const next = new Int32Array(index.keys);
  const first = new Int32Array(PREFIX_TABLE); // k + 1; 0 ends
  let count = 0;
  const note = (start: number, end: number, owner: number, slot: number) => {
    starts[count] = start;
    ends[count] = end;
    owners[count] = owner;
    next[count] = first[slot];
    first[slot] = ++count;
    slots[slot] = SLOT_PENDING;
  };
  let comma = nextOf(text, KEY_SEP, 0);
  let slash = nextOf(text, LANGS_SEP, 0);
  let at = 0;
  let row = 0;
  /** The opening pass, resumable: up to `lines` more lines; whether any are left. */
  function readLines(lines: number): boolean {
    for (const last = row + lines; at <= text.length && row < last; row++) {
      const lineEnd = nextOf(text, LINE, at);
      const owner = row < foods.length ? row : -1;
      if (owner >= 0 && text.charCodeAt(at) === CODE_ID_NAMED) {
        note(-1, -1, owner, prefixOf(foods.idAt(owner), 0));
        at++;
      }
      while (at < lineEnd) {
        if (comma < at) comma = nextOf(text, KEY_SEP, at);
        if (slash < at) slash = nextOf(text, LANGS_SEP, at);
        const stop = Math.min(comma, lineEnd);
        note(at, Math.min(slash, stop), owner, prefixOf(text, at));
        at = stop + 1;
      }
      at = lineEnd + 1;
    }
    return at <= text.length;
  }

  const compiled: (CompiledFood | undefined)[] = [];
  const usual: (NameEntry | undefined)[] = [];
  const idKeys: (string | undefined)[] = [];
  const compiledAt = (food: number): CompiledFood => (compiled[food] ??= compiledFood(foods.at(food)));
  const idKeyOf = (food: number): string => (idKeys[food] ??= idKey(foods.idAt(food)));
  function entryAt(k: number): NameEntry {
    const owner = owners[k];
    if (owner < 0) return NON_FOOD;
    const end = ends[k];
    if (end < 0 || text.charCodeAt(end) !== CODE_LANGS) return (usual[owner] ??= { food: compiledAt(owner), langs: index.langs });
    const langs = parseInt(text.slice(end + 1, Math.min(nextOf(text, KEY_SEP, end), nextOf(text, LINE, end))), 36);
    return { food: compiledAt(owner), langs };
  }

  // Keys whose bits are marked, linked by whole-key hash (k + 1; 0 ends), and the hashes of the
  // word-prefixes longer keys have (a lookup always comes after its first word's slot was read).
  const byKey = new Int32Array(1 << KEY_BITS);
  const keyNext = new Int32Array(index.keys);
  const extended = new Uint8Array(1 << KEY_BITS);

  /**
   * Read one key in a single pass: mark its words' bits (as markKeyAt does: the first pair
   * always, words only for a food's key), note the hashes of its word-prefixes, link it by hash.
   */
  function readKey(k: number, source: string, start: number, end: number, food: boolean): void {
    let h = FNV_START;
    let word = start;
    for (let i = start; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code >= 48) {
        h = Math.imul(h ^ code, FNV_PRIME);
        continue;
      }
      extended[h >>> (32 - KEY_BITS)] = 1;
      h = Math.imul(h ^ 32, FNV_PRIME);
      if (word === start) setBit(tables.pairs, pairOf(source, start, source, i + 1));
      if (food) markWord(tables, source, word, i - word);
      word = i + 1;
    }
    if (food) markWord(tables, source, word, end - word);
    const slot = h >>> (32 - KEY_BITS);
    keyNext[k] = byKey[slot];
    byKey[slot] = k + 1;
  }

  /** The node of `key`: compared in place with the keys of its whole-key hash. */
  function lookUp(key: string): PhraseNode<NameEntry> {
    const slot = keyHash(key, 0, key.length);
    for (let k = byKey[slot] - 1; k >= 0; k = keyNext[k] - 1) {
      const id = starts[k] < 0;
      const source = id ? idKeyOf(owners[k]) : text;
      const start = id ? 0 : starts[k];
      if ((id ? source.length : ends[k]) - start !== key.length || !source.startsWith(key, start)) continue;
      return { value: entryAt(k), more: extended[slot] === 1 };
    }
    return extended[slot] === 1 ? MORE : MISS;
  }
  // Looked-up keys, remembered (a map hashes a word once; text repeats its words).
  const found = new Map<string, PhraseNode<NameEntry>>();
  function remember(key: string): PhraseNode<NameEntry> {
    if (found.size >= FOUND_LIMIT) found.clear();
    // A key's first word is usually the text's own word, its slot read before the lookup; a guess
    // that changes a word's first letters ("fries" -> "fry") reaches a slot of its own, read here.
    const slot = prefixOf(key, 0);
    if (slots[slot] === SLOT_PENDING) readSlot(slot);
    const node = lookUp(key);
    found.set(key, node);
    return node;
  }
  const nodes = { get: (key: string): PhraseNode<NameEntry> => found.get(key) ?? remember(key) };

  /** Mark the bits of the keys whose first word has prefix hash `slot`, and link them for lookups. */
  function readSlot(slot: number): void {
    for (let k = first[slot] - 1; k >= 0; k = next[k] - 1) {
      if (starts[k] < 0) {
        const id = foods.idAt(owners[k]);
        readKey(k, id, 0, id.length, true);
      } else {
        readKey(k, text, starts[k], ends[k], owners[k] >= 0);
      }
    }
    slots[slot] = SLOT_READ;
  }

  // Once every line is read: the few bits the index asks for at start (see NameIndex.bits).
  let bitsSet = false;
  function setStartBits(): void {
    bitsSet = true;
    for (let i = 0; i < index.bits.length; i += 2) {
      const bit = index.bits[i + 1];
      if (index.bits[i] > 0) setBit([tables.prefixes, tables.stems, tables.pairs][index.bits[i] - 1], bit);
      else if (slots[bit] === SLOT_EMPTY) slots[bit] = SLOT_READ;
    }
  }
  /** One step of the opening: some lines, then the start bits; whether any work is left. */
  function step(lines: number): boolean {
    if (at <= text.length) {
      readLines(lines);
      return true;
    }
    if (!bitsSet) setStartBits();
    return false;
  }

  function finish(): NameTable<F> {
    if (!bitsSet) setStartBits();
    const heads = openHeads(index, compiledAt);
    return {
      names: { nodes },
      ...tables,
      readSlot,
      hasHeads: () => index.headKeys > 0,
      headAt: heads.headAt,
      food: foodById,
    };
  }
  let opened: NameTable<F> | null = null;
  return {
    step: (lines) => !opened && step(lines),
    table: () => (opened ??= (readLines(Infinity), finish())),
  };
}
