/**
 * The popup in real Chromium, opened as an extension page for a tab (popup.html?tab=ID in a
 * 380×600 viewport): the recipe summary, a grocery page, an empty page, swaps, the daily tip, the
 * week's plants, pause controls, keyboard use and the settings page. With SCREENSHOTS=1 it also
 * writes docs/screenshots/popup-{recipe,grocery,empty}.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumSuite } from './harness/suite';
import type { Page } from 'playwright-core';
import { repoRoot } from '../corpus-path';
import { waitForDone } from './harness/page-state';


const GROCERY_PAGE = '/corpus/grocery/grocermatic__coles_fruit_vegetables.html';
const shots = process.env.SCREENSHOTS === '1';

describe.skipIf(!chromiumAvailable)('popup (Chromium)', () => {
  const suite = useChromiumSuite();
  const errors: string[] = [];

  /** The tab id of a page: the active tab once the page is brought to the front. */
  async function tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    return suite.session.worker.evaluate(
      'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)',
    ) as Promise<number>;
  }

  async function openPopupFor(page: Page): Promise<Page> {
    const tabId = await tabIdOf(page);
    const popup = await suite.session.context.newPage();
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="page-summary"]');
    return popup;
  }

  async function visit(path: string): Promise<Page> {
    const page = await suite.session.context.newPage();
    await page.goto(`${suite.server.origin}${path}`);
    return page;
  }

  async function screenshot(popup: Page, name: string) {
    if (!shots) return;
    const dir = resolve(repoRoot, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await popup.screenshot({ path: resolve(dir, `popup-${name}.png`) });
  }

  it('sums up a recipe: its foods, swaps tied to its lines, the tip and the week', async () => {
    const page = await visit('/fixtures/demo-recipe.html');
    await waitForDone(page);
    const popup = await openPopupFor(page);
    expect(await popup.getAttribute('[data-testid="page-summary"]', 'data-kind')).toBe('recipe');
    const foods = await popup.$$eval('[data-testid="page-food"]', (els) => els.map((el) => (el as HTMLElement).dataset.food));
    expect(foods).toEqual(expect.arrayContaining(['black-bean', 'garlic']));
    await popup.waitForSelector('[data-testid="swap"]');
    await popup.waitForSelector('[data-testid="daily-tip"]');
    await popup.waitForSelector('[data-testid="week-plants"]');
    const tip = await popup.textContent('[data-testid="daily-tip"] .tip-text');
    expect(tip?.length).toBeGreaterThan(10);
    // The summary is marked once it is on screen (cli/bench-popup.ts reads the mark).
    expect(await popup.evaluate(() => performance.getEntriesByName('gut-lens:popup-rendered').length)).toBe(1);
    await screenshot(popup, 'recipe');
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a food from the keyboard', async () => {
    const page = await visit('/fixtures/demo-recipe.html');
    await waitForDone(page);
    // A short window, so the last food is below the fold.
    await page.setViewportSize({ width: 800, height: 240 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupFor(page);
    const button = popup.locator('[data-testid="page-food"] button').last();
    await button.focus();
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 5_000 });
    // Focus is visible: the focused button draws an outline.
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await popup.close();
    await page.close();
  });

  it('lists a grocery page’s gut-friendly products by tag', async () => {
    const page = await visit(GROCERY_PAGE);
    const done = await waitForDone(page);
    expect(done.kind).toBe('grocery');
    const popup = await openPopupFor(page);
    expect(await popup.getAttribute('[data-testid="page-summary"]', 'data-kind')).toBe('grocery');
    expect(await popup.locator('[data-testid="page-product"]').count()).toBeGreaterThan(0);
    await popup.waitForSelector('[data-testid="swap"]');
    await screenshot(popup, 'grocery');
    await popup.close();
    await page.close();
  });

  it('shows a friendly empty state, the tip and the week on any other page', async () => {
    const page = await suite.session.context.newPage();
    await page.goto('about:blank');
    const popup = await openPopupFor(page);
    expect(await popup.getAttribute('[data-testid="page-summary"]', 'data-kind')).toBe('none');
    await popup.waitForSelector('[data-testid="daily-tip"]');
    await popup.waitForSelector('[data-testid="week-plants"]');
    await popup.waitForSelector('[data-testid="swap"]');
    await screenshot(popup, 'empty');
    // Another tip is another tip.
    const first = await popup.getAttribute('[data-testid="daily-tip"]', 'data-tip');
    await popup.getByRole('button', { name: 'Another tip' }).click();
    expect(await popup.getAttribute('[data-testid="daily-tip"]', 'data-tip')).not.toBe(first);
    await popup.close();
    await page.close();
  });

  it('pauses on this site and shows the legend setting', async () => {
    const page = await visit('/fixtures/demo-recipe.html');
    await waitForDone(page);
    const popup = await openPopupFor(page);
    const host = new URL(suite.server.origin).hostname;
    const toggle = popup.getByLabel(`Pause on ${host}`);
    await toggle.check();
    const stored = async () =>
      (await suite.session.worker.evaluate("chrome.storage.local.get('pausedSites').then((r) => r.pausedSites ?? [])")) as string[];
    await expect.poll(stored).toContain(host);
    // The content script watches the setting: the page loses its marks without a reload.
    await page.waitForFunction(() => CSS.highlights.size === 0 || [...CSS.highlights.values()].every((h) => h.size === 0), null, {
      timeout: 10_000,
    });
    await toggle.uncheck();
    await expect.poll(stored).not.toContain(host);
    expect(await popup.getByLabel('Show the legend on pages').isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('saves and hides swaps; the settings page lists them and shows a hidden one again', async () => {
    const page = await suite.session.context.newPage();
    await page.goto('about:blank');
    const popup = await openPopupFor(page);
    await popup.waitForSelector('[data-testid="swap"]');
    const swaps = popup.locator('[data-testid="swap"]');
    const saved = await swaps.nth(0).getAttribute('data-swap');
    const saveButton = popup.locator(`[data-swap="${saved}"]`).getByRole('button', { name: /^Save swap/ });
    await saveButton.click();
    // Saved in place: the swap keeps its spot and shows it is saved.
    await expect.poll(() => saveButton.getAttribute('aria-pressed')).toBe('true');
    expect(await swaps.nth(0).getAttribute('data-swap')).toBe(saved);
    const hidden = await swaps.nth(1).getAttribute('data-swap');
    await swaps.nth(1).getByRole('button', { name: /^Hide for good/ }).click();
    await expect
      .poll(() => popup.$$eval('[data-testid="swap"]', (els) => els.map((el) => (el as HTMLElement).dataset.swap)))
      .not.toContain(hidden);

    const options = await suite.session.context.newPage();
    options.on('pageerror', (error) => errors.push(error.message));
    await options.goto(`chrome-extension://${suite.session.extensionId}/options.html#sources`);
    await options.waitForSelector('[data-testid="saved-swaps"]');
    expect(await options.locator(`[data-testid="saved-swaps"] [data-swap="${saved}"]`).count()).toBe(1);
    await options.locator(`[data-testid="hidden-swaps"] [data-swap="${hidden}"] button`).click();
    await options.waitForSelector('text=No hidden swaps.');
    expect(await options.locator('#sources li').count()).toBeGreaterThan(10);
    await options.close();
    await popup.close();
    await page.close();
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
