import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../engine/foods/matcher';
import type { Food, Tag } from '../../engine/foods/types';
import { DAILY_FIBER_G, estimateFiber, toFiberEstimate } from '../../engine/summary/fiber-per-serving';
import { parseServings } from '../../engine/summary/servings';

function food(id: string, category: string, fiber: number, names: string[], grams?: Food['grams'], tags: Tag[] = []): Food {
  return {
    id,
    category,
    plant: category !== 'dairy' && category !== 'fat',
    ndb: '00000',
    fiber,
    tags: tags.map((tag) => ({ tag, reason: 'test', source: 'test' })),
    names: { en: names },
    ...(grams ? { grams } : {}),
  };
}

// A tiny list written here so these tests do not move with data/foods.ts.
const FOODS: Food[] = [
  food('black-bean', 'legume', 8.7, ['black beans', 'black bean'], { cup: 172 }, ['fiber', 'prebiotic']),
  food('oats', 'grain', 10.1, ['rolled oats', 'oats'], { cup: 81 }, ['fiber', 'prebiotic']),
  food('onion', 'vegetable', 1.7, ['onion', 'onions'], { cup: 160, medium: 110, large: 150 }, ['prebiotic']),
  food('garlic', 'vegetable', 2.1, ['garlic'], { clove: 3 }, ['prebiotic']),
  food('clove', 'herb-spice', 33.9, ['clove', 'cloves']),
  food('yogurt', 'dairy', 0, ['greek yogurt', 'yogurt'], { cup: 245 }, ['probiotic']),
  food('sour-cream', 'dairy', 0, ['sour cream'], { cup: 230 }, ['probiotic']),
  food('chickpea', 'legume', 7.6, ['chickpeas', 'chickpea']),
  food('butter', 'fat', 0, ['butter'], { cup: 227, stick: 113 }),
  food('salt', 'herb-spice', 0, ['salt']),
  food('chia', 'nut-seed', 34.4, ['chia seeds'], { tbsp: 12 }, ['fiber']),
  food('kale', 'vegetable', 3.6, ['kale']),
];
const matcher = compileMatcher(FOODS);

