/**
 * Singular guesses for a plural word, per language. The food list names singular and plural
 * forms; these rules are the fallback for a form it does not list ("shallots" when only
 * "shallot" is listed). They run only on a name lookup that missed, and a guess counts only when
 * it is itself a listed name, so a wrong guess costs a lookup, never a false hit by itself.
 * Words are folded (lower case, no accents).
 */
import type { Lang } from './types';

/** [plural ending, singular ending], tried in order. */
type SuffixRule = readonly [string, string];

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

/** Rules for a text in `lang` (that language's and English's), or every language's when unknown. */
export function pluralRulesFor(lang: Lang | undefined): readonly SuffixRule[] {
  if (!lang) return ALL_RULES;
  return lang === 'en' ? PLURAL_RULES.en : [...PLURAL_RULES[lang], ...PLURAL_RULES.en];
}

const ALL_RULES: readonly SuffixRule[] = dedupe(Object.values(PLURAL_RULES).flat());

function dedupe(rules: SuffixRule[]): SuffixRule[] {
  const seen = new Set<string>();
  return rules.filter(([from, to]) => {
    const key = `${from}>${to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Singular guesses for `word` under `rules`, most specific first (may be empty). */
export function singularGuesses(word: string, rules: readonly SuffixRule[]): string[] {
  const out: string[] = [];
  if (word.length < MIN_LENGTH) return out;
  for (const [from, to] of rules) {
    if (word.length - from.length + to.length < 3 || !word.endsWith(from)) continue;
    const guess = word.slice(0, word.length - from.length) + to;
    if (guess !== word && !out.includes(guess)) out.push(guess);
  }
  return out;
}
