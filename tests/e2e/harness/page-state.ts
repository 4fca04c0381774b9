/**
 * Reading what Gut Lens did to a page, from the page itself: its performance entries, its CSS
 * highlights, and its DOM.
 */
import type { Page } from 'playwright-core';

export interface DoneDetail {
  matches: number;
  kind: string;
}

/**
 * Wait for the content script's `gut-lens:done` mark and return its detail. Polls with
 * `page.evaluate`, which works when the page's own scripts are disabled (waitForFunction does not).
 */
export async function waitForDone(page: Page, timeoutMs = 30_000): Promise<DoneDetail> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const detail = await page.evaluate(() => {
      const mark = performance.getEntriesByName('gut-lens:done')[0] as PerformanceMark | undefined;
      return mark ? (mark.detail as { matches: number; kind: string }) : null;
    });
    if (detail) return detail;
    if (Date.now() > end) throw new Error(`no gut-lens:done mark within ${timeoutMs} ms on ${page.url()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Highlighted text per highlight name. */
export function highlightedText(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((range) => range.toString());
    });
    return out;
  });
}

/** The page's DOM as markup, with Gut Lens's own UI host removed. */
export function domSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('gut-lens-ui').forEach((el) => el.remove());
    return copy.outerHTML;
  });
}
