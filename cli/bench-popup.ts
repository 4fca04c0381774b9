/**
 * How fast the popup shows its summary, against how fast Chromium opens an empty extension page
 * in the same run. Prints ratios; asserts nothing (timings belong here, not in tests).
 *
 *   npx wxt build && npx tsx cli/bench-popup.ts [runs]
 *
 * The empty extension page is popup.html itself with script execution disabled (CDP
 * Emulation.setScriptExecutionDisabled): same extension, same origin, same HTML and CSS, none of
 * our code. That needs no extra page in the build. Two measures per run, each a fresh tab:
 * - in-page: ms from the document's navigation start to the popup's `gut-lens:popup-rendered`
 *   mark, against the empty page's load event end (both from the Performance API);
 * - wall clock: ms from asking for a new tab to the same moments, seen from here (includes tab
 *   creation and the polling step, ~5 ms).
 * Popups are opened for a recipe tab (the popup's main case) and for about:blank (empty state).
 */
import type { Page } from 'playwright-core';
import { findChromium, launchChromium, CHROMIUM_MISSING, type ChromiumSession } from '../tests/e2e/harness/chromium';
import { waitForDone } from '../tests/e2e/harness/page-state';
import { startServer } from '../tests/e2e/harness/server';
import { median } from './lib/stats';

const RUNS = Number(process.argv[2] ?? 15);
const MARK = 'gut-lens:popup-rendered';


interface Timing {
  inPage: number;
  wall: number;
}

async function openEmpty(session: ChromiumSession): Promise<Timing> {
  const started = performance.now();
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`, { waitUntil: 'load' });
  const wall = performance.now() - started;
  const inPage = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await page.close();
  return { inPage, wall };
}

async function openPopup(session: ChromiumSession, tabId: number): Promise<Timing> {
  const started = performance.now();
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { polling: 5 });
  const wall = performance.now() - started;
  const inPage = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
  await page.close();
  return { inPage, wall };
}

async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  return (await session.worker.evaluate(
    'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)',
  )) as number;
}

async function main() {
  if (!findChromium()) throw new Error(CHROMIUM_MISSING);
  const server = await startServer();
  const session = await launchChromium();
  try {
    const recipe = await session.context.newPage();
    await recipe.goto(`${server.origin}/fixtures/demo-recipe.html`);
    await waitForDone(recipe);
    const recipeTab = await tabIdOf(session, recipe);
    const blank = await session.context.newPage();
    await blank.goto('about:blank');
    const blankTab = await tabIdOf(session, blank);

    // Warm-up: the service worker, the disk cache and the compiled code.
    await openEmpty(session);
    await openPopup(session, recipeTab);

    const empty: Timing[] = [];
    const onRecipe: Timing[] = [];
    const onBlank: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      empty.push(await openEmpty(session));
      onRecipe.push(await openPopup(session, recipeTab));
      onBlank.push(await openPopup(session, blankTab));
    }
    const row = (name: string, runs: Timing[]) => {
      const inPage = median(runs.map((r) => r.inPage));
      const wall = median(runs.map((r) => r.wall));
      const base = { inPage: median(empty.map((r) => r.inPage)), wall: median(empty.map((r) => r.wall)) };
      return `${name.padEnd(28)} in-page ${inPage.toFixed(1).padStart(6)} ms (×${(inPage / base.inPage).toFixed(2)})   wall ${wall
        .toFixed(1)
        .padStart(6)} ms (×${(wall / base.wall).toFixed(2)})`;
    };
    console.log(`median of ${RUNS} runs each; ratio = popup / empty extension page (goal ≤ 2)`);
    console.log(row('empty extension page', empty));
    console.log(row('popup, recipe tab', onRecipe));
    console.log(row('popup, about:blank tab', onBlank));
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
