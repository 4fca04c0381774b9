/** The matcher read from a precomputed name index answers like the compiled one (the corpus test compares every line). */
import { describe, expect, it } from 'vitest';
import { FOODS } from '../../data/foods';
import { matcherFromIndex } from '../../engine/foods/index-matcher';
import { compileMatcher } from '../../engine/foods/matcher';
import { buildNameIndex } from '../../engine/foods/name-index';
import type { NameIndex } from '../../engine/foods/name-index-format';
import { indexedFood, slimFood } from '../../engine/foods/slim';
import type { FoodList } from '../../engine/foods/food-list';
import type { FoodCore } from '../../engine/foods/types';
import { contentFoodsModule } from '../../cli/vite-content-foods';

const LINES = [
  '2 (15-oz) cans black beans, drained',
  '1 cup plain Greek yogurt',
  '1 tsp cream of tartar',
  '3 cloves garlic, minced, or 1 tsp garlic powder',
  '200 g Kichererbsen',
  'Dinkelvollkornmehl Type 630, 2 Knoblauchzehen',
  'leftover cooked and cooled rice',
  'sauerkraut (canned)',
  'use-by date: see lid; dairy-free',
  'huile d’olive, jus de citron',
];
const LANGS = [undefined, 'en', 'de', 'fr', 'it'];

const viaJson = (index: NameIndex): NameIndex => JSON.parse(JSON.stringify(index)) as NameIndex;

function food(id: string, names: string[]): FoodCore {
  return { id, plant: true, fiber: 1, tags: [{ tag: 'fiber', reason: 'r', source: 's' }], names: { en: names } };
}

describe('matcher from a precomputed name index', () => {
  it('matches like the compiled matcher, full list and content-script list, any language', () => {
    for (const foods of [FOODS, FOODS.map((f) => slimFood(f))]) {
      const compiled = compileMatcher<FoodCore>(foods);
      const indexed = matcherFromIndex<FoodCore>(viaJson(buildNameIndex(foods)), foods);
      for (const line of LINES) for (const lang of LANGS) expect(indexed.match(line, { lang })).toEqual(compiled.match(line, { lang }));
      expect(indexed.food('chickpea')).toBe(compiled.food('chickpea'));
    }
  });

  it('matches like the compiled one when the foods it is given keep only their display names', () => {
    const slim = FOODS.map((f) => slimFood(f));
    const compiled = compileMatcher<FoodCore>(slim);
    const shipped = matcherFromIndex(buildNameIndex(slim), slim.map(indexedFood));
    for (const line of LINES) expect(shipped.match(line)).toEqual(compiled.match(line));
  });

  it('finds the names a guess reaches by changing a word’s first three letters', () => {
    // "rices": Spanish "-ces" -> "-z" gives "riz", whose names sit under another prefix than "ric".
    const foods = [food('ric', ['ric']), food('riz', ['riz'])];
    const index = buildNameIndex(foods);
    const compiled = compileMatcher(foods);
    expect(compiled.match('two rices').map((h) => h.id)).toEqual(['riz']);
    expect(matcherFromIndex(index, foods).match('two rices')).toEqual(compiled.match('two rices'));
  });

  it('makes from a list read by position only the foods a text names (and finds one by id without making the rest)', () => {
    const foods = FOODS.map((f) => indexedFood(slimFood(f)));
    const made = new Set<number>();
    const lazy: FoodList<FoodCore> = { length: foods.length, at: (i) => (made.add(i), foods[i]), idAt: (i) => foods[i].id };
    const index = buildNameIndex(FOODS.map((f) => slimFood(f)));
    const fromList = matcherFromIndex(index, lazy);
    const fromArray = matcherFromIndex(index, foods);
    for (const line of LINES) expect(fromList.match(line)).toEqual(fromArray.match(line));
    expect(made.size).toBeGreaterThan(0);
    expect(made.size).toBeLessThan(foods.length / 4);
    const before = made.size;
    expect(fromList.food('chickpea')).toBe(foods.find((f) => f.id === 'chickpea'));
    expect(made.size).toBeLessThanOrEqual(before + 1);
    expect(fromList.food('no-such-food')).toBeUndefined();
  });

  it('refuses an index made from another list', () => {
    const index = buildNameIndex(FOODS.slice(0, 10));
    expect(() => matcherFromIndex(index, FOODS.slice(0, 11))).toThrow(/does not fit/);
    expect(() => matcherFromIndex({ ...index, v: 0 }, FOODS.slice(0, 10))).toThrow(/does not fit/);
  });

  it('costs nothing to make: the index is read by the first line (or by `open`), not before', () => {
    const index = buildNameIndex(FOODS);
    let reads = 0;
    const watched = { ...index };
    Object.defineProperty(watched, 'names', { get: () => (reads++, index.names) });
    const matcher = matcherFromIndex(watched, FOODS);
    expect(reads).toBe(0);
    matcher.match('2 cups chickpeas');
    expect(reads).toBeGreaterThan(0);
  });

  it('answers the same when opened a few lines at a time first', () => {
    const foods = FOODS.map((f) => slimFood(f));
    const index = viaJson(buildNameIndex(foods));
    const whole = matcherFromIndex(index, foods);
    const stepped = matcherFromIndex(index, foods);
    let steps = 0;
    while (stepped.open(37)) steps++;
    // Every line a step of 37, then the start bits, then the early keys a few a step.
    expect(steps).toBeGreaterThanOrEqual(Math.floor(index.foods / 37));
    expect(stepped.open(37)).toBe(false);
    for (const line of LINES) for (const lang of LANGS) expect(stepped.match(line, { lang })).toEqual(whole.match(line, { lang }));
    // Half open when the first line comes: the line reads the rest.
    const half = matcherFromIndex(index, foods);
    half.open(300);
    for (const line of LINES) expect(half.match(line)).toEqual(whole.match(line));
  });
});

describe('content-script module', () => {
  it('ships the names only in the index, and each tag claim as its reason', async () => {
    const source = contentFoodsModule(FOODS);
    const module = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as {
      CONTENT_FOODS: FoodList<FoodCore>;
      NAME_INDEX: unknown;
    };
    const list = module.CONTENT_FOODS;
    expect(list.length).toBe(FOODS.length);
    expect(list.idAt(3)).toBe(FOODS[3].id);
    // Made on first call, the same object after.
    expect(list.at(5)).toBe(list.at(5));
    const foods = Array.from({ length: list.length }, (_, i) => list.at(i));
    expect(foods.map((f, i) => f.id === list.idAt(i)).every(Boolean)).toBe(true);
    expect(foods.every((f) => (f.names.en?.length ?? 0) <= 1 && Object.keys(f.names).every((l) => l === 'en'))).toBe(true);
    // Shipped with short keys, tags as reasons, defaults left out: put back whole when the module loads.
    expect(foods).toEqual(FOODS.map((f) => indexedFood(slimFood(f))));
    const index = JSON.stringify(module.NAME_INDEX);
    expect(index).toMatch(/^\{"v":/);
    expect(index).toContain('black turtle bean');
  });
});
