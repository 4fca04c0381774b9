/**
 * Hostile and broken pages: the reader answers (or the CLI reports a clear error) instead of
 * hanging or crashing. Inputs are generated here; no timings are asserted.
 */
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtmlText } from '../../cli/lib/parse-html';
import { parseLenientJson } from '../../engine/page/lenient-json';
import { readSavedPage } from '../../engine/page/read-saved-page';
import { defaultMatcher } from '../../cli/lib/default-matcher';
import { readHtml } from './page-helpers';

const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('bad input', () => {
  it('a 20 MB page gets an answer', () => {
    const para = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40)}</p>\n`;
    const body = para.repeat(Math.ceil((20 * 1024 * 1024) / para.length));
    expect(body.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const r = readHtml(`<html><head><title>big</title></head><body>${body}</body></html>`);
    expect(r.kind).toBe('other');
  }, 120_000);

  it('50,000 nested elements get an answer (no recursion over the tree)', () => {
    const depth = 50_000;
    const html = `<html><body><h2>Ingredients</h2>${'<div>'.repeat(depth)}<ul><li>1 cup oats</li><li>2 apples</li></ul>${'</div>'.repeat(depth)}</body></html>`;
    const r = readSavedPage(parseHtmlText(html), { matcher: defaultMatcher() });
    expect(['recipe', 'other']).toContain(r.kind);
  }, 120_000);

  it('a 5 MB JSON-LD block is skipped and said so, and a recipe in a small block still reads', () => {
    const huge = `{"@type":"Recipe","recipeIngredient":[${'"1 cup flour",'.repeat(400_000)}"salt"]}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    const skipped = readHtml(`<html><head>${ld(huge)}</head><body></body></html>`);
    expect(skipped.kind).toBe('other');
    expect(skipped.evidence).toContain('jsonld:unreadable');
    const both = readHtml(`<html><head>${ld(huge)}${ld('{"@type":"Recipe","recipeIngredient":["2 leeks"]}')}</head><body></body></html>`);
    expect(both.ingredients).toEqual(['2 leeks']);
  }, 120_000);

  it('deeply nested and broken JSON does not throw', () => {
    expect(parseLenientJson('['.repeat(200_000))).toBeUndefined();
    const deep = `${'{"a":'.repeat(5_000)}{"@type":"Recipe","recipeIngredient":["x"]}${'}'.repeat(5_000)}`;
    const r = readHtml(`<html><head>${ld(deep)}</head><body></body></html>`);
    expect(r.kind).toBe('other'); // beyond the depth cap: not found, but no crash
    expect(() => parseLenientJson(`{"a": "${'\\'.repeat(100_001)}`)).not.toThrow();
  });

  it('a flight row of megabytes, 20,000 arrays deep or 100,000 objects wide, gets an answer', () => {
    const push = (s: string): string => `<script>self.__next_f.push([1,${JSON.stringify(s)}])</script>`;
    const recipe = '{"ingredients":["1 cup oats","2 apples"],"steps":["Mix."]}';
    const deep = `5:${'['.repeat(20_000)}${recipe}${']'.repeat(20_000)}\n`;
    const wide = `6:[${Array.from({ length: 100_000 }, (_, i) => `{"n":${i},"ingredients":["${i} g oats"]}`).join(',')},${recipe}]\n`;
    expect(wide.length).toBeGreaterThan(3_000_000);
    for (const row of [deep, wide]) {
      const r = readHtml(`<html><head>${push(row)}</head><body><h1>Oats</h1></body></html>`);
      expect(['recipe', 'other']).toContain(r.kind);
    }
  }, 120_000);

  it('a recipe list of 50,000 lines is capped', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `"${i + 1} g sugar"`).join(',');
    const r = readHtml(`<html><head>${ld(`{"@type":"Recipe","recipeIngredient":[${lines}]}`)}</head><body></body></html>`);
    expect(r.kind).toBe('recipe');
    expect(r.ingredients.length).toBe(400);
  });

  it('invalid UTF-8 decodes leniently; a declared charset is honoured when the bytes are not UTF-8', () => {
    const bad = new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0xc3, 0x28, 0x61, 0x3c, 0x2f, 0x70, 0x3e]);
    expect(() => decodeHtml(bad)).not.toThrow();
    expect(decodeHtml(bad)).toContain('a</p>');
    const cp1251 = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1251"><p>'), 0xcc, 0xee, 0xeb, 0xee, 0xea, 0xee]);
    expect(decodeHtml(cp1251)).toContain('Молоко');
    const utf8Lying = new TextEncoder().encode('<meta charset="windows-1251"><p>Молоко</p>');
    expect(decodeHtml(utf8Lying)).toContain('Молоко');
    const r = readSavedPage(parseHtmlText(decodeHtml(bad)), { matcher: defaultMatcher() });
    expect(r.kind).toBe('other');
  });
});
