/** `$1`…`$9` in a message replaced by the substitutions (a missing one by nothing), `$$` by `$`, as `i18n.getMessage` does. */
export function fillMessage(text: string, substitutions: readonly string[]): string {
  if (!text.includes('$')) return text;
  return text.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}
