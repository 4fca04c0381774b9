/**
 * Work written as steps: a generator that yields between pieces of work, so that a caller in a
 * browser can spread it over slices (entrypoints/content/slices.ts `runSteps`) while everyone else
 * runs it through at once with `drain`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run every step now; the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
