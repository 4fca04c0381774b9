/** Shop tiles rendered in the browser from JSON in a data attribute: empty price boxes, named products. */
import { describe, expect, it } from 'vitest';
import { parseHtmlText } from '../../cli/lib/parse-html';
import { attributeProductTitles } from '../../engine/page/attribute-products';
import type { DomElement } from '../../engine/page/types';
import { readHtml } from './page-helpers';

const attr = (v: unknown): string => JSON.stringify(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const tile = (name: string, price: number): string =>
  `<li class="grid__item"><div class="tile" data-grid-data="${attr([{ price: { price, currency: 'лв' }, fullTitle: name }])}"><div class="tile-title"></div><div class="tile-price gradient"></div></div></li>`;
const shop = (tiles: string): string => `<html><head><title>Супермаркет: храни и напитки</title></head><body><ul>${tiles}</ul></body></html>`;

describe('products in data attributes', () => {
  it('reads the names of client-rendered tiles and judges them as any shelf', () => {
    const r = readHtml(shop(tile('Багета Рустик', 0.99) + tile('Свински врат без кост', 8.79) + tile('Луканков салам', 3.49) + tile('Кисело мляко 2%', 1.29)));
    expect(r.kind).toBe('grocery');
    expect(r.evidence[0]).toBe('data-attribute:4');
    expect(r.products).toEqual(['Багета Рустик', 'Свински врат без кост', 'Луканков салам', 'Кисело мляко 2%']);
  });

  it('wants a name and a price in the same object', () => {
    const noPrice = `<div data-x="${attr({ title: 'Not a product' })}"><span class="price"></span></div>`;
    const doc = parseHtmlText(shop(noPrice.repeat(5)));
    expect(attributeProductTitles(Array.from(doc.querySelectorAll('.price')) as DomElement[])).toEqual([]);
  });

  it('stays bounded on huge, broken and deep attribute JSON', () => {
    const huge = `<div data-x="${attr({ name: 'Big', price: 1, pad: 'x'.repeat(300_000) })}"><span class="price"></span></div>`;
    const broken = `<div data-x="{&quot;name&quot;: &quot;Broken&quot;, &quot;price&quot;: "><span class="price"></span></div>`;
    const deep = `<div data-x="${attr(JSON.parse(`${'{"a":'.repeat(3_000)}{"name":"Deep","price":1}${'}'.repeat(3_000)}`))}"><span class="price"></span></div>`;
    const doc = parseHtmlText(shop(huge + broken + deep));
    expect(attributeProductTitles(Array.from(doc.querySelectorAll('.price')) as DomElement[])).toEqual([]);
  });
});
