/**
 * JSON as pages write it in `<script type="application/ld+json">`: strict JSON first, then a
 * repair pass for what browsers' consumers tolerate in the wild — comments, trailing commas,
 * raw newlines and tabs inside strings, `\'` escapes, CDATA / HTML comment wrappers, several
 * objects one after another. Linear time; never throws.
 */
import { balancedEnd, tryParse } from './json-text';

function repair(text: string): string {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  let inString = false;
  let chunkStart = 0;
  const flush = (end: number): void => {
    if (end > chunkStart) out.push(text.slice(chunkStart, end));
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) {
        const next = text[i + 1];
        if (next === "'") {
          flush(i);
          out.push("'");
          i += 2;
          chunkStart = i;
          continue;
        }
        if (next !== undefined && !'"\\/bfnrtu'.includes(next)) {
          flush(i);
          out.push('\\\\');
          i += 1;
          chunkStart = i;
          continue;
        }
        i += 2;
        continue;
      }
      if (c === 34 /* " */) inString = false;
      else if (c < 32) {
        flush(i);
        out.push(c === 10 ? '\\n' : c === 13 ? '\\r' : c === 9 ? '\\t' : ' ');
        chunkStart = i + 1;
      }
      i++;
      continue;
    }
    if (c === 34) {
      inString = true;
      i++;
      continue;
    }
    if (c === 47 /* / */ && text[i + 1] === '/') {
      flush(i);
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      chunkStart = i;
      continue;
    }
    if (c === 47 && text[i + 1] === '*') {
      flush(i);
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      chunkStart = i;
      continue;
    }
    if (c === 44 /* , */) {
      let j = i + 1;
      while (j < n && /\s/.test(text[j])) j++;
      if (text[j] === '}' || text[j] === ']') {
        flush(i);
        i = j;
        chunkStart = i;
        continue;
      }
    }
    i++;
  }
  flush(n);
  return out.join('');
}

function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^(?:\/\/\s*)?<!--|(?:\/\/\s*)?-->$/g, '')
    .replace(/;\s*$/, '')
    .trim();
}

/** Split `{...}{...}` / `{...}\n{...}` into top-level values by bracket depth, outside strings. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{' && text[i] !== '[') continue;
    const end = balancedEnd(text, i);
    if (end < 0) break;
    parts.push(text.slice(i, end));
    i = end - 1;
  }
  return parts;
}

/** Parse JSON leniently; `undefined` when even the repaired text is not JSON. */
export function parseLenientJson(raw: string): unknown {
  const strict = tryParse(raw);
  if (strict !== undefined) return strict;
  // Twice: the first pass drops comments, which can leave a comma before a closing bracket.
  const fixed = repair(repair(unwrap(raw)));
  const repaired = tryParse(fixed);
  if (repaired !== undefined) return repaired;
  const parts = splitTopLevel(fixed);
  if (parts.length < 2) return undefined;
  const values = parts.map(tryParse).filter((v) => v !== undefined);
  return values.length > 0 ? values : undefined;
}
