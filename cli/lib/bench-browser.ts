/**
 * What the content benchmark's browsers share: pages served cross-origin isolated with their own
 * scripts refused, and the bare TreeWalker walk every content figure is a ratio to.
 */
import type { BrowserContext } from 'playwright-core';

/**
 * The pages' own scripts are refused (CSP), and the page is cross-origin isolated (COOP + COEP):
 * without isolation a page's clock moves in 0.1 ms steps, coarser than a bare walk of most pages,
 * and ratios to it would be noise. Everything a page loads comes from 127.0.0.1, so isolation
 * blocks nothing the page showed before.
 */
const BENCH_HEADERS = {
  'content-security-policy': "script-src 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/**
 * Nothing leaves 127.0.0.1, and the pages' own scripts are refused by a CSP header, so they
 * neither compete with what is measured nor navigate away.
 */
export async function serveIsolated(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (!request.url().startsWith('http://127.0.0.1')) return route.abort();
    if (request.resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), ...BENCH_HEADERS } });
  });
}

/** The fine clock's step (ms): a walk that reads 0 counts as this much, so no ratio divides by zero. */
export const CLOCK_MS = 0.005;

/**
 * Five bare walks over the page's text, in the page's own world (its `page.evaluate`): the best,
 * and the first (the page's text nodes met for the first time in that world). A string, so that
 * the code the page runs is exactly this, whatever the bundler does to functions.
 */
export const BARE_WALKS_JS = `(() => {
  const walks = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
    walks.push(performance.now() - start + (chars < 0 ? 1 : 0));
  }
  return { best: Math.min(...walks), first: walks[0] };
})()`;

export interface BareWalks {
  best: number;
  first: number;
}
