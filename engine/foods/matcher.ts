/**
 * Recognising bundled foods in a line of text. Compiled once from the food list into a word-level
 * phrase index (every name in every language, keyed by its folded words); matching folds the
 * text, splits it into words and takes the longest name at each word, so "sweet potato" is never
 * "potato" and "peanut butter" never "butter". Offsets are into the original text.
 */
import { COMPOUND_LANGS, MIN_HEAD_LENGTH, PART_WORDS, compoundHead, foodBeforePart, indexParts, type PartIndex } from './compound-heads';
import { CONTEXT_WINDOW, applyContextRules, compileContext, triggeredRules, type ContextIndex } from './context';
import { foldText, splitWords } from './normalize';
import { FALSE_FRIENDS, NEGATION_AFTER, NEGATION_BEFORE, NON_FOOD_PHRASES, NOT_FOOD_AFTER, PRODUCT_HEADS, PRODUCT_OF } from './non-food-words';
import { addKey, addPhrase, createPhraseIndex, isPlainName, longestPhraseAt, phraseWords, type PhraseIndex, type WordGuesses } from './phrase-index';
import { LANGS, type ContextRule, type Food, type FoodCore, type FoodHit, type Lang, type Tag } from './types';
import { wordFormsFor } from './word-forms';
import { ALL_LANGS_MASK, knownLang, langBit, wordMasks } from './lang-masks';
import { PAIR_TABLE, PREFIX_TABLE, STEM_TABLE, endingOf, pairOf, prefixOf, stemOf } from './word-filters';

export interface MatchOptions {
  /**
   * Language of the text (BCP 47, e.g. `de` or `de-CH`), when known. It picks the plural rules,
   * keeps everyday words of that language from matching another language's food name ("more",
   * Italian for blackberries, in English text) and turns compound heads on for German and Dutch.
   */
  lang?: string;
}

export interface FoodMatcher<F extends FoodCore = Food> {
  /** Every food named in `text`, left to right, longest match first, no overlaps. */
  match(text: string, options?: MatchOptions): FoodHit[];
  /** Look a food up by id. */
  food(id: string): F | undefined;
}

export interface CompileOptions {
  /** Guess singulars of plurals the list does not name (default on). */
  plurals?: boolean;
  /** Match German/Dutch compounds by their head (default on). */
  compounds?: boolean;
}

/** One name: the food it names (null for a non-food phrase) and its languages as a bit mask. */
interface NameEntry {
  food: CompiledFood | null;
  langs: number;
}

interface CompiledFood {
  food: FoodCore;
  name: string;
  tags: Tag[];
  rules: readonly ContextRule[];
}

const NO_GUESSES: string[] = [];
/** Words whose guesses a matcher remembers per language before starting over. */
const MEMO_LIMIT = 20_000;
/** Part words for a text's language (German's and Dutch's when unknown). */
const PARTS_BY_LANG = new Map<Lang | undefined, PartIndex>();
function partsFor(lang: Lang | undefined): PartIndex {
  let parts = PARTS_BY_LANG.get(lang);
  if (!parts) {
    parts = indexParts((lang ? [lang] : COMPOUND_LANGS).flatMap((l) => PART_WORDS[l] ?? []));
    PARTS_BY_LANG.set(lang, parts);
  }
  return parts;
}
/**
 * A matcher built a few foods at a time, so that building it never holds the page for long: call
 * `addSome` until it returns false, then use `matcher`. (Matching before that misses the foods not
 * added yet.)
 */
export interface MatcherBuild<F extends FoodCore = Food> {
  /** Add up to `count` more foods to the index; false once every food is in. */
  addSome(count: number): boolean;
  readonly matcher: FoodMatcher<F>;
}

export function compileMatcher<F extends FoodCore = Food>(foods: readonly F[], options: CompileOptions = {}): FoodMatcher<F> {
  const build = buildMatcher(foods, options);
  while (build.addSome(Number.POSITIVE_INFINITY));
  return build.matcher;
}

