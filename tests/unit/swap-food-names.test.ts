/**
 * The names swap titles show ("Instead of <from>, try <to>"): the popup takes a food's first name
 * in the UI language (components/food-names.ts), so every food a swap names needs a name in each
 * language, and that first name must be the plain word a cook of that language uses.
 *
 * Checked on the shipped list (data/foods.generated.json, after name pruning), which is what the
 * popup reads; tests/unit/food-data.test.ts fails when that file is stale.
 */
import { describe, expect, it } from 'vitest';
import { foodName } from '../../components/food-names';
import { FOODS } from '../../data/foods';
import { SWAPS } from '../../data/swaps';
import type { Lang } from '../../engine/foods/types';

const LANGS = ['es', 'fr', 'de', 'it', 'nl', 'pt'] as const satisfies readonly Lang[];
const foodsById = new Map(FOODS.map((food) => [food.id, food] as const));

const swapFoodIds = [
  ...new Set(SWAPS.flatMap((swap) => [swap.from, ...[swap.to].flat(), ...(swap.with ? [swap.with] : [])])),
].sort();

describe('swap foods: names in every language', () => {
  it('the swaps name foods', () => {
    expect(swapFoodIds.length).toBeGreaterThan(100);
  });

  for (const lang of LANGS) {
    it(`${lang}: every food a swap names has a name (titles never fall back to English)`, () => {
      const unnamed = swapFoodIds.filter((id) => !foodsById.get(id)?.names[lang]?.length);
      expect(unnamed).toEqual([]);
    });
  }
});

/** [food id, language, the first name the popup must show] */
const FIRST_NAMES: [string, Lang, string][] = [
  ['sugar', 'es', 'azúcar'],
  ['sugar', 'fr', 'sucre'],
  ['sugar', 'de', 'zucker'],
  ['sugar', 'it', 'zucchero'],
  ['sugar', 'nl', 'suiker'],
  ['sugar', 'pt', 'açúcar'],
  ['white-bread', 'nl', 'witbrood'],
  ['white-bread', 'fr', 'pain blanc'],
  ['white-bread', 'es', 'pan blanco'],
  ['heavy-cream', 'fr', 'crème entière'],
  ['chocolate-chips', 'fr', 'pépites de chocolat'],
  ['chocolate-chips', 'es', 'pepitas de chocolate'],
  ['orzo', 'it', 'risoni'],
  ['pretzels', 'it', 'pretzel'],
  ['ice-cream', 'pt', 'gelado'],
  ['orange-juice', 'pt', 'sumo de laranja'],
  ['heavy-cream', 'pt', 'natas'],
];

describe('swap foods: the first name is the plain word', () => {
  it.each(FIRST_NAMES)('%s in %s is "%s"', (id, lang, expected) => {
    expect(foodName(id, foodsById, lang).toLowerCase()).toBe(expected);
  });

  it('sugar is never first named by a flavoured sugar or vanillin', () => {
    for (const lang of LANGS) {
      expect(foodName('sugar', foodsById, lang).toLowerCase(), lang).not.toMatch(/vanil/);
    }
  });

  it('taralli are not pretzels', () => {
    expect(foodsById.get('pretzels')?.names.it ?? []).not.toContain('taralli');
  });
});
