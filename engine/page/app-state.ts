/**
 * Application state that JavaScript pages embed for their own scripts to render from: JSON script
 * blocks (`<script type="application/json">`, Next.js `__NEXT_DATA__`), state assignments
 * (`window.__INITIAL_STATE__ = {...}`, `= JSON.parse('...')`, Apollo / Redux state), Next.js App
 * Router flight data (`self.__next_f.push([1,"..."])`) and Inertia.js's `data-page` attribute.
 * These are framework conventions shared by many sites. Only sources whose text holds the
 * caller's hint word are parsed; every source and the total are capped (LIMITS.appState*).
 */
import { decodeJsString } from './js-string';
import { LIMITS } from './limits';
import type { ExtraScan } from './extra-scan';

const ASSIGNMENT = /^\s*(?:(?:window|self|globalThis)\s*\.\s*|(?:var|let|const)\s+)?[\w$.[\]'"]{1,80}\s*=\s*/;
const JSON_PARSE_CALL = /^JSON\.parse\(\s*(["'])/;
const FLIGHT_PUSH = /^\s*\(?\s*self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\s*\)?\s*\.push\(|^\s*self\.__next_f\.push\(\s*\[\s*1\s*,\s*"/;

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The first balanced `{...}` / `[...]` at the start of `text` (outside strings), or null. */
function balancedPrefix(text: string): string | null {
  const open = text[0];
  if (open !== '{' && open !== '[') return null;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  return null;
}

/** The value assigned by a state script (`x = {...};` or `x = JSON.parse('...')`), if it is JSON. */
function assignedValue(text: string): unknown {
  const m = ASSIGNMENT.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const call = JSON_PARSE_CALL.exec(rest);
  if (call) {
    const inner = decodeJsString(rest.slice(call[0].length - 1));
    return inner === null ? undefined : tryParse(inner);
  }
  const json = balancedPrefix(rest);
  return json ? tryParse(json) : undefined;
}

/** The escaped body of the string a flight script pushes (between its double quotes), or null. */
function flightChunk(text: string): string | null {
  const open = text.indexOf('"');
  const close = text.lastIndexOf('"');
  return open >= 0 && close > open ? text.slice(open + 1, close) : null;
}

/** Is `s[i..i+1]` an escaped newline (`\n` after an even run of backslashes), i.e. a row break? */
function isRowBreak(s: string, i: number): boolean {
  let slashes = 0;
  for (let j = i; j >= 0 && s[j] === '\\'; j--) slashes++;
  return slashes % 2 === 1;
}

function rowBreakBefore(s: string, at: number): number {
  for (let i = s.lastIndexOf('\\n', at); i >= 0; i = s.lastIndexOf('\\n', i - 1)) if (isRowBreak(s, i)) return i;
  return -1;
}

function rowBreakAfter(s: string, at: number): number {
  for (let i = s.indexOf('\\n', at); i >= 0; i = s.indexOf('\\n', i + 1)) if (isRowBreak(s, i)) return i;
  return s.length;
}

/**
 * Next.js flight rows (`id:JSON` lines) holding `hint`. Rows are found in the still-escaped
 * payload, so only the rows that hold the hint are unescaped and parsed.
 */
function flightRows(escaped: string, hint: string, into: unknown[]): void {
  let from = 0;
  while (from < escaped.length && into.length < LIMITS.appStateSources) {
    const at = escaped.indexOf(hint, from);
    if (at < 0) break;
    const before = rowBreakBefore(escaped, at);
    const start = before < 0 ? 0 : before + 2;
    const end = rowBreakAfter(escaped, at);
    from = end + 2;
    const row = tryParse(`"${escaped.slice(start, end)}"`);
    if (typeof row !== 'string') continue;
    const colon = row.indexOf(':');
    const first = row[colon + 1];
    if (colon > 0 && colon <= 8 && (first === '{' || first === '[')) {
      const value = tryParse(row.slice(colon + 1));
      if (value !== undefined) into.push(value);
    }
  }
}

/**
 * Rows holding `hint` across the pushed chunks (a row may span several): each chunk with the hint
 * is joined with the neighbours its row runs into, never the whole payload at once.
 */
function flightWindows(chunks: readonly string[], hint: string, into: unknown[]): void {
  for (let i = 0; i < chunks.length; i++) {
    const at = chunks[i].indexOf(hint);
    if (at < 0) continue;
    let a = i;
    while (a > 0 && rowBreakBefore(chunks[a], a === i ? at : chunks[a].length) < 0) a--;
    let b = i;
    while (b < chunks.length - 1 && rowBreakAfter(chunks[b], b === i ? at : 0) === chunks[b].length) b++;
    flightRows(chunks.slice(a, b + 1).join(''), hint, into);
    i = b;
  }
}

/**
 * Parsed application-state values on the page whose source text contains `hint` (a cheap
 * substring test before any parsing), in document order.
 */
export function readAppState(extras: ExtraScan, hint: string): unknown[] {
  const out: unknown[] = [];
  let budget = LIMITS.appStateTotalChars;
  const flight: string[] = [];
  const scripts = extras.scripts;
  for (let i = 0; i < scripts.length && i < LIMITS.elements && out.length < LIMITS.appStateSources; i++) {
    const el = scripts[i];
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type.includes('ld+json')) continue;
    const text = el.textContent ?? '';
    if (text.length > LIMITS.appStateChars || text.length > budget) continue;
    if (FLIGHT_PUSH.test(text.slice(0, 80))) {
      // Rows may be split across pushes: decode every chunk, search the whole payload once.
      const chunk = flightChunk(text);
      if (chunk !== null) {
        flight.push(chunk);
        budget -= chunk.length;
      }
      continue;
    }
    if (!text.includes(hint)) continue;
    budget -= text.length;
    const value = type.includes('json') ? tryParse(text.trim()) : assignedValue(text);
    if (value !== undefined && typeof value === 'object' && value !== null) out.push(value);
  }
  flightWindows(flight, hint, out);
  // Inertia.js: the page's props as JSON in the root element's data-page attribute.
  const page = extras.dataPage?.getAttribute('data-page') ?? '';
  if (page.length <= Math.min(LIMITS.appStateChars, budget) && page.includes(hint)) {
    const value = tryParse(page);
    if (value !== undefined) out.push(value);
  }
  return out;
}
