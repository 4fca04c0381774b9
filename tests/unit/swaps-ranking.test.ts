/** rankSwaps and the gain computation, on a small hand-made food list (independent of data/). */
import { describe, expect, it } from 'vitest';
import type { Food, Tag } from '../../engine/foods/types';
import { describeSwap, optionGains, rankSwaps, swapGain, type Swap } from '../../engine/summary/swaps';

function food(id: string, fiber: number, tags: Tag[]): Food {
  return {
    id,
    category: 'test',
    plant: tags.includes('plant'),
    ndb: '00000',
    fiber,
    tags: tags.map((tag) => ({ tag, reason: 'test', source: 'test' })),
    names: { en: [id] },
  };
}

const FOODS: Food[] = [
  food('white-rice', 1.3, ['plant']),
  food('brown-rice', 3.5, ['fiber', 'plant']),
  food('barley', 17.3, ['fiber', 'prebiotic', 'plant']),
  food('quinoa', 7, ['fiber', 'plant']),
  food('soda', 0, []),
  food('kombucha', 0, ['probiotic']),
  food('water-kefir', 0, ['probiotic']),
  food('white-bread', 2.7, ['plant']),
  food('rye-bread', 5.8, ['fiber', 'prebiotic', 'plant']),
  food('flavored-yogurt', 0, ['probiotic']),
  food('plain-yogurt', 0, ['probiotic']),
  food('raspberry', 6.5, ['fiber', 'plant']),
  food('orange-juice', 0.2, ['plant']),
  food('orange', 2.4, ['plant']),
  food('potato-chips', 3.8, ['plant']),
  food('roasted-chickpea', 7.6, ['fiber', 'prebiotic', 'plant']),
  food('cream-cheese', 0, []),
  food('quark', 0, ['probiotic']),
];

const SWAPS: Swap[] = [
  { id: 'rice-quinoa', from: 'white-rice', to: 'quinoa', reason: 'R.', source: 's' },
  { id: 'rice-barley', from: 'white-rice', to: ['barley', 'brown-rice'], reason: 'R.', source: 's' },
  { id: 'soda-kombucha', from: 'soda', to: ['kombucha', 'water-kefir'], reason: 'R.', source: 's' },
  { id: 'bread-rye', from: 'white-bread', to: 'rye-bread', reason: 'R.', source: 's' },
  { id: 'yogurt-plain', from: 'flavored-yogurt', to: 'plain-yogurt', with: 'raspberry', reason: 'R.', source: 's' },
  { id: 'juice-fruit', from: 'orange-juice', to: 'orange', reason: 'R.', source: 's' },
  { id: 'chips-chickpeas', from: 'potato-chips', to: 'roasted-chickpea', reason: 'R.', source: 's' },
  { id: 'cream-quark', from: 'cream-cheese', to: 'quark', reason: 'R.', source: 's' },
  { id: 'ghost', from: 'white-rice', to: 'no-such-food', reason: 'R.', source: 's' },
];

const NONE = new Set<string>();
const byId = new Map(FOODS.map((f) => [f.id, f] as const));
const at = (iso: string) => new Date(iso);

function rank(overrides: Partial<Parameters<typeof rankSwaps>[0]> = {}) {
  return rankSwaps({
    swaps: SWAPS,
    foods: FOODS,
    pageFoodIds: [],
    date: at('2025-03-10T12:00:00'),
    saved: NONE,
    hidden: NONE,
    limit: 5,
    ...overrides,
  });
}

describe('swap gains computed from the food list', () => {
  it('tags gained are the tags of `to` minus those of `from`, fiber is the difference', () => {
    expect(swapGain(byId.get('white-rice')!, byId.get('barley')!)).toEqual({
      foodId: 'barley',
      tagsGained: ['fiber', 'prebiotic'],
      fiberDelta: 16,
    });
    expect(swapGain(byId.get('soda')!, byId.get('kombucha')!)).toEqual({
      foodId: 'kombucha',
      tagsGained: ['probiotic'],
      fiberDelta: 0,
    });
  });

  it('rounds the fiber difference to a tenth of a gram', () => {
    expect(swapGain(byId.get('orange-juice')!, byId.get('orange')!).fiberDelta).toBe(2.2);
    expect(swapGain(byId.get('white-bread')!, byId.get('rye-bread')!).fiberDelta).toBe(3.1);
  });

  it('counts the tags of a food eaten with the replacement, not its fiber', () => {
    const option = swapGain(byId.get('flavored-yogurt')!, byId.get('plain-yogurt')!, byId.get('raspberry')!);
    expect(option).toEqual({ foodId: 'plain-yogurt', withId: 'raspberry', tagsGained: ['fiber', 'plant'], fiberDelta: 0 });
    expect(optionGains(option)).toBe(true);
  });

  it('a swap with several replacements reports each, the union of tags and the best fiber gain', () => {
    const described = describeSwap(SWAPS[1], byId)!;
    expect(described.options.map((o) => [o.foodId, o.tagsGained, o.fiberDelta])).toEqual([
      ['barley', ['fiber', 'prebiotic'], 16],
      ['brown-rice', ['fiber'], 2.2],
    ]);
    expect(described.tagsGained).toEqual(['fiber', 'prebiotic']);
    expect(described.fiberDelta).toBe(16);
  });

  it('optionGains wants a new gut tag or at least +1 g fiber', () => {
    expect(optionGains({ foodId: 'x', tagsGained: ['plant'], fiberDelta: 0.9 })).toBe(false);
    expect(optionGains({ foodId: 'x', tagsGained: [], fiberDelta: 1 })).toBe(true);
    expect(optionGains({ foodId: 'x', tagsGained: ['probiotic'], fiberDelta: -2 })).toBe(true);
  });

  it('a swap naming an unknown food is not described', () => {
    expect(describeSwap(SWAPS[8], byId)).toBeUndefined();
  });
});

