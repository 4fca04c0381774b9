/**
 * A name table (name-table.ts) read from a precomputed index (name-index-format.ts) as words need
 * it. Opening the index makes one pass over its string that only notes where each key starts and
 * under which prefix hash of its first word (no slicing, no map); the keys behind a hash go into
 * the phrase index the first time a word with that hash is looked up, so a page pays for the
 * names its words may start and for little else.
 */
import { compoundHead } from './compound-heads';
import { ALL_LANGS_MASK } from './lang-masks';
import { HEAD_FOOD, ID_NAMED, KEY_SEP, LANGS_SEP, LINE, idKey, type NameIndex } from './name-index-format';
import {
  SLOT_EMPTY,
  SLOT_PENDING,
  SLOT_READ,
  compiledFood,
  createFilterTables,
  markKey,
  type CompiledFood,
  type NameEntry,
  type NameTable,
} from './name-table';
import { addKey, createPhraseIndex, type PhraseIndex } from './phrase-index';
import type { FoodCore } from './types';
import { PREFIX_TABLE, endingOf, prefixOf } from './word-filters';

const CODE_LINE = LINE.charCodeAt(0);
const CODE_KEY_SEP = KEY_SEP.charCodeAt(0);
const CODE_LANGS = LANGS_SEP.charCodeAt(0);
const CODE_ID_NAMED = ID_NAMED.charCodeAt(0);
const NON_FOOD: NameEntry = { food: null, langs: ALL_LANGS_MASK };

/** The end of the key starting at `at` (the first separator: a code below "0" other than a space). */
function keyEnd(text: string, at: number): number {
  let end = at;
  for (let code = text.charCodeAt(end); end < text.length && (code >= 48 || code === 32); code = text.charCodeAt(++end));
  return end;
}

export function openIndexTable<F extends FoodCore>(index: NameIndex, foods: readonly F[], byId: () => Map<string, F>): NameTable<F> {
  const text = index.names;
  const names: PhraseIndex<NameEntry> = createPhraseIndex();
  const tables = createFilterTables();
  const { slots } = tables;
  const listeners: (() => void)[] = [];

  // Keys by prefix hash, as linked lists: where each starts (-1: the food's id), whose it is (-1: no food's).
  const starts = new Int32Array(index.keys);
  const owners = new Int32Array(index.keys);
  const next = new Int32Array(index.keys);
  const first = new Int32Array(PREFIX_TABLE).fill(-1);
  let count = 0;
  const note = (start: number, owner: number, slot: number) => {
    starts[count] = start;
    owners[count] = owner;
    next[count] = first[slot];
    first[slot] = count++;
    slots[slot] = SLOT_PENDING;
  };
  for (let at = 0, line = 0; at <= text.length; line++) {
    const owner = line < foods.length ? line : -1;
    if (text.charCodeAt(at) === CODE_ID_NAMED) {
      note(-1, owner, prefixOf(foods[line].id, 0));
      at++;
    }
    while (at < text.length && text.charCodeAt(at) !== CODE_LINE) {
      note(at, owner, prefixOf(text, at));
      at = keyEnd(text, at);
      if (text.charCodeAt(at) === CODE_LANGS) at = keyEnd(text, at + 1);
      if (text.charCodeAt(at) === CODE_KEY_SEP) at++;
    }
    at++;
  }

  const compiled: (CompiledFood | undefined)[] = [];
  const usual: (NameEntry | undefined)[] = [];
  const compiledAt = (food: number): CompiledFood => (compiled[food] ??= compiledFood(foods[food]));
  function entryOf(owner: number, langs: number): NameEntry {
    if (owner < 0) return NON_FOOD;
    if (langs !== index.langs) return { food: compiledAt(owner), langs };
    return (usual[owner] ??= { food: compiledAt(owner), langs });
  }

  function readSlot(slot: number): void {
    for (let k = first[slot]; k >= 0; k = next[k]) {
      const owner = owners[k];
      const start = starts[k];
      let key: string;
      let langs = index.langs;
      if (start < 0) key = idKey(foods[owner].id);
      else {
        const end = keyEnd(text, start);
        key = text.slice(start, end);
        if (text.charCodeAt(end) === CODE_LANGS) langs = parseInt(text.slice(end + 1, keyEnd(text, end + 1)), 36);
      }
      addKey(names, key, entryOf(owner, langs));
      markKey(tables, key, owner >= 0);
    }
    first[slot] = -1;
    slots[slot] = SLOT_READ;
    for (const listener of listeners) listener();
  }

  // The few bits and keys the index asks for at start (see NameIndex.bits and .early).
  const bitTables = [slots, tables.prefixes, tables.stems, tables.pairs];
  for (let i = 0; i < index.bits.length; i += 2) {
    const table = bitTables[index.bits[i]];
    const bit = index.bits[i + 1];
    if (table[bit] === SLOT_EMPTY) table[bit] = table === slots ? SLOT_READ : 1;
  }
  for (const key of index.early) if (slots[prefixOf(key, 0)] === SLOT_PENDING) readSlot(prefixOf(key, 0));

  // Compound heads, read by last letter (every head a word may end in shares it).
  const heads = new Map<string, NameEntry>();
  const headEnds = new Set<number>();
  const headLettersRead = new Set<number>();
  const headLookup = (head: string): NameEntry | undefined => heads.get(head);
  function readHeads(last: number): void {
    headLettersRead.add(last);
    const bucket = index.headLetters.indexOf(String.fromCharCode(last));
    if (bucket < 0) return;
    for (const item of index.heads[bucket].split(KEY_SEP)) {
      const at = item.indexOf(HEAD_FOOD);
      const key = item.slice(0, at);
      heads.set(key, { food: compiledAt(parseInt(item.slice(at + 1), 36)), langs: 0 });
      headEnds.add(endingOf(key, key.length));
    }
  }

  return {
    names,
    ...tables,
    readSlot,
    hasHeads: () => index.heads.length > 0,
    headAt(word, end) {
      const last = word.charCodeAt(end - 1);
      if (!headLettersRead.has(last)) readHeads(last);
      if (!headEnds.has(endingOf(word, end))) return undefined;
      return compoundHead(end === word.length ? word : word.slice(0, end), headLookup)?.[0];
    },
    food: (id) => byId().get(id),
    onGrow: (listener) => listeners.push(listener),
  };
}
