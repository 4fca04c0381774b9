/**
 * A page that was not a recipe or a shop when we first looked may become one: apps render their
 * content after fetching it. While the budget lasts (a few re-checks within the first seconds of a
 * page or navigation), a cheap observer counts added elements and, once the page grew and then
 * settled, asks for the page to be read again. The observer only counts; it never walks or reads.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './guard';

export const NAVIGATION_SETTLE_MS = 400;
const SETTLE_MS = 600;
const WINDOW_MS = 15_000;
const MIN_ADDED_ELEMENTS = 10;
const MAX_RECHECKS = 3;

let used = 0;
let since = Date.now();

export const recheckBudget = {
  reset() {
    used = 0;
    since = Date.now();
  },
};

/** Watch for content arriving; call `recheck` once when it has. Returns a function that stops watching. */
export function recheckWhenContentArrives(ctx: ContentScriptContext, recheck: () => void): () => void {
  if (used >= MAX_RECHECKS || Date.now() - since > WINDOW_MS) return () => undefined;
  let added = 0;
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added++;
    if (added < MIN_ADDED_ELEMENTS) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(
      guard('recheck', () => {
        stop();
        if (Date.now() - since > WINDOW_MS || used >= MAX_RECHECKS) return;
        used++;
        recheck();
      }),
      SETTLE_MS,
    );
  });
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const expire = ctx.setTimeout(stop, Math.max(0, WINDOW_MS - (Date.now() - since)));
  ctx.onInvalidated(stop);
  return () => {
    stop();
    clearTimeout(expire);
  };
}
