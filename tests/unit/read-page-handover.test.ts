/** readPage takes the scan and the first look a caller (the content script) already made. */
import { describe, expect, it } from 'vitest';
import { parseHtmlText } from '../../cli/lib/parse-html';
import { defaultMatcher } from '../../cli/lib/default-matcher';
import { scanPage } from '../../engine/page/page-scan';
import { NO_FOOD_HINT, readPage } from '../../engine/page/read-page';

describe('readPage hand-over', () => {
  const recipe = '<h2>Ingredients</h2><ul><li class="wprm-recipe-ingredient">1 cup oats</li><li class="wprm-recipe-ingredient">2 cups milk</li><li class="wprm-recipe-ingredient">1 tbsp honey</li></ul>';

  it('reads with the scan it is given, made once', () => {
    const doc = parseHtmlText(recipe);
    const scan = scanPage(doc);
    let scans = 0;
    const reading = readPage(doc, { matcher: defaultMatcher(), lookedFirst: true, scan: () => (scans++, scan) });
    expect(scans).toBe(1);
    expect(reading.kind).toBe('recipe');
    expect(reading.ingredients).toEqual(['1 cup oats', '2 cups milk', '1 tbsp honey']);
  });

  it('stops at the first look unless the caller says it looked', () => {
    const doc = parseHtmlText('<p>Nothing to eat here.</p>');
    expect(readPage(doc, { matcher: defaultMatcher() })).toBe(NO_FOOD_HINT);
    expect(readPage(doc, { matcher: defaultMatcher(), lookedFirst: true }).evidence).not.toContain('gate:no-food-hint');
  });
});
