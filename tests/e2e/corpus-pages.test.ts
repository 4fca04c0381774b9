/**
 * Every corpus page in real Chromium, with and without Gut Lens: the content script finishes, the
 * page's DOM afterwards is identical to the page without the extension (but for our one UI host),
 * the extension throws nothing and logs no error, and it makes no request of its own. Page scripts
 * are off in both browsers so the two DOMs are comparable; nothing leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { requireCorpus } from '../corpus-path';
import { CHROMIUM_MISSING, findChromium, launchChromium, type ChromiumSession } from './harness/chromium';
import { corpusPages } from './harness/corpus-pages';
import { domSnapshot, waitForDone } from './harness/page-state';
import { startServer, type StaticServer } from './harness/server';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') throw new Error(CHROMIUM_MISSING);
const corpus = requireCorpus();
if ('skip' in corpus) console.warn(`[e2e corpus] skipped: ${corpus.skip}`);

const CONCURRENCY = Number(process.env.GUT_LENS_E2E_CONCURRENCY ?? 3);
const LIMIT = Number(process.env.GUT_LENS_E2E_PAGES ?? Infinity);

const FAVICON = /favicon|apple-touch-icon|\.ico(\?|$)/i;

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: with «${a.slice(Math.max(0, i - 60), i + 80)}» without «${b.slice(Math.max(0, i - 60), i + 80)}»`;
}

async function keepLocal(context: BrowserContext, log: Map<Page, string[]>): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const page = route.request().frame().page();
    log.get(page)?.push(url);
    return url.startsWith('http://127.0.0.1') ? route.continue() : route.abort();
  });
}

interface Visit {
  dom: string;
  requests: string[];
  errors: string[];
  done: { matches: number; kind: string } | null;
}

async function visit(context: BrowserContext, log: Map<Page, string[]>, url: string, withExtension: boolean): Promise<Visit> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  log.set(page, requests);
  page.on('console', (m) => {
    if (m.type() === 'error' && (m.text().includes('[gut-lens') || m.location().url.startsWith('chrome-extension://'))) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  let done: Visit['done'] = null;
  if (withExtension) {
    done = await waitForDone(page, 60_000);
  }
  const dom = await domSnapshot(page);
  log.delete(page);
  await page.close();
  return { dom, requests: requests.sort(), errors, done };
}

describe.skipIf(!chromiumPath || 'skip' in corpus)('every corpus page (Chromium)', () => {
  let server: StaticServer;
  let withGutLens: ChromiumSession;
  let without: ChromiumSession;
  const logA = new Map<Page, string[]>();
  const logB = new Map<Page, string[]>();

  beforeAll(async () => {
    server = await startServer();
    withGutLens = await launchChromium({ javaScript: false });
    without = await launchChromium({ extension: false, javaScript: false });
    await keepLocal(withGutLens.context, logA);
    await keepLocal(without.context, logB);
  });
  afterAll(async () => {
    await withGutLens?.close();
    await without?.close();
    await server?.close();
  });

  it('leaves every page as it was, throws nothing and asks for nothing', { timeout: 1_500_000 }, async () => {
    const pages = corpusPages((corpus as { dir: string }).dir).slice(0, LIMIT);
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const { file } = pages[next++];
        const url = `${server.origin}/corpus/${file}`;
        try {
          const [a, b] = await Promise.all([visit(withGutLens.context, logA, url, true), visit(without.context, logB, url, false)]);
          if (a.dom !== b.dom) failures.push(`${file}: DOM differs ${firstDifference(a.dom, b.dom)}`);
          if (a.errors.length) failures.push(`${file}: errors ${a.errors.join(' | ').slice(0, 300)}`);
          // A request made with Gut Lens that the page without it never made, for a URL the page's
          // HTML never names, would be ours. (The browser fetches the page's icons when it likes.)
          const html = readFileSync(join((corpus as { dir: string }).dir, file), 'latin1');
          const extra = a.requests.filter((r) => !b.requests.includes(r) && !FAVICON.test(r) && !html.includes(new URL(r).pathname));
          if (extra.length) failures.push(`${file}: extra requests with Gut Lens: ${extra.slice(0, 3).join(' ')}`);
          if (!a.done) failures.push(`${file}: no gut-lens:done mark`);
        } catch (error) {
          failures.push(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        }
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`[e2e corpus] ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s, ${failures.length} failures`);
    expect(failures).toEqual([]);
    if (LIMIT === Infinity) expect(pages.length).toBeGreaterThan(300);
  });
});