describe('estimateFiber', () => {
  it('adds grams × fiber / 100 per line and divides by servings', () => {
    const lines = ['2 (15-oz) cans black beans, drained', '1 cup rolled oats', '1 large onion, diced', 'For the topping:', '2 tbsp butter'];
    const r = estimateFiber(lines, 4, matcher, FOODS);
    const beans = 30 * 28.3495 * 0.6 * 0.087; // two 15-oz cans, drained
    const oats = 81 * 0.101;
    const onion = 150 * 0.017;
    expect(r.totalFiberG).toBeCloseTo(beans + oats + onion, 6);
    expect(r.perServingG).toBeCloseTo((beans + oats + onion) / 4, 6);
    expect(r.servings).toBe(4);
    expect(r.dayShare).toBeCloseTo((beans + oats + onion) / 4 / DAILY_FIBER_G, 6);
    expect(r.linesWithAmount).toBe(4);
    expect(r.linesWithout).toBe(0);
    expect(r.approximate).toBe(true); // the drained share of a can is a typical value
    expect(r.perLine.map((l) => l.foodId)).toEqual(['black-bean', 'oats', 'onion', 'butter']);
    expect(r.perLine[0]).toMatchObject({ index: 0, how: 'can', estimated: true });
    expect(r.perLine[2]).toMatchObject({ grams: 150, estimated: false });
    expect(r.perLine[3]).toMatchObject({ index: 4, fiberG: 0 });
  });

  it('takes the first food of an "or" line, and not a unit word that is also a food', () => {
    const r = estimateFiber(['1 cup Greek yogurt or sour cream', '3 cloves garlic, minced'], 2, matcher, FOODS);
    expect(r.perLine.map((l) => l.foodId)).toEqual(['yogurt', 'garlic']);
    expect(r.perLine[1].grams).toBe(9);
    expect(r.totalFiberG).toBeCloseTo(9 * 0.021, 6);
  });

  it('skips a bracketed alternative for the main food', () => {
    const r = estimateFiber(['1 cup (or to taste) black beans'], 1, matcher, FOODS);
    expect(r.perLine[0].foodId).toBe('black-bean');
    const alt = estimateFiber(['200 g kale (or chickpeas)'], 1, matcher, FOODS);
    expect(alt.perLine[0].foodId).toBe('kale');
    expect(alt.totalFiberG).toBeCloseTo(7.2, 6);
  });

  it('is approximate when a fiber food lacks an amount, not when salt does', () => {
    const salted = estimateFiber(['100 g rolled oats', 'salt to taste'], 2, matcher, FOODS);
    expect(salted.approximate).toBe(false);
    expect(salted.linesWithout).toBe(1);
    const missing = estimateFiber(['100 g rolled oats', 'chickpeas, to serve'], 2, matcher, FOODS);
    expect(missing.approximate).toBe(true);
    expect(missing.linesWithout).toBe(1);
    expect(missing.totalFiberG).toBeCloseTo(10.1, 6);
  });

  it('is approximate when a weight is a typical value', () => {
    const r = estimateFiber(['1 cup chickpeas'], 2, matcher, FOODS);
    expect(r.perLine[0]).toMatchObject({ estimated: true, how: 'volume' });
    expect(r.approximate).toBe(true);
    expect(r.totalFiberG).toBeGreaterThan(10);
  });

  it('is exact when every fiber food has its own weight', () => {
    const r = estimateFiber(['1 cup rolled oats', '2 onions', 'salt'], 2, matcher, FOODS);
    expect(r.approximate).toBe(false);
    expect(r.totalFiberG).toBeCloseTo(81 * 0.101 + 220 * 0.017, 6);
  });

  it('counts cooked grains as a third of their weight, dry', () => {
    const cooked = estimateFiber(['3 cups cooked oats'], 1, matcher, FOODS);
    expect(cooked.totalFiberG).toBeCloseTo(81 * 0.101, 6);
    expect(cooked.perLine[0].estimated).toBe(true);
    const uncooked = estimateFiber(['1 cup uncooked oats'], 1, matcher, FOODS);
    expect(uncooked.totalFiberG).toBeCloseTo(81 * 0.101, 6);
    expect(uncooked.perLine[0].estimated).toBe(false);
    const beans = estimateFiber(['1 cup cooked black beans'], 1, matcher, FOODS);
    expect(beans.totalFiberG).toBeCloseTo(172 * 0.087, 6);
  });

  it('uses a food’s own spoon weight', () => {
    const r = estimateFiber(['2 tbsp chia seeds'], 1, matcher, FOODS);
    expect(r.totalFiberG).toBeCloseTo(24 * 0.344, 6);
  });

  it('gives no per-serving number without servings', () => {
    const r = estimateFiber(['100 g rolled oats'], undefined, matcher, FOODS);
    expect(r.totalFiberG).toBeCloseTo(10.1, 6);
    expect(r.perServingG).toBeNull();
    expect(r.dayShare).toBeNull();
    expect(toFiberEstimate(r)).toBeUndefined();
  });

  it('summarises for the popup', () => {
    const r = estimateFiber(['100 g rolled oats', '1 cup chickpeas'], 2, matcher, FOODS);
    const e = toFiberEstimate(r);
    expect(e).toMatchObject({ servings: 2, approximate: true });
    expect(e?.perServingG).toBeCloseTo(r.totalFiberG / 2, 6);
  });

  it('reads lines in other languages', () => {
    const r = estimateFiber(['1 Dose black beans (425 g)', '0,5 l oats'], 2, matcher, FOODS, { lang: 'de' });
    expect(r.perLine[0]).toMatchObject({ how: 'can', estimated: true });
    expect(r.perLine[0].grams).toBeCloseTo(425 * 0.6, 6);
    expect(r.perLine[1].grams).toBeCloseTo((500 / 236.6) * 81, 6);
  });

  it('leaves out a line whose weight is absurd', () => {
    const r = estimateFiber(['10000 g rolled oats'], 1, matcher, FOODS);
    expect(r.totalFiberG).toBe(0);
    expect(r.linesWithout).toBe(1);
    expect(r.approximate).toBe(true);
  });
});

describe('parseServings', () => {
  it.each([
    ['4 servings', 4],
    ['Serves 4-6', 5],
    ['Serves 6', 6],
    ['Makes 12 muffins', 12],
    ['4 Portionen', 4],
    ['6 personnes', 6],
    ['4 porciones', 4],
    ['Para 4 pessoas', 4],
    ['2 dozen cookies', 24],
    ['12 slices', 12],
    [8, 8],
  ] as [string | number, number][])('%s', (yields, servings) => {
    expect(parseServings(yields)).toBe(servings);
  });

  it.each([['4 cups'], ['1 loaf'], ['2 layers'], ['500 g'], [''], ['some'], [0], [null], [undefined]])(
    'no servings in %s',
    (yields) => {
      expect(parseServings(yields as string | number | null | undefined)).toBeUndefined();
    },
  );
});