describe('rankSwaps', () => {
  it('puts swaps for foods on the page first, in page order, flagged onPage with their page position', () => {
    const result = rank({ pageFoodIds: ['soda', 'butter', 'white-bread', 'soda', 'cream-cheese'], limit: 3 });
    expect(result.map((r) => [r.swap.id, r.onPage, r.pageIndex, r.fromId])).toEqual([
      ['soda-kombucha', true, 0, 'soda'],
      ['bread-rye', true, 2, 'white-bread'],
      ['cream-quark', true, 3, 'cream-cheese'],
    ]);
  });

  it('gives each page food its best swap before a second swap for any food', () => {
    const result = rank({ pageFoodIds: ['white-rice', 'soda'], limit: 3 });
    expect(result.map((r) => r.swap.id)).toEqual(['rice-barley', 'soda-kombucha', 'rice-quinoa']);
    expect(result.every((r) => r.onPage)).toBe(true);
  });

  it('fills the rest with swaps for the day, not about the page, flagged onPage false', () => {
    const result = rank({ pageFoodIds: ['soda'], limit: 4 });
    expect(result[0].swap.id).toBe('soda-kombucha');
    expect(result).toHaveLength(4);
    const picks = result.slice(1);
    expect(picks.every((r) => !r.onPage && r.pageIndex === undefined && r.fromId !== 'soda')).toBe(true);
    expect(new Set(result.map((r) => r.swap.id)).size).toBe(4);
  });

  it('never returns hidden swaps, on the page or not', () => {
    const hidden = new Set(['soda-kombucha', 'rice-barley', 'juice-fruit']);
    const all = rank({ pageFoodIds: ['soda', 'white-rice'], hidden, limit: 50 });
    expect(all.map((r) => r.swap.id)).not.toContain('soda-kombucha');
    expect(all.map((r) => r.swap.id)).not.toContain('rice-barley');
    expect(all.map((r) => r.swap.id)).not.toContain('juice-fruit');
    expect(all[0].swap.id).toBe('rice-quinoa');
  });

  it('never returns a swap whose food is missing from the list', () => {
    const all = rank({ pageFoodIds: ['white-rice'], limit: 50 });
    expect(all.map((r) => r.swap.id)).not.toContain('ghost');
    expect(all).toHaveLength(SWAPS.length - 1);
  });

  it('respects the limit, including zero', () => {
    expect(rank({ limit: 2 })).toHaveLength(2);
    expect(rank({ limit: 0 })).toEqual([]);
    expect(rank({ pageFoodIds: ['white-rice', 'soda', 'white-bread'], limit: 1 }).map((r) => r.swap.id)).toEqual([
      'rice-barley',
    ]);
  });

  it('the day picks are the same all day and change from day to day', () => {
    const ids = (iso: string) => rank({ date: at(iso), limit: 3 }).map((r) => r.swap.id);
    const morning = ids('2025-03-10T00:00:01');
    expect(ids('2025-03-10T09:30:00')).toEqual(morning);
    expect(ids('2025-03-10T23:59:59')).toEqual(morning);
    const days = ['2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15'].map((d) => ids(`${d}T12:00:00`));
    expect(days.some((day) => day.join() !== morning.join())).toBe(true);
  });

  it('the day picks cover different foods before repeating one', () => {
    for (let day = 1; day <= 28; day++) {
      const picks = rank({ date: new Date(2025, 1, day, 8), limit: 6 });
      expect(new Set(picks.map((r) => r.fromId)).size).toBe(picks.length);
    }
  });

  it('marks saved swaps and prefers unsaved ones for the day picks', () => {
    const everything = rank({ limit: 50 }).map((r) => r.swap.id);
    const saved = new Set(everything.slice(0, 3));
    const result = rank({ saved, limit: 3 });
    expect(result.every((r) => !r.saved)).toBe(true);
    const onPage = rank({ pageFoodIds: ['soda'], saved: new Set(['soda-kombucha']), limit: 1 });
    expect(onPage[0]).toMatchObject({ swap: { id: 'soda-kombucha' }, saved: true, onPage: true });
  });

  it('returns the computed gains with each swap', () => {
    const [first] = rank({ pageFoodIds: ['potato-chips'], limit: 1 });
    expect(first.tagsGained).toEqual(['fiber', 'prebiotic']);
    expect(first.fiberDelta).toBe(3.8);
    expect(first.options).toHaveLength(1);
  });
});
