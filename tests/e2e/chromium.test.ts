/**
 * The built extension in real Chromium: it paints foods on a recipe page without changing the
 * page's DOM, reports them, and the popup lists them.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumSuite } from './harness/suite';
import { launchChromium } from './harness/chromium';
import { openPopup } from './harness/chromium-popup';
import { domSnapshot, highlightedText, waitForDone } from './harness/page-state';


describe.skipIf(!chromiumAvailable)('Gut Lens in Chromium', () => {
  const suite = useChromiumSuite();

  it('paints gut-friendly foods on the demo recipe without touching its DOM', async () => {
    const url = `${suite.server.origin}/fixtures/demo-recipe.html`;
    const bare = await launchChromium({ extension: false });
    const plain = await bare.context.newPage();
    await plain.goto(url);
    const before = await domSnapshot(plain);
    await bare.close();

    const page = await suite.session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const done = await waitForDone(page);
    expect(done.kind).toBe('recipe');
    expect(done.matches).toBeGreaterThan(5);

    const painted = await highlightedText(page);
    const all = Object.values(painted).flat().map((t) => t.toLowerCase());
    expect(all).toEqual(expect.arrayContaining(['black beans', 'garlic', 'kimchi', 'avocado']));
    expect(all.some((t) => t.endsWith('greek yogurt'))).toBe(true);
    // Olive oil and smoked paprika are foods with no gut tag: never painted.
    expect(all.filter((t) => t.includes('olive oil') || t.includes('paprika'))).toEqual([]);
    // The comment box is an editable form field: never painted.
    expect(all.filter((t) => t === 'lentils')).toHaveLength(0);

    expect(await domSnapshot(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the page foods in the popup', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(`${suite.server.origin}/fixtures/demo-recipe.html`);
    await waitForDone(page);
    const popup = await openPopup(suite.session, page);
    await popup.waitFor(`document.querySelector('[data-testid="page-summary"]')`);
    const kind = await popup.evaluate<string>(`document.querySelector('[data-testid="page-summary"]').dataset.kind`);
    expect(kind).toBe('recipe');
    await popup.waitFor(`document.querySelectorAll('[data-testid="page-food"]').length > 0`);
    const foods = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="page-food"]')].map((el) => el.dataset.food)`,
    );
    expect(foods).toEqual(expect.arrayContaining(['black-bean', 'garlic']));
    await popup.close();
    await page.close();
  });

  it('asks nothing of the network beyond the page itself', () => {
    const foreign = suite.server.requests.filter((path) => !path.startsWith('/fixtures/') && !path.startsWith('/corpus/') && path !== '/favicon.ico');
    expect(foreign).toEqual([]);
  });
});
