/** The hover card's texts, made at build time from the reason and source tables. */
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../data/sources';
import { cardTexts, shortCitation } from '../../engine/foods/food-info';

describe('card texts', () => {
  it('shortens a citation to its authors and year', () => {
    expect(
      shortCitation('Gibson GR, Hutkins R, Sanders ME, et al. Expert consensus document. Nat Rev Gastroenterol Hepatol. 2017;14(8):491-502.'),
    ).toBe('Gibson GR, Hutkins R, Sanders ME et al. (2017)');
  });

  it('has a short citation for every source (reason labels are UI messages: popup-locales.test.tsx)', () => {
    const texts = cardTexts(SOURCES);
    expect(Object.keys(texts.sources).sort()).toEqual(Object.keys(SOURCES).sort());
    for (const short of Object.values(texts.sources)) expect(short.length).toBeLessThanOrEqual(80);
  });
});
