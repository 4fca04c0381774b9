/** The food-list generator's pieces: failures it must raise, clash rule, name pruning, grams. */
import { describe, expect, it } from 'vitest';
import { buildFoods, deriveTags } from '../../data/foods/build';
import { expandName, type FoodSource } from '../../data/foods/define';
import { gramsFromWeights, parseMeasure } from '../../data/foods/grams';
import { pruneRedundantNames, readNameFile, resolveClashes } from '../../data/foods/names';
import { loadSr28 } from '../../data/foods/sr28';

const sr28 = loadSr28();
const base: FoodSource = { id: 'black-bean', category: 'legume', ndb: '16015', names: ['black bean|s'], plant: true, prebiotic: 'gos' };

describe('generator', () => {
  it('fails with a clear message when an NDB number is not in SR28', () => {
    expect(() => buildFoods({ sources: [{ ...base, ndb: '99999' }], sr28, names: new Map() })).toThrow(/black-bean: NDB 99999 is not in the SR28 table/);
  });

  it('fails when SR28 has no fiber value unless the source says why', () => {
    const tempeh: FoodSource = { id: 'tempeh', category: 'legume', ndb: '16114', names: ['tempeh'], plant: true };
    expect(() => buildFoods({ sources: [tempeh], sr28, names: new Map() })).toThrow(/has no fiber value/);
    const [food] = buildFoods({ sources: [{ ...tempeh, fiberMissing: 'not in SR28' }], sr28, names: new Map() });
    expect(food.fiber).toBe(0);
  });

  it('rejects bad ids and duplicate ids', () => {
    expect(() => buildFoods({ sources: [{ ...base, id: 'Black_Bean' }], sr28, names: new Map() })).toThrow(/kebab-case/);
    expect(() => buildFoods({ sources: [base, base], sr28, names: new Map() })).toThrow(/used twice/);
  });

  it('derives tags from the number and the classes', () => {
    expect(deriveTags(base, 8.7).map((t) => `${t.tag}:${t.reason}`)).toEqual(['fiber:fiber-high', 'prebiotic:gos', 'plant:plant']);
    expect(deriveTags(base, 4).map((t) => t.reason)).toContain('fiber-source');
    expect(deriveTags(base, 2.9).map((t) => t.tag)).not.toContain('fiber');
    expect(deriveTags({ ...base, notFiber: 'herb-spice', quarterPlant: true, prebiotic: undefined }, 40).map((t) => `${t.tag}:${t.reason}`)).toEqual(['plant:plant-quarter']);
  });

  it('merges other languages and fails on an unknown id', () => {
    const ids = new Set(['black-bean']);
    expect(() => readNameFile('es', { 'black-beans': ['frijoles negros'] }, ids)).toThrow(/unknown food id\(s\): black-beans/);
    const es = readNameFile('es', { 'black-bean': ['Frijoles Negros ', 'frijol negro'] }, ids);
    const [food] = buildFoods({ sources: [base], sr28, names: new Map([['es', es]]) });
    expect(food.names).toEqual({ en: ['black bean', 'black beans'], es: ['frijoles negros', 'frijol negro'] });
  });

  it('a name on two foods fails unless one food claims it with preferredFor', () => {
    const names = () => new Map([['a', ['limon', 'x']], ['b', ['limón', 'y']]]);
    expect(() => resolveClashes('es', names(), new Map())).toThrow(/"limon" \(a, b\)/);
    const resolved = names();
    resolveClashes('es', resolved, new Map([['b', new Set(['limon'])]]));
    expect(resolved.get('a')).toEqual(['x']);
    expect(resolved.get('b')).toEqual(['limón', 'y']);
  });

  it('prunes only names a longest match never needs', () => {
    const en = new Map([
      ['garlic', ['garlic', 'minced garlic', 'garlic cloves', 'fresh minced garlic']],
      ['cloves', ['cloves']],
      ['chickpea', ['garbanzo', 'garbanzo beans']],
    ]);
    pruneRedundantNames('en', en);
    expect(en.get('garlic')).toEqual(['garlic', 'garlic cloves']);
    expect(en.get('chickpea')).toEqual(['garbanzo', 'garbanzo beans']);
    const es = new Map([['garlic', ['ajo', 'ajo picado', 'diente de ajo']]]);
    pruneRedundantNames('es', es);
    expect(es.get('garlic')).toEqual(['ajo', 'diente de ajo']);
  });

  it('expands the plural shorthand', () => {
    expect(expandName('bean|s')).toEqual(['bean', 'beans']);
    expect(expandName('cherr|y|ies')).toEqual(['cherry', 'cherries']);
    expect(expandName('rice')).toEqual(['rice']);
    expect(() => expandName('a|b|c|d')).toThrow();
  });

  it('reads grams per unit from SR28 measures', () => {
    expect(parseMeasure({ grams: 160, measure: '1 cup, chopped' })).toEqual(['cup', 160]);
    expect(parseMeasure({ grams: 15, measure: '0.5 cup' })).toEqual(['cup', 30]);
    expect(parseMeasure({ grams: 3, measure: '1/2 tsp' })).toEqual(['tsp', 6]);
    expect(parseMeasure({ grams: 28.35, measure: '1 oz' })).toBeNull();
    expect(gramsFromWeights([{ grams: 182, measure: '1 medium (3" dia)' }, { grams: 150, measure: '1 cup' }])).toEqual({ cup: 150, medium: 182, piece: 182 });
  });
});
