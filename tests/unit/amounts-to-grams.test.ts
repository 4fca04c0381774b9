import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../engine/amounts/parse-quantity';
import { toGrams } from '../../engine/amounts/to-grams';
import type { Food } from '../../engine/foods/types';

type Weights = Pick<Food, 'category' | 'grams'>;

const oats: Weights = { category: 'grain', grams: { cup: 81 } };
const onion: Weights = { category: 'vegetable', grams: { cup: 160, medium: 110, large: 150, small: 70 } };
const garlic: Weights = { category: 'vegetable', grams: { clove: 3, cup: 136 } };
const blackBeans: Weights = { category: 'legume', grams: { cup: 172 } };
const lentils: Weights = { category: 'legume' };
const kale: Weights = { category: 'vegetable' };
const bread: Weights = { category: 'grain', grams: { slice: 32 } };
const mystery: Weights = { category: 'prepared' };

function grams(line: string, food: Weights) {
  return toGrams(parseQuantity(line), food);
}

describe('toGrams', () => {
  it('takes mass units as they are', () => {
    expect(grams('200 g oats', oats)).toEqual({ grams: 200, how: 'mass', estimated: false });
    expect(grams('1 kg oats', oats)?.grams).toBe(1000);
    expect(grams('1 lb black beans', blackBeans)?.grams).toBeCloseTo(453.6, 1);
    expect(grams('8 oz oats', oats)?.grams).toBeCloseTo(226.8, 1);
  });

  it('turns volumes into grams through the food’s cup weight', () => {
    expect(grams('1 ½ cups rolled oats', oats)).toEqual({ grams: 121.5, how: 'volume', estimated: false });
    expect(grams('2 tbsp oats', oats)?.grams).toBeCloseTo((81 / 16) * 2, 6);
    expect(grams('3 tsp oats', oats)?.grams).toBeCloseTo(81 / 16, 6);
    expect(grams('236.6 ml oats', oats)?.grams).toBeCloseTo(81, 6);
    expect(grams('0,5 l Haferflocken', oats)?.grams).toBeCloseTo((500 / 236.6) * 81, 6);
  });

  it('falls back to the category’s density, and says so', () => {
    const got = grams('1 cup dry lentils', lentils);
    expect(got).toMatchObject({ how: 'volume', estimated: true });
    expect(got?.grams).toBeGreaterThan(150);
    expect(got?.grams).toBeLessThan(220);
    expect(grams('1 cup something', mystery)?.estimated).toBe(true);
  });

  it('weighs pieces by the food’s piece weights', () => {
    expect(grams('1 large onion', onion)).toEqual({ grams: 150, how: 'piece', estimated: false });
    expect(grams('2 onions', onion)).toEqual({ grams: 220, how: 'piece', estimated: false });
    expect(grams('3 cloves garlic', garlic)).toEqual({ grams: 9, how: 'piece', estimated: false });
    expect(grams('2 slices whole-wheat bread', bread)).toEqual({ grams: 64, how: 'piece', estimated: false });
  });

  it('estimates pieces of produce without piece weights, and knows nothing of other pieces', () => {
    expect(grams('1 large kohlrabi', kale)?.estimated).toBe(true);
    const twoKale = grams('2 kale', kale);
    expect(twoKale).toMatchObject({ how: 'piece', estimated: true });
    expect(grams('2 cakes', mystery)).toBeNull();
  });

  it('weighs cans by their stated size, else a 400 g can', () => {
    const tomatoes: Weights = { category: 'vegetable', grams: { cup: 240 } };
    const two = grams('2 (15-oz) cans diced tomatoes', tomatoes);
    expect(two?.how).toBe('can');
    expect(two?.grams).toBeCloseTo(30 * 28.3495, 3);
    expect(two?.estimated).toBe(false);
    expect(grams('2 x 400g tins tomatoes', tomatoes)?.grams).toBe(800);
    expect(grams('1 can tomatoes', tomatoes)).toEqual({ grams: 400, how: 'can', estimated: true });
    expect(grams('1 can black beans', { category: 'legume', grams: { can: 260 } })).toEqual({ grams: 260, how: 'can', estimated: false });
  });

  it('counts canned beans drained', () => {
    const two = grams('2 (15-oz) cans black beans', blackBeans);
    expect(two).toMatchObject({ how: 'can', estimated: true });
    expect(two?.grams).toBeCloseTo(30 * 28.3495 * 0.6, 3);
    expect(grams('1 can black beans', blackBeans)?.grams).toBeCloseTo(240, 6);
  });

  it('weighs "2 small garlic cloves" as cloves, not as small vegetables', () => {
    expect(grams('2 small garlic cloves', garlic)).toEqual({ grams: 6, how: 'piece', estimated: false });
  });

  it('prefers a mass written beside a cup', () => {
    expect(grams('1 cup (120 g) oats', oats)).toEqual({ grams: 120, how: 'mass', estimated: false });
  });

  it('returns null without an amount, or for a package of unknown size', () => {
    expect(grams('salt to taste', oats)).toBeNull();
    expect(grams('1 package oats', oats)).toBeNull();
  });
});
