/** Telling whether a recipe cooks its live-culture foods. */
import { describe, expect, it } from 'vitest';
import { FOODS } from '../../data/foods';
import { compileMatcher } from '../../engine/foods/matcher';
import { cooksLiveCultures } from '../../engine/summary/live-cultures';

const matcher = compileMatcher(FOODS);
const yogurt = new Set(matcher.match('1 cup yogurt').map((h) => h.id));

describe('cooksLiveCultures', () => {
  it('finds yogurt baked into a cake', () => {
    expect(cooksLiveCultures(yogurt, ['Whisk the yogurt, eggs and sugar.', 'Fold in the yogurt and bake for 40 minutes.'], matcher)).toBe(true);
  });
  it('does not count yogurt stirred in off the heat or served on top', () => {
    expect(cooksLiveCultures(yogurt, ['Simmer the lentils for 20 minutes.', 'Off the heat, stir in the yogurt.', 'Serve with yogurt.'], matcher)).toBe(false);
  });
  it('knows nothing without steps, and nothing to say without live-culture foods', () => {
    expect(cooksLiveCultures(yogurt, undefined, matcher)).toBeUndefined();
    expect(cooksLiveCultures(new Set(), ['Bake for 20 minutes.'], matcher)).toBe(false);
  });
});
