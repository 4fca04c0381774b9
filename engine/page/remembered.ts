/**
 * One answer about a document, worked out once while a caller's work runs: the content script
 * asks first (to time the step on its own, or to keep what it found), then readPage asks again
 * and gets the same answer for free. Outside `during`, every call works it out afresh.
 */
import type { DomDocument } from './types';

export interface Remembered<T> {
  get(doc: DomDocument): T;
  /** Run `work` with the answer for `doc` kept (or `known`, when the caller already has it). */
  during<R>(doc: DomDocument, work: () => R, known?: T): R;
}

export function remembered<T>(compute: (doc: DomDocument) => T): Remembered<T> {
  let kept: { doc: DomDocument; value?: T; has: boolean } | null = null;
  return {
    get(doc) {
      if (kept?.doc !== doc) return compute(doc);
      if (!kept.has) kept = { doc, value: compute(doc), has: true };
      return kept.value as T;
    },
    during(doc, work, ...known) {
      kept = known.length ? { doc, value: known[0], has: true } : { doc, has: false };
      try {
        return work();
      } finally {
        kept = null;
      }
    },
  };
}
