/**
 * Group headings that pages write as list items or paragraphs of their ingredient list ("Pulled
 * Pork" in bold, "Ranch" between two lists) rather than as heading elements: short, no amount,
 * and either wholly bold or standing alone between lists.
 */
import { collapseSpace } from './clean-text';
import type { DomElement } from './types';
import { tagOf } from './dom-read';

const BOLD = new Set(['STRONG', 'B', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_WORDS = 6;
const ELEMENT = 1;
const TEXT = 3;

/** Short text without a digit: what a group heading reads like. */
export function readsAsGroupTitle(text: string): boolean {
  const t = collapseSpace(text);
  return t.length > 0 && !/\d/.test(t) && t.split(' ').length <= MAX_WORDS;
}

/** An element whose only text is one bold child (`<li><strong>Pulled Pork</strong></li>`). */
export function isBoldGroupTitle(el: DomElement): boolean {
  let node: DomElement = el;
  // Down through single-child wrappers (<li><p><strong>…</strong></p></li>).
  for (let depth = 0; depth < 4; depth++) {
    let only: DomElement | null = null;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.nodeType === TEXT) {
        if ((k.textContent ?? '').trim()) return false;
      } else if (k.nodeType === ELEMENT) {
        if (only) return false;
        only = k as DomElement;
      }
    }
    if (!only) return false;
    if (BOLD.has(tagOf(only))) return readsAsGroupTitle(only.textContent ?? '');
    node = only;
  }
  return false;
}
