/** The gate's and the scan's remembered answers: worked out once inside `during`, afresh outside it. */
import { describe, expect, it } from 'vitest';
import { parseHtmlText } from '../../cli/lib/parse-html';
import { firstLook, mayBeFoodPage } from '../../engine/page/food-page-gate';
import { rememberedScan, scanPage } from '../../engine/page/page-scan';
import { remembered } from '../../engine/page/remembered';

describe('remembered answers', () => {
  it('works an answer out once while `during` runs, and afresh outside it', () => {
    let calls = 0;
    const answer = remembered(() => ++calls);
    const doc = parseHtmlText('<p>x</p>');
    expect(answer.during(doc, () => [answer.get(doc), answer.get(doc)])).toEqual([1, 1]);
    expect(answer.get(doc)).toBe(2);
    expect(answer.get(doc)).toBe(3);
  });

  it('takes an answer the caller already has, and only for its own document', () => {
    const answer = remembered(() => 'computed');
    const doc = parseHtmlText('<p>x</p>');
    const other = parseHtmlText('<p>y</p>');
    expect(answer.during(doc, () => [answer.get(doc), answer.get(other)], 'known')).toEqual(['known', 'computed']);
  });

  it('gives readPage the scan and the first look the content script already made', () => {
    const doc = parseHtmlText('<h2>Ingredients</h2><ul><li class="wprm-recipe-ingredient">1 cup oats</li></ul>');
    const scans = rememberedScan.during(doc, () => [scanPage(doc), scanPage(doc)]);
    expect(scans[0]).toBe(scans[1]);
    expect(scans[0].cards.get('wprm')).toHaveLength(1);
    expect(scanPage(doc)).not.toBe(scans[0]);
    expect(firstLook.during(doc, () => mayBeFoodPage(doc), false)).toBe(false);
    expect(mayBeFoodPage(doc)).toBe(true);
  });
});
