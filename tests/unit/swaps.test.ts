/** The swap data (data/swaps) against the real food list and the advice sources. */
import { describe, expect, it } from 'vitest';
import { ADVICE_SOURCES } from '../../data/advice-sources';
import { FOODS } from '../../data/foods';
import { SWAPS } from '../../data/swaps';
import { forbiddenWordsIn } from '../../data/tips/forbidden-words';
import { GUT_TAGS } from '../../engine/foods/types';
import { describeSwap, optionGains, swapTargets } from '../../engine/summary/swaps';

const foodsById = new Map(FOODS.map((food) => [food.id, food] as const));
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One sentence: a capital first, one final full stop, no sentence break inside. */
function isOneSentence(text: string): boolean {
  return /^[A-Z]/.test(text) && /[^.]\.$/.test(text) && !/[.!?]\s+[A-Z]/.test(text) && !/[!?]/.test(text);
}

describe('swap data', () => {
  it('has at least 100 swaps', () => {
    expect(SWAPS.length).toBeGreaterThanOrEqual(100);
  });

  it('has unique kebab-case ids', () => {
    const ids = SWAPS.map((swap) => swap.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('names only foods of the bundled list', () => {
    const missing = SWAPS.flatMap((swap) =>
      [swap.from, ...swapTargets(swap), ...(swap.with ? [swap.with] : [])]
        .filter((id) => !foodsById.has(id))
        .map((id) => `${swap.id}: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('never swaps a food for itself and never lists the same pair twice', () => {
    const pairs = SWAPS.flatMap((swap) => swapTargets(swap).map((to) => `${swap.from}>${to}>${swap.with ?? ''}`));
    expect(pairs.filter((pair) => pair.split('>')[0] === pair.split('>')[1])).toEqual([]);
    expect(pairs.filter((pair, i) => pairs.indexOf(pair) !== i)).toEqual([]);
  });

  it('every replacement gains a gut tag or at least 1 g fiber per 100 g over what it replaces', () => {
    const noGain = SWAPS.flatMap((swap) => {
      const described = describeSwap(swap, foodsById);
      if (!described) return [`${swap.id}: unknown food`];
      return described.options
        .filter((option) => !optionGains(option))
        .map((option) => `${swap.id}: ${option.foodId} gains ${option.tagsGained.join('+') || 'no tag'}, ${option.fiberDelta} g`);
    });
    expect(noGain).toEqual([]);
  });

  it('no replacement loses a gut tag of the food it replaces', () => {
    const lost = SWAPS.flatMap((swap) => {
      const from = foodsById.get(swap.from);
      if (!from) return [];
      const fromGut = from.tags.map((claim) => claim.tag).filter((tag) => GUT_TAGS.includes(tag as (typeof GUT_TAGS)[number]));
      return swapTargets(swap).flatMap((id) => {
        const to = foodsById.get(id);
        if (!to) return [];
        const toTags = new Set([...to.tags, ...(swap.with ? foodsById.get(swap.with)?.tags ?? [] : [])].map((c) => c.tag));
        return fromGut.filter((tag) => !toTags.has(tag)).map((tag) => `${swap.id}: ${id} loses ${tag}`);
      });
    });
    expect(lost).toEqual([]);
  });

  it('cites a known source for every swap', () => {
    expect(SWAPS.filter((swap) => !ADVICE_SOURCES[swap.source]).map((swap) => swap.id)).toEqual([]);
  });

  it('gives every swap a reason of one sentence', () => {
    expect(SWAPS.filter((swap) => !isOneSentence(swap.reason)).map((swap) => swap.id)).toEqual([]);
    expect(SWAPS.filter((swap) => swap.reason.length > 200).map((swap) => swap.id)).toEqual([]);
  });

  it('mentions no drug, supplement or brand in a reason', () => {
    expect(SWAPS.flatMap((swap) => forbiddenWordsIn(swap.reason).map((word) => `${swap.id}: ${word}`))).toEqual([]);
  });

  it('keeps swaps of many kinds: at least 60 different foods to swap out', () => {
    expect(new Set(SWAPS.map((swap) => swap.from)).size).toBeGreaterThanOrEqual(60);
  });
});
