// @vitest-environment happy-dom
/** Where the content script paints: the ingredient list and method, the product tiles; else the page. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../cli/lib/default-matcher';
import { scanPage } from '../../engine/page/page-scan';
import { readSavedPage } from '../../engine/page/read-saved-page';
import type { DomDocument } from '../../engine/page/types';
import { paintRegions } from '../../entrypoints/content/paint-regions';
import { repoRoot } from '../corpus-path';

function regionsOf(html: string): { regions: Element[] | null; kind: string } {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  const doc = document as unknown as DomDocument;
  const reading = readSavedPage(doc, { matcher: defaultMatcher() });
  return { regions: paintRegions(reading, scanPage(doc)), kind: reading.kind };
}

describe('paint regions', () => {
  it('paints the demo recipe card (ingredients and method), not its comment box or menu', () => {
    const { regions, kind } = regionsOf(readFileSync(resolve(repoRoot, 'tests', 'fixtures', 'demo-recipe.html'), 'utf8'));
    expect(kind).toBe('recipe');
    expect(regions).toHaveLength(1);
    const text = regions![0].textContent ?? '';
    expect(text).toContain('black beans, drained');
    expect(text).toContain('Simmer the barley');
    expect(text).not.toContain('lentils instead');
    expect(text).not.toContain('Breakfast');
  });

  it('paints each product tile of a grocery listing', () => {
    const { regions, kind } = regionsOf(readFileSync(resolve(repoRoot, 'tests', 'fixtures', 'pages', 'grocery-listing.html'), 'utf8'));
    expect(kind).toBe('grocery');
    const text = regions!.map((r) => r.textContent ?? '').join(' ');
    for (const title of ['Fresh Bananas', 'Red Lentils 500g', 'Rolled Oats 1kg']) expect(text).toContain(title);
  });

  it('has no region on a page that is neither', () => {
    expect(regionsOf('<html><body><h1>Hello</h1><p>Just words.</p></body></html>').regions).toBeNull();
  });
});
