/**
 * The elements the later readers need that the main scan (page-scan.ts) does not note: inline
 * scripts (application state), Inertia's `[data-page]` root, ARIA tabs. One native selector query
 * for all of them (a DOM library's query costs a walk of the page, whatever its selector), made
 * only when a page gets that far, and shared. Folding it into page-scan would save that walk.
 */
import { LIMITS } from './limits';
import type { DomDocument, DomElement } from './types';

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
    if (el.tagName.toUpperCase() === 'SCRIPT') {
      if (out.scripts.length < LIMITS.elements) out.scripts.push(el);
      continue;
    }
    if (!out.dataPage && el.hasAttribute('data-page')) out.dataPage = el;
    if (el.getAttribute('role') === 'tab' && out.tabs.length < LIMITS.elements) out.tabs.push(el);
  }
  return out;
}

/** A function that makes the extra scan once, on first call. */
export function lazyExtras(doc: DomDocument): () => ExtraScan {
  let extras: ExtraScan | null = null;
  return () => (extras ??= scanExtras(doc));
}
