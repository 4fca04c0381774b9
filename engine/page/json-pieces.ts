/**
 * JSON held in pieces (piece-text.ts) parsed without making it one string. `JSON.parse` wants a
 * flat string, and a flat string of 64 K characters or more is a large-object allocation that
 * costs V8 a large fraction of a millisecond by itself (measured; 0.01 ms just under that length)
 * — more than parsing it. A large array or object is cut at its top-level commas instead, its
 * members parsed natively a batch of less than LARGE characters at a time and put together in
 * order; a member that is large itself is cut the same way. The answer is `JSON.parse`'s: the same
 * value for valid JSON, undefined for invalid (each batch is checked by the native parser, the
 * cuts and the ends by the scan).
 */
import { isJsonSpace, scanContainer, tryParse, type ContainerScan, type InnerContainers } from './json-text';
import type { TextLike } from './piece-text';

/** Characters parsed in one native call: a batch, with its brackets, stays under 65,536. */
const LARGE = 60_000;
/** Large containers down to this depth are cut into batches (the first scan keeps their commas); deeper ones are parsed flat. */
const MAX_CUT_DEPTH = 8;

/** Is the character at `i` JSON whitespace? */
const spaceAt = (text: TextLike, i: number): boolean => isJsonSpace(text.charAt(i).charCodeAt(0));

/** Sets a parsed member on `into`; `__proto__` as an own member, as JSON.parse makes it. */
function setMember(into: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(into, key, { value, writable: true, enumerable: true, configurable: true });
  else into[key] = value;
}

/** An object member `"key": value` at `[a, b)`, its value large: the key and the value parsed apart. */
function largeMember(text: TextLike, a: number, b: number, inner: InnerContainers): [string, unknown] | undefined {
  let i = a;
  while (i < b && spaceAt(text, i)) i++;
  if (text.charAt(i) !== '"') return undefined;
  let close = i + 1;
  while (close < b && text.charAt(close) !== '"') close += text.charAt(close) === '\\' ? 2 : 1;
  const key = tryParse(text.slice(i, close + 1));
  let colon = close + 1;
  while (colon < b && spaceAt(text, colon)) colon++;
  if (typeof key !== 'string' || text.charAt(colon) !== ':') return undefined;
  const value = parseAt(text, colon + 1, b, inner);
  return value === undefined ? undefined : [key, value];
}

/**
 * `text[from, to)` parsed: flat when short, or when it is not one of the large containers the
 * first scan found (a long string, or a container nested too deep to have been kept).
 */
function parseAt(text: TextLike, from: number, to: number, inner: InnerContainers | null): unknown {
  if (to - from < LARGE) return tryParse(text.slice(from, to));
  let a = from;
  while (a < to && spaceAt(text, a)) a++;
  let b = to;
  while (b > a && spaceAt(text, b - 1)) b--;
  const open = text.charAt(a);
  if (open !== '[' && open !== '{') return tryParse(text.slice(from, to));
  let found = inner;
  let scan: ContainerScan | null | undefined = inner?.found.get(a);
  if (!found) {
    found = { depth: MAX_CUT_DEPTH, span: LARGE, found: new Map() };
    scan = scanContainer(text, a, found);
  } else if (!scan) return tryParse(text.slice(from, to));
  if (!scan || scan.end !== b || scan.emptyMember) return undefined;
  const isArray = open === '[';
  const close = isArray ? ']' : '}';
  const list: unknown[] = [];
  const record: Record<string, unknown> = {};
  // Member k runs from just after the bracket or comma before it to the comma or bracket after it.
  const starts = [a + 1, ...scan.commas.map((c) => c + 1)];
  const ends = [...scan.commas, b - 1];
  for (let k = 0; k < starts.length; ) {
    if (ends[k] - starts[k] >= LARGE) {
      if (isArray) {
        const value = parseAt(text, starts[k], ends[k], found);
        if (value === undefined) return undefined;
        list.push(value);
      } else {
        const member = largeMember(text, starts[k], ends[k], found);
        if (!member) return undefined;
        setMember(record, member[0], member[1]);
      }
      k++;
      continue;
    }
    let last = k;
    while (last + 1 < starts.length && ends[last + 1] - starts[k] < LARGE) last++;
    const batch = tryParse(open + text.slice(starts[k], ends[last]) + close);
    if (batch === undefined) return undefined;
    if (isArray) for (const item of batch as unknown[]) list.push(item);
    else for (const [key, value] of Object.entries(batch as Record<string, unknown>)) setMember(record, key, value);
    k = last + 1;
  }
  return isArray ? list : record;
}

/** `JSON.parse` of `text[from, to)`, never joining LARGE characters or more into one string (bar a string value that long). */
export function parseJsonPieces(text: TextLike, from = 0, to = text.length): unknown {
  return parseAt(text, from, to, null);
}
