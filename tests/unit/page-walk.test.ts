/** The one walk over a saved page answers as the selector queries it stands in for. */
import { describe, expect, it } from 'vitest';
import { parseHtmlText } from '../../cli/lib/parse-html';
import { scanExtras } from '../../engine/page/extra-scan';
import { mayBeFoodPage } from '../../engine/page/food-page-gate';
import { walkPage } from '../../engine/page/page-scan-walk';
import { scanPage } from '../../engine/page/page-scan';
import { childCountUpTo, classOf, textStart } from '../../engine/page/dom-read';

describe('walkPage', () => {
  it('skips template contents for the first look, as selector queries do', () => {
    const doc = parseHtmlText('<html><body><template><div class="price">1</div></template><p>News</p></body></html>');
    expect(mayBeFoodPage(doc)).toBe(false);
    expect(walkPage(doc).mayBeFood).toBe(false);
  });

  it('sees elements a page left after </html>, as selector queries do', () => {
    const doc = parseHtmlText('<html><body><p>News</p></body></html><script>window.x = {"ingredients": []}</script>');
    const walked = walkPage(doc);
    expect(walked.extras.scripts.length).toBe(scanExtras(doc).scripts.length);
  });

  it('steps over skipped subtrees for the scan but not for the first look', () => {
    const doc = parseHtmlText('<html><body><svg><g class="recipe-icon"></g></svg><noscript><h2>Ingredients</h2></noscript><h3>Ingredients</h3></body></html>');
    const walked = walkPage(doc);
    expect(walked.mayBeFood).toBe(mayBeFoodPage(doc));
    expect(walked.scan.headings.map((h) => h.tagName)).toEqual(scanPage(doc).headings.map((h) => h.tagName));
  });

  it('compares the JSON-LD type as CSS does for HTML: ignoring case', () => {
    const doc = parseHtmlText('<html><head><script type="Application/LD+JSON">{"@type":"Recipe"}</script></head><body></body></html>');
    expect(walkPage(doc).mayBeFood).toBe(mayBeFoodPage(doc));
    expect(walkPage(doc).mayBeFood).toBe(true);
  });
});

describe('dom-read', () => {
  const doc = parseHtmlText('<div id="a" class=" x  y "><b>1</b>2<i>3<u>4</u></i><!-- c -->5</div>');
  const el = doc.querySelector('#a')!;
  it('reads text up to a length as textContent does', () => {
    expect(textStart(el, 200)).toBe((el.textContent ?? '').slice(0, 200));
    expect(textStart(el, 3)).toBe('123');
  });
  it('counts children up to a cap and reads the class as written', () => {
    expect(childCountUpTo(el, 1)).toBe(1);
    expect(childCountUpTo(el, 10)).toBe(2);
    expect(classOf(el).trim().split(/\s+/)).toEqual(['x', 'y']);
    expect(classOf(doc.querySelector('b')!)).toBe('');
  });
});
