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
export type StepSignal = typeof NEEDS_MATCHER;

/** Run every step now; the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
