/**
 * A word-level index of phrases: each phrase is its folded words joined by one space, looked up
 * in a hash map, and each first word remembers the longest phrase it starts. Finding the longest
 * phrase at a word costs one map lookup for most words (the ones no phrase starts with), so
 * matching runs at close to the speed of splitting the text into words, and compiling is one map
 * insertion per phrase.
 */
import { foldText, splitWords } from './normalize';

export interface PhraseIndex<V> {
  /** Phrase key (folded words joined by a space) -> value. */
  readonly entries: Map<string, V>;
  /** First word -> the most words of a phrase starting with it. */
  readonly maxWords: Map<string, number>;
}

export interface PhraseHit<V> {
  value: V;
  /** Words the phrase covers. */
  length: number;
}

export function createPhraseIndex<V>(): PhraseIndex<V> {
  return { entries: new Map(), maxWords: new Map() };
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
  index: PhraseIndex<V>,
  words: readonly string[],
  value: V,
  merge?: (old: V, added: V) => V,
): string | null {
  if (words.length === 0) return null;
  const key = words.length === 1 ? words[0] : words.join(' ');
  const old = index.entries.get(key);
  index.entries.set(key, old === undefined ? value : merge ? merge(old, value) : old);
  const first = words[0];
  if ((index.maxWords.get(first) ?? 0) < words.length) index.maxWords.set(first, words.length);
  return key;
}

/**
 * The longest phrase starting at `words[at]`, or null. `guesses`, when given, offers other forms
 * of a word (singulars of a plural) tried when the word as written misses: for the first word's
 * phrase lengths, and for the last word of each candidate phrase.
 */
export function longestPhraseAt<V>(
  index: PhraseIndex<V>,
  words: readonly string[],
  at: number,
  guesses?: (word: string) => string[],
): PhraseHit<V> | null {
  const first = words[at];
  let max = index.maxWords.get(first) ?? 0;
  let firstGuesses: string[] | null = null;
  if (guesses && max === 0) {
    firstGuesses = guesses(first);
    for (const g of firstGuesses) max = Math.max(max, index.maxWords.get(g) ?? 0);
    if (max > 1) max = 1; // a guessed first word only ever stands alone
  }
  if (max === 0) return null;
  if (max > words.length - at) max = words.length - at;
  for (let n = max; n >= 1; n--) {
    const last = words[at + n - 1];
    const head = n === 1 ? '' : words.slice(at, at + n - 1).join(' ') + ' ';
    const exact = index.entries.get(head + last);
    if (exact !== undefined) return { value: exact, length: n };
    if (!guesses) continue;
    const forms = n === 1 && firstGuesses ? firstGuesses : guesses(last);
    for (const form of forms) {
      const guessed = index.entries.get(head + form);
      if (guessed !== undefined) return { value: guessed, length: n };
    }
  }
  return null;
}
