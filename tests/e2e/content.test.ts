/**
 * The content script's behaviour in real Chromium, on pages that do things: hover and keyboard
 * card, legend, pause and resume without reload, infinite scroll, client-side navigation, dark pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumSuite } from './harness/suite';
import type { Page } from 'playwright-core';
import { highlightedText, waitForDone } from './harness/page-state';


/** The viewport box of the first highlighted range whose text is `text`. */
function rangeBox(page: Page, text: string) {
  return page.evaluate((wanted) => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Iterable<Range>) {
        if (range.toString().toLowerCase() === wanted) {
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
    }
    return null;
  }, text);
}

const shadow = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector('gut-lens-ui')?.shadowRoot?.querySelector<HTMLElement>(sel);
    return el ? { hidden: el.hidden, text: el.textContent ?? '' } : null;
  }, selector);

describe.skipIf(!chromiumAvailable)('content script behaviour (Chromium)', () => {
  const suite = useChromiumSuite();
  const errors: string[] = [];
  afterAll(() => {
  expect(errors).toEqual([]);
  });

  /** A fixture page, with `prepare` run before it loads (scripts the page itself would have). */
  async function open(path: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await suite.session.context.newPage();
    await prepare?.(page);
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().startsWith('[gut-lens')) errors.push(`${path}: ${m.text()}`);
    });
    await page.goto(`${suite.server.origin}/fixtures/${path}`);
    return page;
  }

  it('posts nothing to the page: no message event reaches its listeners', async () => {
    // The page's own listener, installed before any script of ours runs.
    const page = await open('demo-recipe.html', (p) =>
      p.addInitScript(() => {
        const heard: unknown[] = [];
        (window as unknown as { heard: unknown[] }).heard = heard;
        addEventListener('message', (event) => heard.push(event.data));
      }),
    );
    const done = await waitForDone(page);
    expect(done.matches).toBeGreaterThan(0);
    // Give a message posted at start time to be delivered.
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
    await page.close();
  });

  it('records its work as gut-lens:slice measures, from the task that loads it to the paint', async () => {
    const page = await open('demo-recipe.html');
    await waitForDone(page);
    const slices = await page.evaluate(() =>
      performance.getEntriesByName('gut-lens:slice').map((e) => ({ phase: String((e as PerformanceMeasure).detail?.phase), start: e.startTime, duration: e.duration })),
    );
    const phases = slices.map((s) => s.phase);
    for (const phase of ['load', 'start', 'gate', 'scan', 'read', 'paint']) expect(phases).toContain(phase);
    // The load comes first, and begins before anything else the script did.
    expect(phases[0]).toBe('load');
    expect(Math.min(...slices.map((s) => s.start))).toBe(slices[0].start);
    expect(slices.every((s) => s.duration >= 0)).toBe(true);
    await page.close();
  });

  it('shows a card with tags, reasons and fiber on hover', async () => {
    const page = await open('demo-recipe.html');
    await waitForDone(page);
    const box = await rangeBox(page, 'black beans');
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await page.waitForFunction(() => {
      const card = document.querySelector('gut-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="gut-lens-card"]');
      return card && !card.hidden;
    });
    const card = await shadow(page, '[data-testid="gut-lens-card"]');
    expect(card!.text.toLowerCase()).toContain('black bean');
    expect(card!.text).toMatch(/8\.7/);
    // English words from the messages bundled at build time: tag, reason label, fiber line, legend count.
    expect(card!.text).toMatch(/Fiber: (High fibre|Source of fibre)/);
    expect(card!.text).toMatch(/Fiber: 8\.7 g per 100 g/);
    expect((await shadow(page, '[data-testid="gut-lens-legend"]'))!.text).toMatch(/\d+ gut-friendly/);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.querySelector('gut-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="gut-lens-card"]')?.hidden);
    await page.close();
  });

  it('steps through foods from the keyboard and hides the legend', async () => {
    const page = await open('demo-recipe.html');
    await waitForDone(page);
    const legend = await shadow(page, '[data-testid="gut-lens-legend"]');
    expect(legend?.hidden).toBe(false);
    // Tab into our legend's "next food" button and press it.
    await page.evaluate(() => {
      const buttons = document.querySelector('gut-lens-ui')!.shadowRoot!.querySelectorAll('button');
      (buttons[1] as HTMLButtonElement).focus();
    });
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => [...(CSS.highlights.get('gut-lens-focus') ?? [])].map((r) => (r as Range).toString()));
    expect(focused).toHaveLength(1);
    const card = await shadow(page, '[data-testid="gut-lens-card"]');
    expect(card?.hidden).toBe(false);
    await page.close();
  });

  it('pauses everywhere and resumes without a reload', async () => {
    const page = await open('demo-recipe.html');
    await waitForDone(page);
    expect(Object.keys(await highlightedText(page)).length).toBeGreaterThan(0);
    await suite.session.worker.evaluate('chrome.storage.local.set({ pausedEverywhere: true })');
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await suite.session.worker.evaluate('chrome.storage.local.set({ pausedEverywhere: false })');
    await page.waitForFunction(() => CSS.highlights.size > 0);
    await page.close();
  });

  it('paints tiles added by infinite scroll without rescanning the page', async () => {
    const page = await open('grocery-infinite.html');
    const done = await waitForDone(page);
    expect(done.kind).toBe('grocery');
    await page.evaluate(() => (window as unknown as { addTiles(n: string[]): void }).addTiles(['Live Kefir 1L', 'Chickpeas 400g']));
    await page.waitForFunction(() => {
      const texts: string[] = [];
      CSS.highlights.forEach((h) => h.forEach((r) => texts.push((r as Range).toString().toLowerCase())));
      return texts.includes('kefir') && texts.includes('chickpeas');
    });
    await page.close();
  });

  it('decides again after client-side navigation', async () => {
    const page = await open('spa-recipe.html');
    const first = await waitForDone(page);
    expect(first.kind).toBe('other');
    await page.evaluate(() => (window as unknown as { showRecipe(): void }).showRecipe());
    await page.waitForFunction(() => performance.getEntriesByName('gut-lens:done').length > 1, null, { timeout: 15_000 });
    const second = await page.evaluate(() => (performance.getEntriesByName('gut-lens:done')[1] as PerformanceMark).detail);
    expect(second.kind).toBe('recipe');
    expect(second.matches).toBeGreaterThan(0);
    await page.close();
  });

  it('reads a German page with the German names it asks the background for', async () => {
    const page = await open('german-recipe.html');
    const done = await waitForDone(page);
    expect(done.kind).toBe('recipe');
    const painted = Object.values(await highlightedText(page)).flat().map((t) => t.toLowerCase());
    expect(painted).toEqual(expect.arrayContaining(['kichererbsen', 'zwiebeln']));
    expect(painted.some((t) => t.includes('joghurt'))).toBe(true);
    await page.close();
  });

  it('uses the dark colours on a dark page', async () => {
    const page = await open('dark-recipe.html');
    await waitForDone(page);
    const names = Object.keys(await highlightedText(page));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.endsWith('-dark'))).toBe(true);
    await page.close();
  });
});
