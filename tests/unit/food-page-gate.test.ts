/** The cheap first look: never closes the door on a food page; closes it on a page with no hint. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../cli/lib/default-matcher';
import { parseHtmlText } from '../../cli/lib/parse-html';
import { mayBeFoodPage } from '../../engine/page/food-page-gate';
import { readSavedPage } from '../../engine/page/read-saved-page';
import { repoRoot } from '../corpus-path';

const fixtures = resolve(repoRoot, 'tests', 'fixtures');
const pages = [
  ...readdirSync(resolve(fixtures, 'pages')).map((f) => resolve(fixtures, 'pages', f)),
  ...readdirSync(fixtures).filter((f) => f.endsWith('.html')).map((f) => resolve(fixtures, f)),
];

describe('mayBeFoodPage', () => {
  it.each(pages)('lets through every fixture the reader calls a food page: %s', (file) => {
    const doc = parseHtmlText(readFileSync(file, 'utf8'));
    if (readSavedPage(doc, { matcher: defaultMatcher() }).kind !== 'other') expect(mayBeFoodPage(doc)).toBe(true);
  });

  it('finds an ingredients heading with no markup at all, in German', () => {
    const doc = parseHtmlText('<p><span>Zutaten:</span></p><p>200 g Mehl</p>');
    expect(mayBeFoodPage(doc)).toBe(true);
  });

  it('closes the door on a plain article', () => {
    const doc = parseHtmlText(
      '<html><head><title>Election night</title></head><body><h1>Results are in</h1><p>Voters in the city turned out early.</p></body></html>',
    );
    expect(mayBeFoodPage(doc)).toBe(false);
  });
});
