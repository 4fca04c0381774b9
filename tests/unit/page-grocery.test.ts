import { describe, expect, it } from 'vitest';
import { readFixture, readHtml } from './page-helpers';

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
