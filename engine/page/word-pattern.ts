/**
 * Case-blind word lists that are cheap to start. V8 compiles a regular expression on its first
 * use and again, to machine code, soon after — once for Latin-1 text and once for other text —
 * and with the `i` and `u` flags together a long alternation of words takes milliseconds each
 * time (every letter brings its Unicode case variants). A content script pays that on every page
 * it reads. Lowercasing the text and testing a lowercase pattern with `u` alone answers the same
 * for a `.test` and compiles in a fraction of the time. Patterns are written in lowercase; the
 * vocabularies' test checks it.
 */
export interface WordPattern {
  readonly source: string;
  test(text: string): boolean;
}

/** Made when first tested: a page that never asks costs nothing, not even at load. */
export function wordPattern(source: string): WordPattern {
  let pattern: RegExp | null = null;
  return { source, test: (text) => (pattern ??= new RegExp(source, 'u')).test(text.toLowerCase()) };
}

/**
 * `head` (anchored at the start) then at most `tailMax` more characters to the end of the text, none
 * a line break: `head[^\n]{0,tailMax}$`, with the tail counted here instead of by the pattern. V8
 * compiles a bounded repeat like that into `tailMax` copies of the class, and with the `u` flag on
 * text outside Latin-1 each copy reads surrogate pairs: a compile of many milliseconds on a page's
 * first heading. Only for heads that can end at one place in a text (words that must end there).
 * The head is compiled without the `u` flag, in half the time: it must hold nothing the flag
 * changes (no characters outside the Basic Multilingual Plane, no `.`, no negated class, no `\p`).
 */
export function wordPatternWithTail(head: string, tailMax: number): WordPattern {
  let pattern: RegExp | null = null;
  return {
    source: `${head}[^\n]{0,${tailMax}}$`,
    test(text) {
      const lower = text.toLowerCase();
      const found = (pattern ??= new RegExp(head)).exec(lower);
      if (!found || found.index !== 0) return false;
      let chars = 0;
      for (let i = found[0].length; i < lower.length; i++) {
        const code = lower.charCodeAt(i);
        if (code === 10 || ++chars > tailMax) return false;
        // A surrogate pair is one character.
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < lower.length && (lower.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      }
      return true;
    },
  };
}

/**
 * The letters of the scripts our words and food names are written in — Latin (with its
 * extensions), Greek, Cyrillic — as class ranges, for patterns to write where they ask whether a
 * word goes on. `\p{L}` is hundreds of ranges, which V8 compiles into every pattern that holds
 * it, once more for text outside Latin-1 (any page with a curly quote); these few answer the
 * same for the languages we read.
 */
export const LETTER_RANGES = 'a-zA-Z\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff';

/** Letters a lowercase pattern must not hold (escapes such as `\S`, and LETTER_RANGES, aside): it could never match them. */
export function capitalsIn(source: string): string[] {
  return source.split(LETTER_RANGES).join('').replace(/\\[pPu]\{[^}]*\}|\\./gu, '').match(/\p{Lu}/gu) ?? [];
}
