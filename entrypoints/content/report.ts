/**
 * What the content script reports to the background about a page: its kind, its lines and the
 * foods on them. Made in slices: the lines are matched a few a step first (the session's matcher
 * remembers short texts' answers), so the report itself only gathers answers already made.
 */
import type { FoodMatcher } from '../../engine/foods/matcher';
import type { FoodCore } from '../../engine/foods/types';
import type { PageReading } from '../../engine/page/types';
import { cooksLiveCultures } from '../../engine/summary/live-cultures';
import { summarizeLines } from '../../engine/summary/page-foods';
import type { PageReport } from '../../utils/messages';
import { REMEMBERED_LENGTH } from './food-matcher';
import { measuredSlice, runSliced, type SliceScheduler } from './slices';

/** The lines a reading reports: a recipe's ingredients, a shop's products. */
function reportedLines(reading: PageReading): readonly string[] {
  return reading.kind === 'recipe' ? reading.ingredients : reading.kind === 'grocery' ? reading.products : [];
}

export function buildReport(reading: PageReading, matcher: FoodMatcher<FoodCore>): PageReport {
  const summary = summarizeLines(reportedLines(reading), matcher);
  return {
    url: location.href,
    title: reading.title ?? document.title,
    kind: reading.kind,
    evidence: reading.evidence,
    foods: summary.foods,
    lines: summary.lines,
    servings: reading.servings,
    plants: summary.plants,
    cookedLiveCultures:
      reading.kind === 'recipe'
        ? cooksLiveCultures(new Set(summary.foods.filter((f) => f.tags.includes('probiotic')).map((f) => f.id)), reading.instructions, matcher)
        : undefined,
    at: Date.now(),
  };
}

/**
 * The report, made in slices: the lines the matcher remembers are matched one a step, then the
 * report is made in a slice of its own. Made whole at once when the signal aborts first.
 */
export async function reportInSlices(reading: PageReading, matcher: FoodMatcher<FoodCore>, scheduler: SliceScheduler): Promise<PageReport> {
  const lines = reportedLines(reading).filter((line) => line.length <= REMEMBERED_LENGTH);
  let next = 0;
  if (lines.length > 0) {
    await runSliced(
      () => {
        matcher.match(lines[next++]);
        return next < lines.length;
      },
      scheduler,
      undefined,
      'report',
    );
  }
  return measuredSlice(() => buildReport(reading, matcher), 'report');
}
