import { describe, expect, it } from 'vitest';
import { readFixture, readHtml } from './page-helpers';

describe('recipe pages without structured data', () => {
  it('German heading with a list, stopping at the method', () => {
    const r = readFixture('heading-de.html');
    expect(r.kind).toBe('recipe');
    expect(r.evidence[0]).toMatch(/^heading:zutaten/);
    expect(r.ingredients).toEqual(['250 g Linsen', '2 Karotten', '1 Zwiebel', '1 EL Olivenöl']);
  });

  it('French heading with lines broken by <br>', () => {
    const r = readFixture('heading-fr-br.html');
    expect(r.kind).toBe('recipe');
    expect(r.ingredients).toEqual(['250 g de farine', '4 œufs', '50 cl de lait', '1 pincée de sel']);
  });

  it('Spanish heading with rows of amount and name cells', () => {
    const r = readFixture('heading-es-rows.html');
    expect(r.kind).toBe('recipe');
    expect(r.ingredients).toEqual(['400 g garbanzos', '2 dientes de ajo', '1 cucharada de comino']);
  });

  it('bulleted paragraphs between empty spacer blocks (page-builder markup), English heading with a colon', () => {
    const html = `<html><body><div><p><span><span>Ingredients:</span></span></p><div></div>
      <p><span>• 1 bag frozen cauliflower rice (if using fresh cauliflower rice, add olive oil to the pan first)</span></p><div></div>
      <p><span>• 1-2 Tbsp olive oil</span></p><div></div><p><span>• 3/4 cup salsa</span></p><div></div>
      <p><span>Directions:</span></p><p>Heat a pan on medium heat with oil and cook the rice for five minutes.</p></div></body></html>`;
    const r = readHtml(html);
    expect(r.kind).toBe('recipe');
    expect(r.ingredients).toEqual(['1 bag frozen cauliflower rice (if using fresh cauliflower rice, add olive oil to the pan first)', '1-2 Tbsp olive oil', '3/4 cup salsa']);
  });

  it('an article with an "Ingredients of …" heading and prose stays other', () => {
    expect(readFixture('article.html').kind).toBe('other');
  });

  it('a roundup that links to recipes is other, and says so', () => {
    const r = readFixture('roundup.html');
    expect(r.kind).toBe('other');
    expect(r.evidence).toContain('list:recipes');
    expect(r.ingredients).toEqual([]);
  });
});
