/**
 * Application state that JavaScript pages embed for their own scripts to render from: JSON script
 * blocks (`<script type="application/json">`, Next.js `__NEXT_DATA__`), state assignments
 * (`window.__INITIAL_STATE__ = {...}`, `= JSON.parse('...')`, Apollo / Redux state), Next.js App
 * Router flight data (`self.__next_f.push([1,"..."])`) and Inertia.js's `data-page` attribute.
 * These are framework conventions shared by many sites. Only sources with a key that holds the
 * caller's hint word (`"ingredients":`) are parsed; every source and the total are capped
 * (LIMITS.appState*).
 */
import { decodeJsString } from './js-string';
import { balancedEnd, keyIndex, tryParse } from './json-text';
import { flightChunk, flightWindows } from './next-flight';
import { LIMITS } from './limits';
import type { ExtraScan } from './extra-scan';

const ASSIGNMENT = /^\s*(?:(?:window|self|globalThis)\s*\.\s*|(?:var|let|const)\s+)?[\w$.[\]'"]{1,80}\s*=\s*/;
const JSON_PARSE_CALL = /^JSON\.parse\(\s*(["'])/;
const FLIGHT_PUSH = /^\s*\(?\s*self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\s*\)?\s*\.push\(|^\s*self\.__next_f\.push\(\s*\[\s*1\s*,\s*"/;

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
  const end = balancedEnd(rest, 0);
  return end > 0 ? tryParse(rest.slice(0, end)) : undefined;
}

/**
 * Parsed application-state values on the page with a key holding `hint` (a cheap text search
 * before any parsing), in document order.
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
    if (keyIndex(text, hint) < 0) continue;
    budget -= text.length;
    const value = type.includes('json') ? tryParse(text.trim()) : assignedValue(text);
    if (value !== undefined && typeof value === 'object' && value !== null) out.push(value);
  }
  flightWindows(flight, hint, out);
  // Inertia.js: the page's props as JSON in the root element's data-page attribute.
  const page = extras.dataPage?.getAttribute('data-page') ?? '';
  if (page.length <= Math.min(LIMITS.appStateChars, budget) && keyIndex(page, hint) >= 0) {
    const value = tryParse(page);
    if (value !== undefined) out.push(value);
  }
  return out;
}
