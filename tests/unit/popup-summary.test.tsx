// @vitest-environment happy-dom
/**
 * The popup's page summary and swaps, rendered with happy-dom: recipe (fiber, "about", plants,
 * cooked cultures, absent fiber), grocery groups, the empty state, and swaps tied to a page line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repoRoot } from '../corpus-path';
import type { PageReport } from '../../utils/messages';
import { PageSummary } from '../../components/PageSummary';
import { SwapList } from '../../components/SwapList';
import { GUT_DATA } from '../../components/gut-data';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const EN = JSON.parse(readFileSync(resolve(repoRoot, 'public/_locales/en/messages.json'), 'utf8')) as Messages;

/** browser.i18n.getMessage as Chromium does it, on the English messages. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = EN[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions ?? [];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

const recipe: PageReport = {
  url: 'https://example.com/soup',
  title: 'Lentil soup',
  kind: 'recipe',
  evidence: [],
  foods: [
    { id: 'lentil', name: 'lentil', tags: ['fiber', 'prebiotic', 'plant'], count: 1, firstLine: 0 },
    { id: 'white-bread', name: 'white bread', tags: ['plant'], count: 1, firstLine: 1 },
    { id: 'plain-yogurt', name: 'plain yogurt', tags: ['probiotic'], count: 1, firstLine: 2 },
  ],
  lines: [
    { text: '200 g red lentils', foodIds: ['lentil'] },
    { text: '4 slices white bread', foodIds: ['white-bread'] },
    { text: '1 cup yogurt', foodIds: ['plain-yogurt'] },
  ],
  fiber: { perServingG: 8.4, dayShare: 0.28, approximate: true },
  plants: { count: 2.25, groups: [], quarter: [] },
  cookedLiveCultures: true,
  at: 0,
};

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const nameOf = (food: { name: string }) => food.name;
const q = (testid: string) => root.querySelector(`[data-testid="${testid}"]`);

describe('PageSummary', () => {
  it('sums up a recipe: about-fiber, day share, plants, cooked cultures, gut foods only', () => {
    render(<PageSummary report={recipe} nameOf={nameOf} onShow={() => undefined} />, root);
    expect(q('page-summary')?.getAttribute('data-kind')).toBe('recipe');
    expect(q('fiber-per-serving')?.textContent).toContain('About 8 g fiber per serving');
    expect(q('fiber-per-serving')?.textContent).toContain('28% of a 30 g day');
    expect(q('plant-count')?.textContent).toBe('Different plants: 2.25');
    expect(q('cooked-cultures')).not.toBeNull();
    const foods = [...root.querySelectorAll('[data-testid="page-food"]')].map((el) => el.getAttribute('data-food'));
    expect(foods).toEqual(['lentil', 'plain-yogurt']);
  });

  it('scrolls to a food on click', () => {
    const onShow = vi.fn();
    render(<PageSummary report={recipe} nameOf={nameOf} onShow={onShow} />, root);
    root.querySelector<HTMLButtonElement>('[data-food="plain-yogurt"] button')!.click();
    expect(onShow).toHaveBeenCalledWith('plain-yogurt');
  });

  it('leaves out fiber and plants when the report has none yet', () => {
    const bare: PageReport = { ...recipe, fiber: undefined, plants: undefined, cookedLiveCultures: undefined };
    render(<PageSummary report={bare} nameOf={nameOf} />, root);
    expect(q('fiber-per-serving')).toBeNull();
    expect(q('plant-count')).toBeNull();
    expect(q('cooked-cultures')).toBeNull();
    expect(root.querySelectorAll('[data-testid="page-food"]')).toHaveLength(2);
  });

  it('groups a grocery page’s products by tag', () => {
    const grocery: PageReport = { ...recipe, kind: 'grocery', fiber: undefined };
    render(<PageSummary report={grocery} nameOf={nameOf} />, root);
    expect(q('page-summary')?.getAttribute('data-kind')).toBe('grocery');
    const groups = [...root.querySelectorAll('.product-group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['Fiber 1', 'Prebiotic 1', 'Live cultures 1']);
    expect(root.textContent).toContain('Gut-friendly products: 2');
  });

  it('shows the empty state for other pages and for no report', () => {
    render(<PageSummary report={null} nameOf={nameOf} />, root);
    expect(q('page-summary')?.getAttribute('data-kind')).toBe('none');
    expect(root.textContent).toContain('Nothing to sum up here');
    render(<PageSummary report={{ ...recipe, kind: 'other' }} nameOf={nameOf} />, root);
    expect(q('page-summary')?.getAttribute('data-kind')).toBe('other');
  });

  it('shows a loading state without the summary hook while the report is on its way', () => {
    render(<PageSummary report={undefined} nameOf={nameOf} />, root);
    expect(q('page-summary')).toBeNull();
    expect(root.textContent).toContain('Reading this page');
  });
});

describe('SwapList', () => {
  it('puts the swap for a food on the page first, with its line', () => {
    const setSwapPref = vi.fn(() => Promise.resolve());
    render(
      <SwapList
        data={GUT_DATA}
        report={recipe}
        prefs={{ saved: [], hidden: [] }}
        lang="en"
        date={new Date(2026, 0, 15)}
        setSwapPref={setSwapPref}
      />,
      root,
    );
    const swaps = [...root.querySelectorAll<HTMLElement>('[data-testid="swap"]')];
    expect(swaps.length).toBeGreaterThan(0);
    expect(swaps[0].dataset.onPage).toBe('true');
    expect(swaps[0].dataset.swap).toMatch(/^white-bread-/);
    expect(swaps[0].textContent).toContain('On this page: 4 slices white bread');
    swaps[0].querySelector<HTMLButtonElement>('button[aria-label^="Hide for good"]')!.click();
    expect(setSwapPref).toHaveBeenCalledWith(swaps[0].dataset.swap, 'hidden');
  });
});
