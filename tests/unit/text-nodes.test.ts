// @vitest-environment happy-dom
/**
 * The content script's text walker (entrypoints/content/text-nodes.ts): the text nodes worth
 * matching, in document order, skipping what must never be touched; and on a long stretch with
 * nothing worth matching it pauses instead of walking it all in one call.
 */
import { describe, expect, it } from 'vitest';
import { createTextWalker, PAUSED } from '../../entrypoints/content/text-nodes';

/** Every text node the walker gives, and how many calls paused. */
function walkAll(roots: Node | readonly Node[]): { texts: string[]; pauses: number } {
  const walker = createTextWalker(roots);
  const texts: string[] = [];
  let pauses = 0;
  for (let next = walker.next(); next !== null; next = walker.next()) {
    if (next === PAUSED) pauses++;
    else texts.push(next.data);
  }
  return { texts, pauses };
}

describe('text walker', () => {
  it('gives the text worth matching in order, skipping code, fields, hidden and editable places', () => {
    document.body.innerHTML = `<p>Red lentils</p><pre>oats in code</pre><textarea>oats typed</textarea>
      <div hidden>hidden oats</div><div contenteditable="true">edited oats</div><p>1 <b>cup oats</b> and tofu</p><p>--</p>`;
    expect(walkAll(document.body).texts).toEqual(['Red lentils', 'cup oats', ' and tofu']);
  });

  it('steps over a skipped element that ends its parent, at any depth, and one that ends the root', () => {
    document.body.innerHTML = `<div><section><p>Kale <code>oats()</code></p></section></div><p>Miso<svg><text>leek</text></svg></p>
      <ul><li>Farro<button>buy oats</button></li></ul><div aria-hidden="true">hidden kefir</div>`;
    expect(walkAll(document.body).texts).toEqual(['Kale ', 'Miso', 'Farro']);
    expect(walkAll(document.querySelector('li')!).texts).toEqual(['Farro']);
  });

  it('pauses on thousands of elements with nothing to match, and still finds what follows', () => {
    document.body.innerHTML = `<p>Chickpeas</p>${'<div><span></span></div>'.repeat(5_000)}<p>Kefir</p>`;
    const { texts, pauses } = walkAll(document.body);
    expect(texts).toEqual(['Chickpeas', 'Kefir']);
    expect(pauses).toBeGreaterThanOrEqual(5);
  });

  it('pauses on thousands of roots with nothing to match (the regions of a tile page)', () => {
    document.body.innerHTML = `${'<div class="tile"><img></div>'.repeat(4_000)}<div class="tile">Leeks</div>`;
    const { texts, pauses } = walkAll([...document.querySelectorAll('.tile')]);
    expect(texts).toEqual(['Leeks']);
    expect(pauses).toBeGreaterThanOrEqual(5);
  });
});
