/**
 * `npm start`: Gut Lens on the bundled demo recipe in Debian's Chromium. With a display, a real
 * window opens (close it to stop). Without one, it runs headless, saves screenshots of the page
 * and of the popup, and prints where they are.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, findChromium, CHROMIUM_MISSING } from '../tests/e2e/harness/chromium';
import { startServer } from '../tests/e2e/harness/server';
import { waitForDone } from '../tests/e2e/harness/page-state';
import { repoRoot } from '../tests/corpus-path';

const page = process.argv[2] ?? 'fixtures/demo-recipe.html';
const outDir = resolve(repoRoot, 'artifacts', 'demo');

async function main(): Promise<void> {
  if (!findChromium()) {
    console.error(CHROMIUM_MISSING);
    process.exit(1);
  }
  const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
  const server = await startServer();
  const session = await launchChromium({ headless });
  const tab = await session.context.newPage();
  const url = `${server.origin}/${page}`;
  await tab.goto(url);
  const done = await waitForDone(tab);
  await tab.bringToFront();
  // Runs in the service worker, where `chrome` exists; sent as source.
  const tabId = await session.worker.evaluate<number | undefined>(
    `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.id)`,
  );

  console.log(`Gut Lens read ${url} (tab ${tabId}): a ${done.kind} page, ${done.matches} foods painted.`);

  if (!headless) {
    await session.worker.evaluate('chrome.action.openPopup()').catch(() => undefined);
    console.log('Chromium is open with Gut Lens loaded. Close the window to stop.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    await server.close();
    return;
  }

  mkdirSync(outDir, { recursive: true });
  const pageShot = resolve(outDir, 'page.png');
  await tab.screenshot({ path: pageShot });
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="page-summary"]');
  const popupShot = resolve(outDir, 'popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`No display: ran headless. Screenshots:\n  page:  ${pageShot}\n  popup: ${popupShot}`);
  await session.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error('[gut-lens:demo]', error);
  process.exit(1);
});
