/**
 * Context rules: words near a food that change its tags ("cooked and cooled rice" gains
 * prebiotic, "canned sauerkraut" loses probiotic, "fermented pickles" gain it). The trigger words
 * live in context-words.ts; this file compiles them once and applies them to a hit.
 */
import { CONTEXT_WORDS } from './context-words';
import { addPhrase, createPhraseIndex, longestPhraseAt, phraseWords, type PhraseMap } from './phrase-index';
import type { ContextRule, Tag } from './types';

/** Words either side of a food that its context rules look at. */
export const CONTEXT_WINDOW = 8;

/** A trigger phrase (the rules it triggers) or an ignored phrase (empty list). */
export type ContextIndex = PhraseMap<readonly ContextRule[]>;

export function compileContext(): ContextIndex {
  const index: ContextIndex = createPhraseIndex();
  const merge = (a: readonly ContextRule[], b: readonly ContextRule[]) => (a.length === 0 || b.length === 0 ? [] : [...new Set([...a, ...b])]);
  for (const [rule, words] of Object.entries(CONTEXT_WORDS) as [ContextRule, (typeof CONTEXT_WORDS)[ContextRule]][]) {
    for (const list of Object.values(words.triggers)) {
      for (const phrase of list) addPhrase(index, phraseWords(phrase), [rule], merge);
    }
    for (const list of Object.values(words.ignore ?? {})) {
      for (const phrase of list ?? []) addPhrase(index, phraseWords(phrase), [], () => []);
    }
  }
  return index;
}

/** The rules triggered in `words[from, to)`, longest phrase first. */
export function triggeredRules(index: ContextIndex, words: readonly string[], from: number, to: number): Set<ContextRule> {
  const found = new Set<ContextRule>();
  const end = Math.min(to, words.length);
  for (let i = Math.max(0, from); i < end; ) {
    const hit = longestPhraseAt(index, words, i);
    if (hit && i + hit.length <= end) {
      for (const rule of hit.value) found.add(rule);
      i += hit.length;
    } else i++;
  }
  return found;
}

/** A food's tags after its rules, given the rules the line triggers. */
export function applyContextRules(tags: readonly Tag[], rules: readonly ContextRule[], triggered: ReadonlySet<ContextRule>): Tag[] {
  const out = new Set<Tag>(tags);
  for (const rule of rules) {
    const on = triggered.has(rule);
    if (rule === 'resistant-starch-when-cooled' && on) out.add('prebiotic');
    else if (rule === 'live-only-when-fermented') {
      if (on) out.add('probiotic');
      else out.delete('probiotic');
    } else if (rule === 'dead-when-canned' && on) out.delete('probiotic');
  }
  const order: readonly Tag[] = ['fiber', 'prebiotic', 'probiotic', 'plant'];
  return order.filter((t) => out.has(t));
}
