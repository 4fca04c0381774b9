/**
 * JSON-LD on a page: every `<script type="application/ld+json">`, parsed leniently, searched for
 * typed nodes in any shape seen in the wild — several blocks, `@graph`, arrays, nested
 * `mainEntity` / `itemListElement`, `@type` as a list or lower case. Bounded by LIMITS.
 */
import { parseLenientJson } from './lenient-json';
import { LIMITS } from './limits';
import type { Steps } from './steps';
import type { DomElement } from './types';
import { typeNames } from './schema-types';

export type JsonObject = Record<string, unknown>;

export interface JsonLdNodes {
  /** Every object carrying an `@type`, in document order (depth-first). */
  typed: { types: string[]; node: JsonObject; depth: number }[];
  /** Scripts skipped as too large or unparseable. */
  skipped: number;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collect typed nodes of parsed JSON-LD, iteratively (no recursion), within LIMITS. */
export function collectTyped(root: unknown, into: JsonLdNodes['typed'], budget: { values: number }): void {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0 && budget.values > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    budget.values--;
    if (depth > LIMITS.jsonDepth) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        if (typeof value[i] === 'object' && value[i] !== null) stack.push({ value: value[i], depth: depth + 1 });
      }
      continue;
    }
    if (!isObject(value)) continue;
    const types = typeNames(value['@type']);
    if (types.length > 0) into.push({ types, node: value, depth });
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const child = value[keys[i]];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
    }
  }
}

/** The JSON-LD scripts' typed nodes, as steps (steps.ts): a script a step. */
export function* readJsonLdSteps(scripts: readonly DomElement[]): Steps<JsonLdNodes> {
  const result: JsonLdNodes = { typed: [], skipped: 0 };
  const budget = { values: LIMITS.jsonValues };
  for (let i = 0; i < scripts.length && i < LIMITS.jsonLdScripts; i++) {
    if (i > 0) yield;
    const text = scripts[i].textContent ?? '';
    if (text.length > LIMITS.jsonLdScriptChars) {
      result.skipped++;
      continue;
    }
    const parsed = parseLenientJson(text);
    if (parsed === undefined) {
      result.skipped++;
      continue;
    }
    collectTyped(parsed, result.typed, budget);
  }
  return result;
}
