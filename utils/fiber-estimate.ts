/**
 * Fiber per serving for a reported recipe, worked out in the background: it needs the full food
 * list with gram weights, which the content script does not carry.
 */
import { FOODS } from '../data/foods';
import { compileMatcher, type FoodMatcher } from '../engine/foods/matcher';
import { estimateFiber, toFiberEstimate } from '../engine/summary/fiber-per-serving';
import type { PageReport } from './messages';

let matcher: FoodMatcher | null = null;

export function withFiberEstimate(report: PageReport): PageReport {
  if (report.kind !== 'recipe' || report.lines.length === 0) return report;
  matcher ??= compileMatcher(FOODS);
  const estimate = estimateFiber(
    report.lines.map((l) => l.text),
    report.servings,
    matcher,
    FOODS,
  );
  const fiber = toFiberEstimate(estimate);
  return fiber ? { ...report, fiber } : report;
}
