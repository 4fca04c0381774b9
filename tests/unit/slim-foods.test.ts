/** The content script's slim food list keeps what matching and the card need, and nothing else. */
import { describe, expect, it } from 'vitest';
import { FOODS } from '../../data/foods';
import { compileMatcher } from '../../engine/foods/matcher';
import { indexedFood, slimFood, withoutGuessablePlurals } from '../../engine/foods/slim';
import { matcherFromIndex } from '../../engine/foods/index-matcher';
import { nameIndexFor } from '../../utils/name-indexes';

describe('slim food list', () => {
  it('drops USDA numbers, categories, gram weights and other languages', () => {
    const food = FOODS.find((f) => f.id === 'chickpea')!;
    const slim = slimFood(food);
    expect(slim).not.toHaveProperty('ndb');
    expect(slim).not.toHaveProperty('grams');
    expect(slim).not.toHaveProperty('category');
    expect(Object.keys(slim.names)).toEqual(['en']);
    expect(slim.tags).toEqual(food.tags);
    expect(slim.fiber).toBe(food.fiber);
  });

  it('leaves out plurals the matcher guesses, and still finds them', () => {
    expect(withoutGuessablePlurals(['bean', 'beans', 'berry', 'berries', 'peas', 'hummus'])).toEqual(['bean', 'berry', 'peas', 'hummus']);
    const matcher = compileMatcher(FOODS.map((f) => slimFood(f)));
    const hits = matcher.match('2 cans black beans and 1 cup raspberries');
    expect(hits.map((h) => [h.id, h.match])).toEqual([
      ['black-bean', 'black beans'],
      ['raspberry', 'raspberries'],
    ]);
  });

  it('gets the other languages back from the background, as a name index of the same list', () => {
    const shipped = FOODS.map((f) => indexedFood(slimFood(f)));
    const index = nameIndexFor(FOODS, ['de']);
    expect(nameIndexFor(FOODS, ['de'])).toBe(index);
    const matcher = matcherFromIndex(index, shipped);
    expect(matcher.match('400 g Kichererbsen').map((h) => [h.id, h.name])).toEqual([['chickpea', 'chickpea']]);
    expect(matcher.match('2 cans black beans').map((h) => h.id)).toEqual(['black-bean']);
  });

  it('ships a food with only the display name its id does not give', () => {
    const bean = indexedFood(slimFood(FOODS.find((f) => f.id === 'black-bean')!));
    expect(bean.names).toEqual({});
    const flour = indexedFood(slimFood(FOODS.find((f) => f.id === 'all-purpose-flour')!));
    expect(flour.names).toEqual({ en: ['all-purpose flour'] });
  });
});
