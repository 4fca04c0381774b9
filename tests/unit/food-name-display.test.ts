/** How the popup writes a food's name in the UI language (components/food-names.ts). */
import { describe, expect, it } from 'vitest';
import { foodName, germanNounCase } from '../../components/food-names';
import { GUT_DATA } from '../../components/gut-data';

describe('food names in the UI language', () => {
  it('gives German nouns their capital, not adjectives before them nor small words', () => {
    expect(germanNounCase('zucker')).toBe('Zucker');
    expect(germanNounCase('getrocknete tomaten')).toBe('getrocknete Tomaten');
    expect(germanNounCase('lachs aus der dose')).toBe('Lachs aus der Dose');
    expect(germanNounCase('kräuter der provence')).toBe('Kräuter der Provence');
    expect(germanNounCase('crème fraîche')).toBe('Crème Fraîche');
  });

  it('uses the first name of the UI language, capitalised for German only', () => {
    const oats = GUT_DATA.foodsById.get('oats')!;
    expect(foodName('oats', GUT_DATA.foodsById, 'de')).toBe(germanNounCase(oats.names.de![0]!));
    expect(foodName('oats', GUT_DATA.foodsById, 'fr')).toBe(oats.names.fr![0]);
    expect(foodName('oats', GUT_DATA.foodsById, 'en')).toBe(oats.names.en![0]);
  });

  it('falls back to English, then to the id', () => {
    expect(foodName('no-such-food', GUT_DATA.foodsById, 'de')).toBe('no such food');
    expect(foodName('no-such-food', undefined, 'de', 'given')).toBe('given');
  });
});
