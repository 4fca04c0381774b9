/**
 * The popup (and the on-page legend) in each of the six languages besides English, in real Chromium started with that UI
 * language: the UI strings come from `_locales/<lang>`, the tip and the swap reasons from
 * data/advice-texts/<lang>.json, the swap titles name foods in that language, and every text says
 * its language in `lang`. Debian ships Chromium's other UI languages in chromium-l10n (.ci/run
 * installs it); without it these tests skip with a message, and fail under CI=true.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADVICE_LANGS, type AdviceTexts } from '../../data/advice-texts';
import { repoRoot } from '../corpus-path';
import { CHROMIUM_LOCALE_MISSING, chromiumHasLocale } from './harness/chromium';
import { waitForDone } from './harness/page-state';
import { chromiumAvailable, useChromiumSuite } from './harness/suite';

/** The browser locale each language is tested in (Chromium has pt-PT and pt-BR, no plain pt). */
const BROWSER_LOCALE: Record<string, string> = { pt: 'pt-PT' };

function localeReady(lang: string): boolean {
  if (!chromiumAvailable) return false;
  if (chromiumHasLocale(BROWSER_LOCALE[lang] ?? lang)) return true;
  if (process.env.CI === 'true') throw new Error(CHROMIUM_LOCALE_MISSING(lang));
  console.warn(`[e2e] popup in ${lang} skipped: ${CHROMIUM_LOCALE_MISSING(lang)}`);
  return false;
}

function readJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(resolve(repoRoot, ...path), 'utf8')) as T;
}

describe.each(ADVICE_LANGS)('popup in %s (Chromium)', (lang) => {
  describe.skipIf(!localeReady(lang))('', () => {
    const suite = useChromiumSuite({ uiLanguage: BROWSER_LOCALE[lang] ?? lang });
    const texts = readJson<AdviceTexts>('data', 'advice-texts', `${lang}.json`);
    const messages = readJson<Record<string, { message: string }>>('public', '_locales', lang, 'messages.json');

    async function popupFor(page: Page): Promise<Page> {
      await page.bringToFront();
      const tabId = (await suite.session.worker.evaluate(
        'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)',
      )) as number;
      const popup = await suite.session.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid="page-summary"]');
      return popup;
    }

    it('speaks the language: UI strings, the tip and the swaps', async () => {
      const errors: string[] = [];
      const page = await suite.session.context.newPage();
      await page.goto(`${suite.server.origin}/fixtures/demo-recipe.html`);
      await waitForDone(page);
      // The on-page legend too (its words come from i18n outside English).
      const legend = await page.evaluate(() => document.querySelector('gut-lens-ui')?.shadowRoot?.querySelector('[data-testid="gut-lens-legend"]')?.textContent ?? '');
      expect(legend).toContain(messages.tag_fiber!.message);
      expect(legend).toContain(messages.tag_probiotic!.message);
      const popup = await popupFor(page);
      popup.on('pageerror', (error) => errors.push(error.message));

      expect(await popup.getAttribute('html', 'lang')).toBe(lang);
      expect(await popup.textContent('#page-heading')).toContain(messages.thisPage!.message);

      const tip = popup.locator('[data-testid="daily-tip"]');
      await tip.waitFor();
      const tipId = (await tip.getAttribute('data-tip'))!;
      expect(await tip.locator('.tip-text').textContent()).toBe(texts.tips[tipId]);
      expect(await tip.locator('.tip-text').getAttribute('lang')).toBe(lang);

      await popup.waitForSelector('[data-testid="swap"]');
      const swaps = await popup.$$eval('[data-testid="swap"]', (els) =>
        els.map((el) => ({
          id: (el as HTMLElement).dataset.swap!,
          reason: el.querySelector('.swap-reason')?.textContent ?? '',
          lang: el.querySelector('.swap-reason')?.getAttribute('lang'),
          title: el.querySelector('.swap-title')?.textContent ?? '',
        })),
      );
      expect(swaps.length).toBeGreaterThan(0);
      for (const swap of swaps) {
        expect(swap.reason).toBe(texts.swaps[swap.id]);
        expect(swap.lang).toBe(lang);
      }
      expect(errors).toEqual([]);
      await popup.close();
      await page.close();
    });
  });
});
