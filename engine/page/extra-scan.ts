/**
 * The elements the later readers need that the main scan (page-scan.ts) does not note: inline
 * scripts (application state), Inertia's `[data-page]` root, ARIA tabs. One native selector query
 * for all of them (a DOM library's query costs a walk of the page, whatever its selector), made
 * only when a page gets that far, and shared. The walk over a saved page (page-scan-walk.ts) notes
 * them on its way instead.
 */
import { LIMITS } from './limits';
import type { DomDocument, DomElement } from './types';
import type { WalkAttributes } from './walk-attributes';
import { tagOf } from './dom-read';

export interface ExtraScan {
  scripts: DomElement[];
  dataPage: DomElement | null;
  tabs: DomElement[];
}

const QUERY = 'script:not([src]), [data-page], [role="tab"]';

export function scanExtras(doc: DomDocument): ExtraScan {
  const out: ExtraScan = { scripts: [], dataPage: null, tabs: [] };
  const found = doc.querySelectorAll(QUERY);
  for (let i = 0; i < found.length && i < LIMITS.scanElements; i++) {
    const el = found[i];
    if (tagOf(el) === 'SCRIPT') {
      if (out.scripts.length < LIMITS.elements) out.scripts.push(el);
      continue;
    }
    if (!out.dataPage && el.hasAttribute('data-page')) out.dataPage = el;
    if (el.getAttribute('role') === 'tab' && out.tabs.length < LIMITS.elements) out.tabs.push(el);
  }
  return out;
}

/**
 * One element of a walk over the page, outside `<template>` contents (as the query above): noted
 * when the query would have matched it. `matched` counts the matches so far, for the same cap.
 */
export function noteExtraElement(out: ExtraScan, matched: number, el: DomElement, tag: string, a: Readonly<WalkAttributes>): number {
  const isScript = tag === 'SCRIPT';
  if (!((isScript && !a.src) || a.dataPage || a.role === 'tab')) return matched;
  if (matched >= LIMITS.scanElements) return matched;
  if (isScript) {
    if (out.scripts.length < LIMITS.elements) out.scripts.push(el);
    return matched + 1;
  }
  if (!out.dataPage && a.dataPage) out.dataPage = el;
  if (a.role === 'tab' && out.tabs.length < LIMITS.elements) out.tabs.push(el);
  return matched + 1;
}

/** A function that makes the extra scan once, on first call (or hands over one a walk made). */
export function lazyExtras(doc: DomDocument, made?: ExtraScan): () => ExtraScan {
  let extras: ExtraScan | null = made ?? null;
  return () => (extras ??= scanExtras(doc));
}
