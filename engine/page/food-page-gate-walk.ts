/**
 * The first look (food-page-gate.ts) answered from the one walk over a saved page instead of three
 * selector queries: each element's attributes are tested as the gate's selectors test them (class
 * as written; `type` compared ignoring case, as CSS does for HTML), and the JSON-LD scripts and
 * heading-like elements the gate reads are collected for it in document order. Same answer as
 * `mayBeFoodPage` (tests/corpus/page-scan.test.ts).
 */
import { foodTypeInJsonLd, ingredientsHeadingIn, MAX_HEADINGS } from './food-page-gate';
import type { DomElement } from './types';
import type { WalkAttributes } from './walk-attributes';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'DT', 'TH', 'LEGEND', 'CAPTION', 'P']);
/** `[class*="recipe" i]`, `[class*="price" i]`, `[class*="product" i]` (`.h-recipe`, `.hrecipe` hold "recipe"). */
const CLASS_ANY_CASE = /recipe|price|product/i;
const ITEMTYPE = /recipe|product/i;

export interface GateState {
  hint: boolean;
  jsonLd: DomElement[];
  headings: DomElement[];
}

export function newGateState(): GateState {
  return { hint: false, jsonLd: [], headings: [] };
}

/** Does the element match the gate's hint selectors (food-page-gate.ts HINTS)? */
function isHint(tag: string, a: Readonly<WalkAttributes>): boolean {
  if (a.itemtype !== null && (ITEMTYPE.test(a.itemtype) || a.itemtype.includes('Offer'))) return true;
  if (a.typeOf !== null && (a.typeOf.includes('Recipe') || a.typeOf.includes('Product'))) return true;
  if (a.itemprop === 'recipeIngredient' || a.itemprop === 'ingredients' || a.itemprop === 'price' || a.property === 'recipeIngredient') return true;
  // `.p-ingredient`, `.ingredient` and `[class*="ngredient"]`; basket and cart case-sensitive, as written there.
  const cls = a.cls;
  if (cls !== null && (cls.includes('ngredient') || CLASS_ANY_CASE.test(cls) || cls.includes('basket') || cls.includes('cart'))) return true;
  if (a.id !== null && (a.id.includes('ngredient') || a.id.includes('recipe'))) return true;
  if (a.dataPrice) return true;
  return tag === 'META' && ((a.property === 'og:type' && (a.content ?? '').includes('product')) || a.property === 'product:price:amount');
}

/** Note one element outside `<template>` contents (which selector queries do not enter either). */
export function noteGateElement(state: GateState, el: DomElement, tag: string, a: Readonly<WalkAttributes>): void {
  if (state.hint) return;
  if (isHint(tag, a)) {
    state.hint = true;
    return;
  }
  if (tag === 'SCRIPT' && a.type !== null && a.type.toLowerCase() === 'application/ld+json') state.jsonLd.push(el);
  else if (HEADING_TAGS.has(tag) && state.headings.length < MAX_HEADINGS) state.headings.push(el);
}

/** The gate's answer once the walk is done: a hint, else food types in JSON-LD, else an ingredients heading. */
export function gateAnswer(state: GateState): boolean {
  return state.hint || foodTypeInJsonLd(state.jsonLd) || ingredientsHeadingIn(state.headings);
}
