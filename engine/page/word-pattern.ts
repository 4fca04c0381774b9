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

export function wordPattern(source: string): WordPattern {
  const pattern = new RegExp(source, 'u');
  return { source, test: (text) => pattern.test(text.toLowerCase()) };
}

/** Letters a lowercase pattern must not hold (escapes such as `\S` or `\p{L}` aside): it could never match them. */
export function capitalsIn(source: string): string[] {
  return source.replace(/\\[pPu]\{[^}]*\}|\\./gu, '').match(/\p{Lu}/gu) ?? [];
}
