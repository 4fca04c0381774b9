/**
 * Work written as steps: a generator that yields between pieces of work, so that a caller in a
 * browser can spread it over slices (entrypoints/content/slices.ts `runSteps`) while everyone else
 * runs it through at once with `drain`.
 */
export type Steps<T> = Generator<StepSignal | void, T, void>;

/**
 * What a step may yield besides nothing: `NEEDS_MATCHER` says the next step uses the food
 * matcher, so a caller that opens it in slices of its own can do so first (and a page that never
 * needs foods never opens it).
 */
export const NEEDS_MATCHER = 'needs-matcher';
/**
 * `FRESH_SLICE` says the next step may be long the first time on a page (a word pattern compiled
 * on its first use took 4 ms of one slice in Chromium, measured): a caller working in slices starts
 * it in a slice of its own, after the page has had a turn.
 */
export const FRESH_SLICE = 'fresh-slice';
export type StepSignal = typeof NEEDS_MATCHER | typeof FRESH_SLICE;

/** Run every step now; the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