export function buildMatcher<F extends FoodCore = Food>(foods: readonly F[], options: CompileOptions = {}): MatcherBuild<F> {
  const usePlurals = options.plurals ?? true;
  const useCompounds = options.compounds ?? true;
  const byId = new Map<string, F>();
  const names: PhraseIndex<NameEntry> = createPhraseIndex();
  const heads = new Map<string, NameEntry>();
  /** Which 3-letter word beginnings names have, and which endings compound heads have: cheap filters. */
  const stems = new Uint8Array(STEM_TABLE);
  const prefixes = new Uint8Array(PREFIX_TABLE);
  /** Beginnings of first words only: a word whose beginning is not here starts no name. */
  const firstPrefixes = new Uint8Array(PREFIX_TABLE);
  /** Beginnings of the first two words of every longer name: a pair not here starts no longer name. */
  const pairs = new Uint8Array(PAIR_TABLE);
  const secondMay = (first: string, second: string): boolean => pairs[pairOf(first, 0, second, 0)] === 1;
  const headEnds = new Set<number>();
  const compoundMask = COMPOUND_LANGS.reduce((m, l) => m | langBit(l), 0);
  const mergeLangs = (old: NameEntry, added: NameEntry): NameEntry =>
    old.food === added.food ? { food: old.food, langs: old.langs | added.langs } : old;

  function addName(name: string, entry: NameEntry): void {
    let key: string;
    let count = 1;
    if (isPlainName(name)) {
      key = name;
      const space = name.indexOf(' ');
      let start = 0;
      if (space > 0) pairs[pairOf(name, 0, name, space + 1)] = 1;
      for (let i = space; i >= 0; i = name.indexOf(' ', i + 1)) {
        count++;
        stems[stemOf(name, start, i - start)] = 1;
        prefixes[prefixOf(name, start)] = 1;
        start = i + 1;
      }
      stems[stemOf(name, start, name.length - start)] = 1;
      prefixes[prefixOf(name, start)] = 1;
    } else {
      const words = phraseWords(name);
      if (words.length === 0) return;
      if (words.length > 1) pairs[pairOf(words[0], 0, words[1], 0)] = 1;
      for (const w of words) {
        stems[stemOf(w, 0, w.length)] = 1;
        prefixes[prefixOf(w, 0)] = 1;
      }
      key = words.join(' ');
      count = words.length;
      if (name.includes('-')) addName(name.replace(/-/g, ''), entry);
    }
    addKey(names, key, entry, mergeLangs);
    firstPrefixes[prefixOf(key, 0)] = 1;
    if (count === 1 && entry.langs & compoundMask && key.length >= MIN_HEAD_LENGTH && !heads.has(key)) {
      heads.set(key, entry);
      headEnds.add(endingOf(key, key.length));
    }
  }

  let added = 0;
  function addFood(food: F): void {
    byId.set(food.id, food);
    const compiled: CompiledFood = {
      food,
      name: food.names.en?.[0] ?? food.id,
      tags: food.tags.map((t) => t.tag),
      rules: food.contextRules ?? [],
    };
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
      addPhrase(names, words, nonFood);
      firstPrefixes[prefixOf(words[0], 0)] = 1;
      if (words.length > 1) pairs[pairOf(words[0], 0, words[1], 0)] = 1;
    }
  }
  let finished = false;

  const falseFriends = wordMasks(FALSE_FRIENDS);
  const negationBefore = wordMasks(NEGATION_BEFORE);
  const negationAfter = new Set(NEGATION_AFTER);
  const notFoodAfter = new Map(Object.entries(NOT_FOOD_AFTER));
  const productHeads = new Set(PRODUCT_HEADS);
  const productOf = new Set(PRODUCT_OF);
  let context: ContextIndex | null = null; // compiled on first use: most pages never need it

  function isFalseFriend(key: string, entry: NameEntry, lang: Lang | undefined): boolean {
    const mask = falseFriends.get(key);
    if (mask === undefined) return false;
    if (lang) return (mask & langBit(lang)) !== 0 && (entry.langs & langBit(lang)) === 0;
    return (mask & ~entry.langs) !== 0;
  }

  function isNotMeantAsFood(words: readonly string[], at: number, length: number, lang: Lang | undefined): boolean {
    const langMask = lang ? langBit(lang) | langBit('en') : ALL_LANGS_MASK;
    const previous = at > 0 ? words[at - 1] : undefined;
    if (previous === undefined) return words[at + length] !== undefined && negationAfter.has(words[at + length]);
    const before = negationBefore.get(previous);
    if (before !== undefined && (before & langMask) !== 0) return true;
    if (length === 1 && notFoodAfter.get(words[at])?.includes(previous)) return true;
    if (at > 1 && productOf.has(previous) && productHeads.has(words[at - 2])) return true;
    const after = words[at + length];
    return after !== undefined && negationAfter.has(after);
  }

  /** Guesses per text language, made once per language (only lengths and beginnings some name word has). */
  const guessers = new Map<Lang | undefined, WordGuesses>();
  function guesserFor(lang: Lang | undefined): WordGuesses {
    let guesser = guessers.get(lang);
    if (!guesser) {
      const forms = wordFormsFor(lang);
      let word = '';
      const admit = (length: number) => stems[stemOf(word, 0, length)] === 1;
      const known = (w: string) => w.length >= 3 && prefixes[prefixOf(w, 0)] === 1;
      // Ingredient text repeats its words: remember each word's guesses (bounded).
      const singulars = new Map<string, string[]>();
      const anyForms = new Map<string, string[]>();
      const memo = (cache: Map<string, string[]>, w: string, make: () => string[]) => {
        let out = cache.get(w);
        if (out === undefined) {
          if (cache.size >= MEMO_LIMIT) cache.clear();
          out = make();
          cache.set(w, out);
        }
        return out;
      };
      guesser = {
        singular: (w) => (known(w) ? memo(singulars, w, () => forms.singulars((word = w), admit)) : NO_GUESSES),
        any: (w) => (known(w) ? memo(anyForms, w, () => forms.forms((word = w), admit)) : NO_GUESSES),
      };
      guessers.set(lang, guesser);
    }
    return guesser;
  }

  const headLookup = (head: string): NameEntry | undefined => heads.get(head);
  /** A lookup of one word as a food name (with the language's guesses), made once per language. */
  const foodNamed = new Map<Lang | undefined, (word: string) => NameEntry | undefined>();
  function foodNamedFor(lang: Lang | undefined): (word: string) => NameEntry | undefined {
    let lookup = foodNamed.get(lang);
    if (!lookup) {
      const guesses = usePlurals ? guesserFor(lang) : undefined;
      lookup = (word) => {
        const hit = longestPhraseAt(names, [word], 0, guesses);
        return hit?.value.food ? hit.value : undefined;
      };
      foodNamed.set(lang, lookup);
    }
    return lookup;
  }
  /** The compound head of a word or of its singular (only tried for endings some head has). */
  function compoundOf(word: string, lang: Lang | undefined): NameEntry | undefined {
    const last = word.charCodeAt(word.length - 1);
    // n, e, s: German and Dutch plural endings ("-n", "-en", "-e", "-s")
    const strips = !usePlurals || (last !== 110 && last !== 101 && last !== 115) ? 0 : word.endsWith('en') ? 2 : 1;
    for (let strip = 0; strip <= strips && headEnds.size > 0; strip++) {
      if (!headEnds.has(endingOf(word, word.length - strip))) continue;
      const form = strip === 0 ? word : word.slice(0, word.length - strip);
      const found = compoundHead(form, headLookup);
      if (found) return found[0];
    }
    return foodBeforePart(word, partsFor(lang), foodNamedFor(lang));
  }

  const matcher: FoodMatcher<F> = {
    food: (id) => byId.get(id),
    match(text, matchOptions = {}) {
      const lang = knownLang(matchOptions.lang);
      const guesses = usePlurals ? guesserFor(lang) : undefined;
      const compounds = useCompounds && (!lang || COMPOUND_LANGS.includes(lang));
      const folded = foldText(text);
      const { words, starts, ends } = splitWords(folded);
      const hits: FoodHit[] = [];
      for (let i = 0; i < words.length; ) {
        let entry: NameEntry | null = null;
        let length = 1;
        const found = firstPrefixes[prefixOf(words[i], 0)] === 1 ? longestPhraseAt(names, words, i, guesses, secondMay) : null;
        if (found) {
          entry = found.value;
          length = found.length;
          if (entry.food && ((length === 1 && isFalseFriend(words[i], entry, lang)) || isNotMeantAsFood(words, i, length, lang))) entry = null;
        } else if (compounds && words[i].length >= MIN_HEAD_LENGTH + 3) {
          const head = compoundOf(words[i], lang);
          if (head && !isNotMeantAsFood(words, i, 1, lang)) entry = head;
        }
        const compiled = entry?.food;
        if (compiled) {
          let tags = compiled.tags;
          if (compiled.rules.length > 0) {
            context ??= compileContext();
            const triggered = triggeredRules(context, words, i - CONTEXT_WINDOW, i + length + CONTEXT_WINDOW);
            tags = applyContextRules(tags, compiled.rules, triggered);
          }
          const start = starts[i];
          const end = ends[i + length - 1];
          hits.push({ id: compiled.food.id, name: compiled.name, match: text.slice(start, end), start, end, tags: [...tags] });
        }
        i += found ? found.length : 1;
      }
      return hits;
    },
  };

  return {
    matcher,
    addSome(count) {
      if (finished) return false;
      const end = Math.min(foods.length, added + count);
      for (; added < end; added++) addFood(foods[added]);
      if (added < foods.length) return true;
      addNonFoodPhrases();
      finished = true;
      return false;
    },
  };
}
