/** A matcher built a few foods at a time finds exactly what one compiled at once finds. */
import { describe, expect, it } from 'vitest';
import { FOODS } from '../../data/foods';
import { buildMatcher, compileMatcher } from '../../engine/foods/matcher';

const LINES = [
  '2 (15-oz) cans black beans, drained',
  '1 cup plain Greek yogurt',
  '1 tsp cream of tartar',
  '3 cloves garlic, minced, or 1 tsp garlic powder',
  '200 g Kichererbsen',
  'leftover cooked and cooled rice',
  'sauerkraut (canned)',
];

describe('buildMatcher', () => {
  it('matches like compileMatcher once every food is added in small steps', () => {
    const whole = compileMatcher(FOODS);
    const build = buildMatcher(FOODS);
    let steps = 0;
    while (build.addSome(7)) steps++;
    expect(steps).toBeGreaterThan(50);
    expect(build.addSome(7)).toBe(false);
    for (const line of LINES) expect(build.matcher.match(line)).toEqual(whole.match(line));
  });
});
