/**
 * Singular guesses for a plural word, per language. The food list names singular and plural
 * forms; these rules are the fallback for a form it does not list ("shallots" when only
 * "shallot" is listed). They run only on a name lookup that missed, and a guess counts only when
 * it is itself a listed name, so a wrong guess costs a lookup, never a false hit by itself.
 * Words are folded (lower case, no accents).
 */
import type { Lang } from './types';

/** [plural ending, singular ending], tried in order. */
export type SuffixRule = readonly [string, string];

export const PLURAL_RULES: Record<Lang, readonly SuffixRule[]> = {
  en: [['ies', 'y'], ['oes', 'o'], ['ves', 'f'], ['ches', 'ch'], ['shes', 'sh'], ['ses', 's'], ['s', '']],
  es: [['ones', 'on'], ['ces', 'z'], ['es', ''], ['s', '']],
  fr: [['aux', 'al'], ['eaux', 'eau'], ['x', ''], ['s', '']],
  pt: [['oes', 'ao'], ['aes', 'ao'], ['ns', 'm'], ['es', ''], ['s', '']],
  it: [['chi', 'co'], ['ghi', 'go'], ['che', 'ca'], ['ghe', 'ga'], ['i', 'o'], ['i', 'e'], ['e', 'a']],
  de: [['en', ''], ['n', ''], ['e', ''], ['s', '']],
  nl: [['en', ''], ['s', ''], ['jes', 'je']],
};

/** Shortest word a rule may shorten: "peas" -> "pea" yes, "gas" -> "ga" no. */
const MIN_LENGTH = 4;

/**
 * Languages whose rules apply to a text of unknown language: the ones that only strip or swap a
 * plural ending. Italian swaps the final vowel ("-e" -> "-a"), which turns words of other
 * languages into food names ("creme" -> "crema"), so it needs the text to be Italian.
 */
const UNKNOWN_LANG_RULES: readonly Lang[] = ['en', 'es', 'fr', 'pt', 'de', 'nl'];

/** Rules for a text in `lang` (that language's and English's), or the safe ones when unknown. */
function singularRulesFor(lang: Lang | undefined): readonly SuffixRule[] {
  if (!lang) return dedupe(UNKNOWN_LANG_RULES.flatMap((l) => PLURAL_RULES[l]));
  return lang === 'en' ? PLURAL_RULES.en : dedupe([...PLURAL_RULES[lang], ...PLURAL_RULES.en]);
}

function dedupe(rules: SuffixRule[]): SuffixRule[] {
  const seen = new Set<string>();
  return rules.filter(([from, to]) => {
    const key = `${from}>${to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Rules grouped by the last letter of the ending they apply to ('' endings apply to every word). */
function byLastLetter(rules: readonly SuffixRule[], ending: 0 | 1): { any: SuffixRule[]; byCode: Map<number, SuffixRule[]> } {
  const any: SuffixRule[] = [];
  const byCode = new Map<number, SuffixRule[]>();
  for (const rule of rules) {
    const end = rule[ending];
    if (end === '') {
      any.push(rule);
      continue;
    }
    const code = end.charCodeAt(end.length - 1);
    const list = byCode.get(code) ?? [];
    list.push(rule);
    byCode.set(code, list);
  }
  return { any, byCode };
}

const NONE: readonly SuffixRule[] = [];

/** Word forms for the text of one language (or of unknown language), compiled once. */
export interface WordForms {
  /** Singular guesses of a word, most specific rule first. */
  singulars(word: string, admit: (length: number) => boolean): string[];
  /** Singular guesses, then plural guesses (the rules read backwards: "berry" -> "berries"). */
  forms(word: string, admit: (length: number) => boolean): string[];
}

/**
 * Word forms for a text in `lang`: singulars by that language's and English's rules (every
 * language's when unknown), plurals by that language's (English's when unknown). `admit` refuses a
 * guess by its length before it is built (a cheap filter: no name word starts like this word and
 * has that length). Results may be empty; a word shorter than 4 letters gets no singular.
 */
export function wordFormsFor(lang: Lang | undefined): WordForms {
  const singular = byLastLetter(singularRulesFor(lang), 0);
  const plural = byLastLetter(PLURAL_RULES[lang ?? 'en'], 1);

  function addSingulars(word: string, admit: (length: number) => boolean, out: string[]): void {
    if (word.length < MIN_LENGTH) return;
    for (const [from, to] of singular.byCode.get(word.charCodeAt(word.length - 1)) ?? NONE) {
      const length = word.length - from.length + to.length;
      if (length < 3 || !admit(length) || !word.endsWith(from)) continue;
      const guess = word.slice(0, word.length - from.length) + to;
      if (guess !== word && !out.includes(guess)) out.push(guess);
    }
  }

  function addPlurals(word: string, admit: (length: number) => boolean, out: string[]): void {
    const specific = plural.byCode.get(word.charCodeAt(word.length - 1)) ?? NONE;
    for (const list of [specific, plural.any]) {
      for (const [from, to] of list) {
        if (!admit(word.length - to.length + from.length) || !word.endsWith(to)) continue;
        const guess = word.slice(0, word.length - to.length) + from;
        if (guess !== word && !out.includes(guess)) out.push(guess);
      }
    }
  }

  return {
    singulars(word, admit) {
      const out: string[] = [];
      addSingulars(word, admit, out);
      return out;
    },
    forms(word, admit) {
      const out: string[] = [];
      addSingulars(word, admit, out);
      if (word.length >= MIN_LENGTH - 1) addPlurals(word, admit, out);
      return out;
    },
  };
}
