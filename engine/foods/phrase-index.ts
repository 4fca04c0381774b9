/**
 * A word-level index of phrases: each phrase is its folded words joined by one space, looked up
 * in a hash map, and each first word remembers the longest phrase it starts. Finding the longest
 * phrase at a word costs one map lookup for most words (the ones no phrase starts with), so
 * matching runs at close to the speed of splitting the text into words, and compiling is one map
 * insertion per phrase.
 */
import { foldText, splitWords } from './normalize';

export interface PhraseIndex<V> {
  /**
   * Phrase key (folded words joined by a space) -> node: the value of the phrase with that key, if
   * any, and whether a longer phrase starts with these words. A word-level trie in one flat map.
   */
  readonly nodes: PhraseNodes<V>;
}

/** What matching reads of the nodes: a Map, or anything that answers like one. */
export interface PhraseNodes<V> {
  get(key: string): PhraseNode<V> | undefined;
}

/** A phrase index being filled. */
export interface PhraseMap<V> extends PhraseIndex<V> {
  readonly nodes: Map<string, PhraseNode<V>>;
}

export interface PhraseNode<V> {
  value: V | undefined;
  more: boolean;
}

export interface PhraseHit<V> {
  value: V;
  /** Words the phrase covers. */
  length: number;
}

export function createPhraseIndex<V>(): PhraseMap<V> {
  return { nodes: new Map() };
}

function setValue<V>(index: PhraseMap<V>, key: string, value: V, merge?: (old: V, added: V) => V): void {
  const node = index.nodes.get(key);
  if (!node) index.nodes.set(key, { value, more: false });
  else if (node.value === undefined) node.value = value;
  else if (merge) node.value = merge(node.value, value);
}

function markMore<V>(index: PhraseMap<V>, prefix: string): void {
  const node = index.nodes.get(prefix);
  if (!node) index.nodes.set(prefix, { value: undefined, more: true });
  else node.more = true;
}

/** Fast path for plain ASCII names: lower-case letters and single spaces only. */
const PLAIN = /^[a-z]+(?: [a-z]+)*$/;

/** Words of a phrase as written in the data (folded, split like text is). */
export function phraseWords(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  if (PLAIN.test(lower)) return lower.split(' ');
  return splitWords(foldText(phrase)).words;
}

/**
 * Add a phrase. When the key is already there, `merge` decides the kept value (default: keep the
 * first). Returns the key, or null for a phrase with no words.
 */
export function addPhrase<V>(
  index: PhraseMap<V>,
  words: readonly string[],
  value: V,
  merge?: (old: V, added: V) => V,
): string | null {
  if (words.length === 0) return null;
  let key = words[0];
  for (let i = 1; i < words.length; i++) {
    markMore(index, key);
    key += ' ' + words[i];
  }
  setValue(index, key, value, merge);
  return key;
}

/**
 * Add a phrase given as its key, already folded with single spaces between words (the fast path
 * of `addPhrase` for plain names). `merge` as in `addPhrase`.
 */
export function addKey<V>(index: PhraseMap<V>, key: string, value: V, merge?: (old: V, added: V) => V): void {
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) markMore(index, key.slice(0, i));
  setValue(index, key, value, merge);
}

const PLAIN_NAME = /^[a-z]+(?: [a-z]+)*$/;

/** Whether `name` is plain: lower-case ASCII letters in words separated by single spaces. */
export function isPlainName(name: string): boolean {
  return PLAIN_NAME.test(name);
}

/** Other forms of a word to try when it misses: singulars only, or singulars and plurals. */
export interface WordGuesses {
  singular(word: string): string[];
  any(word: string): string[];
}

/**
 * The longest phrase starting at `words[at]`, or null. `guesses`, when given, offers other forms
 * of a word tried when the word as written misses: singulars for a one-word phrase ("shallots"
 * when the list has "shallot"), singulars and plurals for the last word of a longer phrase
 * ("mixed berry" when the list has "mixed berries") where the words before it start a phrase.
 */
export function longestPhraseAt<V>(
  index: PhraseIndex<V>,
  words: readonly string[],
  at: number,
  guesses?: WordGuesses,
  /** A cheap check that the second word may continue a phrase (false: no two-word phrase is tried). */
  secondMay?: (first: string, second: string) => boolean,
): PhraseHit<V> | null {
  const nodes = index.nodes;
  const first = words[at];
  let node = nodes.get(first);
  let best: PhraseHit<V> | null = node?.value !== undefined ? { value: node.value, length: 1 } : null;
  let key = first;
  for (let n = 2; node?.more && at + n - 1 < words.length; n++) {
    const word = words[at + n - 1];
    if (n === 2 && secondMay && !secondMay(first, word)) break;
    const head = key + ' ';
    key = head + word;
    node = nodes.get(key);
    if (node?.value !== undefined) best = { value: node.value, length: n };
    else if (guesses) {
      for (const form of guesses.any(word)) {
        const guessed = nodes.get(head + form);
        if (guessed?.value !== undefined) {
          best = { value: guessed.value, length: n };
          break;
        }
      }
    }
  }
  if (best || !guesses) return best;
  for (const form of guesses.singular(first)) {
    const guessed = nodes.get(form);
    if (guessed?.value !== undefined) return { value: guessed.value, length: 1 };
  }
  return null;
}
