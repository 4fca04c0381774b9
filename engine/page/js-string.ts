/**
 * A JavaScript string literal as pages write state into scripts (`JSON.parse('...')`,
 * `push([1,"..."])`): the text from its opening quote, decoded up to the closing quote. Linear
 * time; null when the literal is not closed.
 */

const SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

export function decodeJsString(text: string): string | null {
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return null;
  const parts: string[] = [];
  let chunkStart = 1;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === quote) {
      parts.push(text.slice(chunkStart, i));
      return parts.join('');
    }
    if (ch !== '\\') continue;
    parts.push(text.slice(chunkStart, i));
    const next = text[i + 1];
    if (next === undefined) return null;
    if (next === 'u' || next === 'x') {
      const braced = next === 'u' && text[i + 2] === '{';
      const len = next === 'x' ? 2 : braced ? text.indexOf('}', i) - i - 3 : 4;
      const hex = text.slice(i + (braced ? 3 : 2), i + (braced ? 3 : 2) + len);
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      parts.push(Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '');
      i += (braced ? 3 : 1) + Math.max(len, 0);
    } else if (next === '\n') {
      i += 1; // a line continuation
    } else {
      parts.push(SIMPLE[next] ?? next);
      i += 1;
    }
    chunkStart = i + 1;
  }
  return null;
}
