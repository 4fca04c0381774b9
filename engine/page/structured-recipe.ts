/**
 * A recipe from structured data: a JSON-LD Recipe node, or microdata / RDFa / h-recipe markup on
 * the elements themselves. Ingredient lines come out in page order, cleaned of markup.
 */
import { cleanMarkupText } from './clean-text';
import { elementText, elementTextLines } from './element-text';
import { isBoldGroupTitle } from './group-heading-element';
import type { JsonObject } from './json-ld';
import { LIMITS } from './limits';
import type { DomElement } from './types';
import { tagOf } from './dom-read';

/** Where one string holds several lines: newlines, <br>, list items and paragraphs. */
const LINE_BREAKS = /\r?\n|<br\s*\/?>|<\/?(?:li|p|ul|ol)\b[^>]*>/i;

/** Ingredient lines from a `recipeIngredient` / `ingredients` value in any shape. */
export function ingredientLines(value: unknown): string[] {
  const out: string[] = [];
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0 && out.length < LIMITS.lines) {
    const { value: v, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > 8) continue;
    if (typeof v === 'string') {
      for (const part of v.split(LINE_BREAKS)) {
        const line = cleanMarkupText(part);
        if (line) out.push(line);
      }
    } else if (typeof v === 'number') {
      out.push(String(v));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: depth + 1 });
    } else if (typeof v === 'object' && v !== null) {
      const o = v as JsonObject;
      const inner = o.itemListElement ?? o.recipeIngredient ?? o.ingredients;
      if (inner !== undefined) stack.push({ value: inner, depth: depth + 1 });
      else {
        const text = o.text ?? o.name ?? o['@value'];
        if (typeof text === 'string') stack.push({ value: text, depth: depth + 1 });
      }
    }
  }
  return out;
}

export function jsonLdRecipeLines(node: JsonObject): string[] {
  return ingredientLines(node.recipeIngredient ?? node.ingredients ?? []);
}

export function stringField(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanMarkupText(value) || undefined;
  if (Array.isArray(value)) return stringField(value[0]);
  return undefined;
}

export function servingsOf(value: unknown): number | undefined {
  const text = Array.isArray(value) ? value.map(String).join(' ') : typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const m = /\d+/.exec(text);
  const n = m ? Number(m[0]) : NaN;
  return Number.isFinite(n) && n > 0 && n < 1000 ? n : undefined;
}

/** Lines from ingredient elements (microdata, RDFa, h-recipe), in document order, nested duplicates dropped. */
export function elementLines(elements: ArrayLike<DomElement>): string[] {
  const out: string[] = [];
  const taken: DomElement[] = [];
  for (let i = 0; i < elements.length && i < LIMITS.elements && out.length < LIMITS.lines; i++) {
    const el = elements[i];
    if (taken.some((t) => isInside(el, t))) continue;
    const content = el.getAttribute('content');
    taken.push(el);
    if (content && tagOf(el) === 'META') {
      const line = cleanMarkupText(content);
      if (line) out.push(line);
      continue;
    }
    // One marked element holding the whole list: its items, or its lines.
    const items = el.querySelectorAll('li');
    if (items.length >= 2) {
      for (let j = 0; j < items.length && out.length < LIMITS.lines; j++) {
        if (isBoldGroupTitle(items[j])) continue;
        const line = elementText(items[j]);
        if (line) out.push(line);
      }
      continue;
    }
    if (el.querySelector('br')) {
      out.push(...elementTextLines(el));
      continue;
    }
    if (isBoldGroupTitle(el)) continue;
    const line = elementText(el);
    if (line) out.push(line);
  }
  return out;
}

function isInside(el: DomElement, ancestor: DomElement): boolean {
  let p = el.parentElement;
  for (let i = 0; p && i < LIMITS.ancestors; i++, p = p.parentElement) if (p === ancestor) return true;
  return false;
}
