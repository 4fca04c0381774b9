/**
 * The native-query page scan gives the same scan as a walk over every element, on every corpus
 * page (linkedom): the same elements, in the same order, for every signal the readers use; and
 * the walk's first look, extra scan and grocery landmarks are the native queries' (mayBeFoodPage,
 * scanExtras, page-landmarks.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../cli/lib/parse-html';
import { scanPage, type PageScan } from '../../engine/page/page-scan';
import type { DomElement } from '../../engine/page/types';
import { corpusPages } from '../e2e/harness/corpus-pages';
import { requireCorpus } from '../corpus-path';
import { walkPage } from '../../engine/page/page-scan-walk';
import { mayBeFoodPage } from '../../engine/page/food-page-gate';
import { scanExtras, type ExtraScan } from '../../engine/page/extra-scan';

const c = requireCorpus();

/** A scan as comparable data: each element by its index in document order. */
function comparable(scan: PageScan, index: Map<DomElement, number>) {
  const at = (el: DomElement) => index.get(el) ?? -1;
  return {
    jsonLd: scan.jsonLd.map(at),
    ingredientMarkup: scan.ingredientMarkup.map((m) => `${m.how}@${at(m.el)}`),
    cards: [...scan.cards].map(([plugin, els]) => `${plugin}:${els.map(at).join(',')}`),
    prices: scan.prices.map(at),
    headings: scan.headings.map(at),
    productMarkup: scan.productMarkup,
    ogType: scan.ogType,
  };
}

function comparableExtras(extras: ExtraScan, index: Map<DomElement, number>) {
  const at = (el: DomElement | null) => (el ? index.get(el) ?? -1 : null);
  return { scripts: extras.scripts.map(at), dataPage: at(extras.dataPage), tabs: extras.tabs.map(at) };
}

describe.skipIf('skip' in c)('page scan on the corpus', () => {
  it('native queries find what the element walk found, on every page', () => {
    const dir = (c as { dir: string }).dir;
    const differ: string[] = [];
    let compared = 0;
    for (const { file } of corpusPages(dir)) {
      const { doc } = loadPage(join(dir, file));
      const walked = walkPage(doc);
      const all = doc.querySelectorAll('*');
      const index = new Map<DomElement, number>();
      for (let i = 0; i < all.length; i++) index.set(all[i], i);
      const at = (el: DomElement | null) => (el ? index.get(el) ?? -1 : null);
      if (walked.mayBeFood !== mayBeFoodPage(doc)) differ.push(`${file} (first look)`);
      if (JSON.stringify(comparableExtras(walked.extras, index)) !== JSON.stringify(comparableExtras(scanExtras(doc), index))) differ.push(`${file} (extras)`);
      const marks = walked.scan.landmarks;
      const native = { h1: at(doc.querySelector('h1')), crumbs: Array.from(doc.querySelectorAll('[class*="breadcrumb"],[class*="Breadcrumb"],[itemtype*="BreadcrumbList"]'), at).slice(0, 3), description: at(doc.querySelector('meta[name="description"]')), products: Array.from(doc.querySelectorAll('[itemtype*="schema.org/Product"]'), at) };
      const noted = marks ? { h1: at(marks.h1), crumbs: marks.crumbs.map(at), description: at(marks.description), products: marks.products.map(at) } : null;
      if (JSON.stringify(noted) !== JSON.stringify(native)) differ.push(`${file} (landmarks)`);
      if (walked.truncated) continue;
      const a = JSON.stringify(comparable(scanPage(doc), index));
      const b = JSON.stringify(comparable(walked.scan, index));
      compared++;
      if (a !== b) differ.push(file);
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });
});

if ('skip' in c) {
  describe('page scan on the corpus', () => {
    it.skip(`skipped: ${c.skip}`, () => undefined);
  });
}
