/**
 * The compound heads of a precomputed name index (name-index-format.ts), read on the first
 * compound a line has: one `indexOf` pass links the heads by their last three letters, and the
 * heads of an ending enter a map the first time a word ends like them (every head a word may
 * end in shares the word's last three letters).
 */
import { compoundHead } from './compound-heads';
import { HEAD_FOOD, KEY_SEP, type NameIndex } from './name-index-format';
import type { CompiledFood, NameEntry } from './name-table';
import { endingOf } from './word-filters';

const ENDING_BITS = 14;
const endingSlot = (ending: number): number => Math.imul(ending, 0x9e3779b1) >>> (32 - ENDING_BITS);

export interface IndexHeads {
  /** The compound head of `word.slice(0, end)`, or undefined. */
  headAt(word: string, end: number): NameEntry | undefined;
}

export function openHeads(index: NameIndex, compiledAt: (food: number) => CompiledFood): IndexHeads {
  const text = index.heads;
  let first: Int32Array | null = null;
  const starts = new Int32Array(index.headKeys);
  const colons = new Int32Array(index.headKeys);
  const next = new Int32Array(index.headKeys);
  const read = new Uint8Array(1 << ENDING_BITS);
  const heads = new Map<string, NameEntry>();
  const lookup = (head: string): NameEntry | undefined => heads.get(head);

  function scan(): Int32Array {
    const out = new Int32Array(1 << ENDING_BITS).fill(-1);
    for (let at = 0, k = 0; k < index.headKeys; k++) {
      const colon = text.indexOf(HEAD_FOOD, at);
      const slot = endingSlot(endingOf(text, colon));
      starts[k] = at;
      colons[k] = colon;
      next[k] = out[slot];
      out[slot] = k;
      const comma = text.indexOf(KEY_SEP, colon);
      at = comma < 0 ? text.length : comma + 1;
    }
    return out;
  }

  function readEnding(slot: number, list: Int32Array): void {
    read[slot] = 1;
    for (let k = list[slot]; k >= 0; k = next[k]) {
      const comma = text.indexOf(KEY_SEP, colons[k]);
      const food = parseInt(text.slice(colons[k] + 1, comma < 0 ? text.length : comma), 36);
      heads.set(text.slice(starts[k], colons[k]), { food: compiledAt(food), langs: 0 });
    }
  }

  return {
    headAt(word, end) {
      const list = (first ??= scan());
      const slot = endingSlot(endingOf(word, end));
      if (list[slot] < 0) return undefined;
      if (read[slot] === 0) readEnding(slot, list);
      return compoundHead(end === word.length ? word : word.slice(0, end), lookup)?.[0];
    },
  };
}
