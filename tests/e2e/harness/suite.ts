/**
 * The common frame of a Chromium test file: is Chromium here (a failure under CI=true, a clear skip
 * otherwise), and a page server plus Chromium with Gut Lens, started before the file's tests and
 * closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_MISSING, findChromium, launchChromium, type ChromiumSession } from './chromium';
import { startServer, type StaticServer } from './server';

function checkChromium(): boolean {
  if (findChromium()) return true;
  if (process.env.CI === 'true') throw new Error(CHROMIUM_MISSING);
  console.warn(`[e2e] skipped: ${CHROMIUM_MISSING}`);
  return false;
}

export const chromiumAvailable = checkChromium();

export interface ChromiumSuite {
  server: StaticServer;
  session: ChromiumSession;
}

export function useChromiumSuite(options: Parameters<typeof launchChromium>[0] = {}): ChromiumSuite {
  const suite = {} as ChromiumSuite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.session = await launchChromium(options);
  });
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}
