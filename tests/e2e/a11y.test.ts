/**
 * axe-core in real Chromium: the popup (recipe, grocery and empty page) and the settings page
 * report no violations, in light and in dark colour schemes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumSuite } from './harness/suite';
import type { Page } from 'playwright-core';
import { repoRoot } from '../corpus-path';
import { waitForDone } from './harness/page-state';


const AXE_SOURCE = readFileSync(resolve(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is and returns its violations, compactly. */
async function axe(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  // Extension pages forbid inline scripts (CSP script-src 'self'); DevTools evaluation is allowed.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(`${AXE_SOURCE};\nundefined`);
  const violations = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)',
  )) as Violation[];
  return violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

describe.skipIf(!chromiumAvailable)('accessibility (axe-core, Chromium)', () => {
  const suite = useChromiumSuite();

  async function popupFor(path: string | null, scheme: 'light' | 'dark'): Promise<{ popup: Page; page: Page }> {
    const page = await suite.session.context.newPage();
    if (path) {
      await page.goto(`${suite.server.origin}${path}`);
      await waitForDone(page);
    } else {
      await page.goto('about:blank');
    }
    await page.bringToFront();
    const tabId = (await suite.session.worker.evaluate(
      'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)',
    )) as number;
    const popup = await suite.session.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="page-summary"]');
    await popup.waitForSelector('[data-testid="daily-tip"]');
    await popup.waitForSelector('[data-testid="week-plants"]');
    await popup.waitForSelector('[data-testid="swap"]');
    await popup.waitForSelector('[data-testid="pause-controls"]');
    return { popup, page };
  }

  const pages: [string, string | null][] = [
    ['recipe', '/fixtures/demo-recipe.html'],
    ['grocery', '/corpus/grocery/grocermatic__coles_fruit_vegetables.html'],
    ['empty', null],
  ];

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of pages) {
      it(`popup on a ${name} page, ${scheme}: no violations`, async () => {
        const { popup, page } = await popupFor(path, scheme);
        // Open every folded list so its content is checked too.
        await popup.$$eval('details', (els) => els.forEach((el) => ((el as HTMLDetailsElement).open = true)));
        expect(await axe(popup)).toEqual([]);
        await popup.close();
        await page.close();
      });
    }

    it(`settings page, ${scheme}: no violations`, async () => {
      const options = await suite.session.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
      await options.waitForSelector('#sources li');
      await options.waitForSelector('[data-testid="pause-controls"]');
      expect(await axe(options)).toEqual([]);
      await options.close();
    });
  }
});
