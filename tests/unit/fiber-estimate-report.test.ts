/** The background adds fiber per serving to recipe reports, from the full food list. */
import { describe, expect, it } from 'vitest';
import { withFiberEstimate } from '../../utils/fiber-estimate';
import type { PageReport } from '../../utils/messages';

const base: PageReport = {
  url: 'https://example.org/bowl', title: 'Bowl', kind: 'recipe', evidence: [], foods: [], at: 0,
  lines: ['1 cup pearl barley', '2 (15-oz) cans black beans, drained', '1 tablespoon olive oil'].map((text) => ({ text, foodIds: [] })),
};

describe('withFiberEstimate', () => {
  it('estimates fiber per serving when the servings are known', () => {
    const fiber = withFiberEstimate({ ...base, servings: 4 }).fiber;
    expect(fiber).toBeDefined();
    // Barley (~200 g dry, ~15 g/100 g) and two drained cans of beans: well over 10 g a serving.
    expect(fiber!.perServingG).toBeGreaterThan(10);
    expect(fiber!.perServingG).toBeLessThan(30);
    expect(fiber!.dayShare).toBeCloseTo(fiber!.perServingG / 30, 5);
  });

  it('says nothing per serving without servings, and leaves other pages alone', () => {
    expect(withFiberEstimate(base).fiber).toBeUndefined();
    const grocery = { ...base, kind: 'grocery' as const, servings: 2 };
    expect(withFiberEstimate(grocery)).toBe(grocery);
  });
});
