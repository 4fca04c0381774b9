/**
 * Matching a line against a name table (name-table.ts): fold the text, split it into words and
 * take the longest name at each word, so "sweet potato" is never "potato" and "peanut butter"
 * never "butter"; then the checks that a word found is meant as a food. Offsets are into the
 * original text. One loop for the compiled table and the precomputed index alike.
 */
import { COMPOUND_LANGS, MIN_HEAD_LENGTH, PART_WORDS, foodBeforePart, indexParts, type PartIndex } from './compound-heads';
import { CONTEXT_WINDOW, applyContextRules, compileContext, triggeredRules, type ContextIndex } from './context';
import { ALL_LANGS_MASK, knownLang, langBit, wordMasks } from './lang-masks';
import { foldText, splitWords } from './normalize';
import { FALSE_FRIENDS, NEGATION_AFTER, NEGATION_BEFORE, NOT_FOOD_AFTER, PRODUCT_HEADS, PRODUCT_OF } from './non-food-words';
import { longestPhraseAt, type WordGuesses } from './phrase-index';
import { SLOT_EMPTY, SLOT_PENDING, hasBit, stampNow, type NameEntry, type NameTable } from './name-table';
import type { Food, FoodCore, FoodHit, Lang } from './types';
import { wordFormsFor } from './word-forms';
import { pairOf, prefixOf, stemOf } from './word-filters';

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

const NO_GUESSES: string[] = [];
/** A word's guessed forms and the stamp (name-table.ts) when they were made. */
interface Guesses {
  forms: string[];
  made: number;
}
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

/** The word lists that say a name is not meant as a food, made once per process. */
interface NotFoodWords {
  falseFriends: Map<string, number>;
  negationBefore: Map<string, number>;
  negationAfter: Set<string>;
  notFoodAfter: Map<string, readonly string[]>;
  productHeads: Set<string>;
  productOf: Set<string>;
}
let notFoodWords: NotFoodWords | null = null;
function notFood(): NotFoodWords {
  return (notFoodWords ??= {
    falseFriends: wordMasks(FALSE_FRIENDS),
    negationBefore: wordMasks(NEGATION_BEFORE),
    negationAfter: new Set(NEGATION_AFTER),
    notFoodAfter: new Map(Object.entries(NOT_FOOD_AFTER)),
    productHeads: new Set(PRODUCT_HEADS),
    productOf: new Set(PRODUCT_OF),
  });
}
let context: ContextIndex | null = null; // compiled on first use: most pages never need it

export function createMatch<F extends FoodCore>(table: NameTable<F>, options: CompileOptions = {}): FoodMatcher<F>['match'] {
  const usePlurals = options.plurals ?? true;
  const useCompounds = options.compounds ?? true;
  const { names, slots, stems, prefixes, pairs, stamps } = table;
  const { falseFriends, negationBefore, negationAfter, notFoodAfter, productHeads, productOf } = notFood();
  const secondMay = (first: string, second: string): boolean => hasBit(pairs, pairOf(first, 0, second, 0));

  /** Make sure the names whose first word begins like `word` are in the table; whether there are any. */
  function namesMayStart(word: string): boolean {
    const slot = prefixOf(word, 0);
    const state = slots[slot];
    if (state === SLOT_PENDING) table.readSlot(slot);
    return state !== SLOT_EMPTY;
  }

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
      const admit = (length: number) => hasBit(stems, stemOf(word, 0, length));
      // Ingredient text repeats its words: remember each word's guesses (bounded), with when they
      // were made (names read later with the word's beginning make them stale).
      const singulars = new Map<string, Guesses>();
      const anyForms = new Map<string, Guesses>();
      const memo = (cache: Map<string, Guesses>, w: string, make: (w: string) => string[]): string[] => {
        if (w.length < 3) return NO_GUESSES;
        const prefix = prefixOf(w, 0);
        if (!hasBit(prefixes, prefix)) return NO_GUESSES;
        let out = cache.get(w);
        if (out === undefined || out.made < stamps[prefix]) {
          if (cache.size >= MEMO_LIMIT) cache.clear();
          out = { forms: make((word = w)), made: stampNow() };
          cache.set(w, out);
        }
        return out.forms;
      };
      const singular = (w: string) => forms.singulars(w, admit);
      const any = (w: string) => forms.forms(w, admit);
      guesser = {
        singular: (w) => memo(singulars, w, singular),
        any: (w) => memo(anyForms, w, any),
      };
      guessers.set(lang, guesser);
    }
    return guesser;
  }

  /** A lookup of one word as a food name (with the language's guesses), made once per language. */
  const foodNamed = new Map<Lang | undefined, (word: string) => NameEntry | undefined>();
  function foodNamedFor(lang: Lang | undefined): (word: string) => NameEntry | undefined {
    let lookup = foodNamed.get(lang);
    if (!lookup) {
      const guesses = usePlurals ? guesserFor(lang) : undefined;
      lookup = (word) => {
        namesMayStart(word);
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
    for (let strip = 0; strip <= strips && table.hasHeads(); strip++) {
      const found = table.headAt(word, word.length - strip);
      if (found) return found;
    }
    return foodBeforePart(word, partsFor(lang), foodNamedFor(lang));
  }

  return function match(text, matchOptions = {}) {
    const lang = knownLang(matchOptions.lang);
    const guesses = usePlurals ? guesserFor(lang) : undefined;
    const compounds = useCompounds && (!lang || COMPOUND_LANGS.includes(lang));
    const folded = foldText(text);
    const { words, starts, ends } = splitWords(folded);
    const hits: FoodHit[] = [];
    for (let i = 0; i < words.length; ) {
      let entry: NameEntry | null = null;
      let length = 1;
      const found = namesMayStart(words[i]) ? longestPhraseAt(names, words, i, guesses, secondMay) : null;
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
  };
}
