/**
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the built add-on installed.
 * Known to work here: `-remote-allow-system-access`, a fixed moz-extension UUID through
 * `extensions.webextensions.uuids`, `extensions.originControls.grantByDefault` so MV3 host
 * permissions are granted, and extension pages opened with a raw `browsingContext.navigate`
 * (Firefox sends no load events for them).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot } from '../../corpus-path';

export const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
  (p): p is string => Boolean(p),
);
export const FIREFOX_MISSING = 'Firefox not found: install it with `apt-get install -y firefox-esr` (or set FIREFOX_PATH).';
export const firefoxBuildDir = resolve(repoRoot, '.output', 'firefox-mv3');
export const ADDON_ID = 'gut-lens@gut-lens.app';
export const ADDON_UUID = '7d4b5b1e-6c1a-4f0e-9d55-3a1f2c6e9b10';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export function findFirefox(): string | null {
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_MISSING);
  if (!existsSync(join(firefoxBuildDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${firefoxBuildDir}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'extensions.originControls.grantByDefault': true,
      'network.dns.disableIPv6': true,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(firefoxBuildDir);
  return { browser, close: () => browser.close() };
}

/** Open an extension page (moz-extension://) in a tab: raw BiDi navigate, as Firefox sends no load events. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } })
    .connection;
  await connection.send('browsingContext.navigate', { context, url: `${EXTENSION_ORIGIN}/${path}`, wait: 'complete' });
  return page;
}

/**
 * Wait until `check` is true in the page, polled from here. Puppeteer's own waitForFunction builds
 * its poller with `Function()`, which Firefox ESR 140 refuses on pages with a CSP (extension pages);
 * a plain evaluate (BiDi's callFunction) is not affected.
 */
export async function waitInPage(page: Page, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(check)) return;
    if (Date.now() > until) throw new Error(`waitInPage: not true after ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
