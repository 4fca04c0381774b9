/**
 * A saved page read in one walk over its elements from script. In a browser native queries are
 * faster (page-scan.ts, food-page-gate.ts, extra-scan.ts); in a DOM written in JavaScript
 * (linkedom, for saved pages) every selector query is a walk of its own. So this walk notes, in
 * one pass in document order, what those queries find: the page scan, the first look's answer,
 * the extra scan and the grocery reader's landmarks. Each element's attributes are read once
 * (walk-attributes.ts); a subtree the scan skips is stepped over by its end, not element by element. The answers are the
 * queries' own on every corpus page (tests/corpus/page-scan.test.ts).
 */
import { newScanState, noteScanElement, SCAN_SKIPPED } from './scan-element';
import { newGateState, noteGateElement, gateAnswer } from './food-page-gate-walk';
import { noteExtraElement, type ExtraScan } from './extra-scan';
import { newLandmarks, noteLandmark } from './page-landmarks';
import type { PageScan } from './page-scan';
import type { DomDocument, DomElement } from './types';
import { readAttributes } from './walk-attributes';
import { tagOf } from './dom-read';

const LIMIT_SCAN = 150_000;
/** NodeFilter.SHOW_ELEMENT */
const SHOW_ELEMENT = 0x1;

export interface PageWalk {
  scan: PageScan;
  /** The scan stopped at its element cap (then it may differ from scanPage's). */
  truncated: boolean;
  /** What `mayBeFoodPage` answers. */
  mayBeFood: boolean;
  extras: ExtraScan;
}

/** The first element after `el`'s subtree within `top`'s, or null at its end. */
function afterSubtree(el: DomElement, top: DomElement): DomElement | null {
  for (let node: DomElement | null = el; node && node !== top; node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/** Elements at the top of the document, `<html>` and any a page left outside it, in order. */
function topElements(root: DomElement): DomElement[] {
  let first = root;
  for (let prev = root.previousElementSibling; prev; prev = prev.previousElementSibling) first = prev;
  const out: DomElement[] = [];
  for (let el: DomElement | null = first; el; el = el.nextElementSibling) out.push(el);
  return out;
}

export function walkPage(doc: DomDocument): PageWalk {
  const state = newScanState();
  const gate = newGateState();
  const extras: ExtraScan = { scripts: [], dataPage: null, tabs: [] };
  const landmarks = newLandmarks();
  let matched = 0;
  let scanned = 0;
  let truncated = false;
  const root = doc.documentElement;
  // Queries see the whole document; the scan, as scanPage's walk did, only `<html>`.
  for (const top of root ? topElements(root) : []) {
    // Inside a subtree the scan skips (or a template, which queries skip): until this element.
    let scanSkip: DomElement | null | undefined = top === root ? undefined : null;
    let querySkip: DomElement | null | undefined;
    const walker = doc.createTreeWalker(top, SHOW_ELEMENT);
    for (let el: DomElement | null = top; el; el = walker.nextNode() as DomElement | null) {
      if (el === scanSkip) scanSkip = undefined;
      if (el === querySkip) querySkip = undefined;
      const inQueries = querySkip === undefined;
      const inScan = scanSkip === undefined && !truncated;
      if (!inQueries && !inScan) continue;
      const tag = tagOf(el);
      const a = readAttributes(el, tag);
      if (inQueries) {
        noteGateElement(gate, el, tag, a);
        matched = noteExtraElement(extras, matched, el, tag, a);
        noteLandmark(landmarks, el, tag, a);
        if (tag === 'TEMPLATE') querySkip = afterSubtree(el, top);
      }
      if (!inScan) continue;
      if (scanned >= LIMIT_SCAN) {
        truncated = true;
        continue;
      }
      scanned++;
      noteScanElement(state, el, tag, a);
      if (SCAN_SKIPPED.has(tag)) scanSkip = afterSubtree(el, top);
    }
  }
  return { scan: { ...state.scan, extras, landmarks }, truncated, mayBeFood: gateAnswer(gate), extras };
}
