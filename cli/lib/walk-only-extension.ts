/**
 * The cheapest content script that reads a page's text, for the content benchmark's floor: an
 * extension of its own whose script, at document_idle like ours, touches `document` and walks the
 * page's text nodes once with a TreeWalker, and nothing else. What it pays is what any content
 * script that reads the text pays before doing anything with it: the browser makes the `document`
 * object and a wrapper for every text node in the script's own world (a page's wrappers are not
 * shared with it). Its figures go beside Gut Lens's, from the same pages in the same run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/harness/chromium';
import { BARE_WALKS_JS, serveIsolated, type BareWalks } from './bench-browser';

const MANIFEST = {
  manifest_version: 3,
  name: 'Walk-only content script (Gut Lens benchmark floor)',
  version: '1.0',
  content_scripts: [{ matches: ['<all_urls>'], js: ['walk.js'], run_at: 'document_idle' }],
};

/** Its first touch of `document` and its walk, each a measure the page can read. */
const WALK_JS = `(() => {
  const start = performance.now();
  const root = document.body ?? document.documentElement;
  const touched = performance.now();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  performance.measure('walk-only:document', { start, end: touched });
  performance.measure('walk-only:walk', { start: touched, end: performance.now(), detail: { chars } });
})();
`;

/** Write the extension to a fresh temporary folder; its path. */
export function writeWalkOnlyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gut-lens-walk-only-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'walk.js'), WALK_JS);
  return dir;
}

export interface WalkOnlyResult {
  /** The script's first touch of `document` (ms). */
  documentMs: number;
  /** Its walk of the text (ms). */
  walkMs: number;
  /** Bare walks in the page's world, after the script's. */
  bare: BareWalks;
}

/** Once the walk-only script has run on a loaded page: its figures, and the page's bare walks. */
async function readWalkOnly(page: Page): Promise<WalkOnlyResult> {
  await page.waitForFunction(() => performance.getEntriesByName('walk-only:walk').length > 0, null, { timeout: 20_000 });
  const [documentMs, walkMs] = await page.evaluate(() => ['walk-only:document', 'walk-only:walk'].map((name) => performance.getEntriesByName(name)[0].duration));
  return { documentMs, walkMs, bare: await page.evaluate<BareWalks>(BARE_WALKS_JS) };
}

/**
 * Load each page (from `origin`/corpus/) once in a browser that has only the walk-only
 * extension, and read its figures: by file, for the pages that loaded.
 */
export async function measureWalkOnly(origin: string, files: readonly string[]): Promise<Map<string, WalkOnlyResult>> {
  const dir = writeWalkOnlyExtension();
  const session = await launchChromium({ extensionDir: dir });
  const results = new Map<string, WalkOnlyResult>();
  try {
    await serveIsolated(session.context);
    for (const file of files) {
      const page = await session.context.newPage();
      try {
        await page.goto(`${origin}/corpus/${file}`, { waitUntil: 'load', timeout: 60_000 });
        results.set(file, await readWalkOnly(page));
      } catch (error) {
        console.warn(`  ${file} (walk-only script): ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
