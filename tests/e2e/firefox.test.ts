/**
 * The built add-on in real Firefox (firefox-esr over WebDriver BiDi): the same end-to-end checks as
 * in Chromium. Firefox cannot open the toolbar popup from a script, so the popup page is opened in a
 * tab of its own with `?tab=ID`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_MISSING, findFirefox, launchFirefox, openExtensionPage, waitInPage, type FirefoxSession } from './harness/firefox';
import { startServer, type StaticServer } from './harness/server';

const firefoxPath = findFirefox();
if (!firefoxPath && process.env.CI === 'true') throw new Error(FIREFOX_MISSING);
if (!firefoxPath) console.warn(`[e2e] skipped: ${FIREFOX_MISSING}`);

describe.skipIf(!firefoxPath)('Gut Lens in Firefox', () => {
  let server: StaticServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await startServer();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('paints foods on the demo recipe and lists them in the popup', async () => {
    const url = `${server.origin}/fixtures/demo-recipe.html`;
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await waitInPage(page, () => performance.getEntriesByName('gut-lens:done').length > 0, 30_000);
    const painted = await page.evaluate(() => {
      const texts: string[] = [];
      CSS.highlights.forEach((highlight) => highlight.forEach((range) => texts.push(range.toString().toLowerCase())));
      return texts;
    });
    expect(painted).toEqual(expect.arrayContaining(['black beans', 'garlic']));
    expect(errors).toEqual([]);

    const tabs = await openExtensionPage(session.browser, 'popup.html');
    const tabId = await tabs.evaluate(async (pageUrl) => (await browser.tabs.query({})).find((tab) => tab.url === pageUrl)?.id, url);
    expect(typeof tabId).toBe('number');
    await tabs.close();
    const popup = await openExtensionPage(session.browser, `popup.html?tab=${tabId}`);
    await waitInPage(popup, () => document.querySelectorAll('[data-testid="page-food"]').length > 0);
    const foods = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="page-food"]')].map((el) => el.dataset.food),
    );
    expect(foods).toEqual(expect.arrayContaining(['black-bean', 'garlic']));
    await popup.close();
    await page.close();
  });
});
