import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultMatcher } from '../../cli/lib/default-matcher';
import { parseHtmlText } from '../../cli/lib/parse-html';
import type { FoodMatcher } from '../../engine/foods/matcher';
import type { FoodCore } from '../../engine/foods/types';
import { readPageSteps } from '../../engine/page/read-page';
import { NEEDS_MATCHER } from '../../engine/page/steps';
import { repoRoot } from '../corpus-path';
import { readFixture, readHtml } from './page-helpers';

const throwingMatcher: FoodMatcher<FoodCore> = {
  match: () => {
    throw new Error('the matcher was asked');
  },
  food: () => undefined,
};

describe('grocery pages', () => {
  it('a listing of food tiles is grocery, with the tile titles and nothing from navigation or filters', () => {
    const r = readFixture('grocery-listing.html');
    expect(r.kind).toBe('grocery');
    expect(r.products).toEqual(['Fresh Bananas approx 180g', 'Red Lentils 500g', 'Greek Style Natural Yogurt 500g', 'Rolled Oats 1kg']);
    expect(r.evidence.some((e) => e.startsWith('unit-prices:'))).toBe(true);
  });

  it('a fashion product whose name holds a food word stays other', () => {
    const r = readFixture('nonfood-product.html');
    expect(r.kind).toBe('other');
    expect(r.evidence).toContain('shop:non-food');
    expect(r.products).toEqual([]);
  });

  it('a non-food aisle without unit prices is decided without reading the titles for foods', () => {
    const html = readFileSync(resolve(repoRoot, 'tests', 'fixtures', 'pages', 'nonfood-product.html'), 'utf8');
    const steps = readPageSteps(parseHtmlText(html), { matcher: throwingMatcher });
    const yielded: unknown[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) yielded.push(next.value);
    expect(next.value.kind).toBe('other');
    expect(next.value.evidence).toEqual(expect.arrayContaining(['shop:non-food', 'context:non-food-aisle']));
    expect(yielded).not.toContain(NEEDS_MATCHER);
  });

  it('a food shop asks for the matcher (a signal its caller can open it on) before it reads titles for foods', () => {
    const steps = readPageSteps(parseHtmlText(readFileSync(resolve(repoRoot, 'tests', 'fixtures', 'pages', 'grocery-listing.html'), 'utf8')), { matcher: defaultMatcher() });
    const yielded: unknown[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) yielded.push(next.value);
    expect(next.value.kind).toBe('grocery');
    expect(yielded.filter((v) => v === NEEDS_MATCHER)).toHaveLength(1);
  });

  it('a schema.org Product that is food is grocery', () => {
    const html = `<html><head><title>Shop</title><script type="application/ld+json">{"@type":"Product","name":"Organic Red Lentils 500g","offers":{"@type":"Offer","price":"2.10"}}</script></head><body><h1>Organic Red Lentils 500g</h1><span class="price">2,10 €</span></body></html>`;
    const r = readHtml(html);
    expect(r.kind).toBe('grocery');
    expect(r.products).toEqual(['Organic Red Lentils 500g']);
  });

  it('a page with no shop or recipe signal is other, stopped at the first look', () => {
    expect(readHtml('<html><body><h1>Hello</h1><p>Just words.</p></body></html>')).toEqual({
      kind: 'other',
      evidence: ['gate:no-food-hint'],
      ingredients: [],
      products: [],
    });
  });
});
