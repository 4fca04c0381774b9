/**
 * Running work in small slices so the page never waits on Gut Lens: each slice stops after its
 * budget and yields to the page (an idle callback, or a timeout where there is none). Every slice
 * is recorded as a `performance.measure('gut-lens:slice')`, so the page can see what it paid; its
 * detail names the phase (read, matcher, paint...), for the benchmark's breakdown.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FRESH_SLICE, type StepSignal, type Steps } from '../../engine/page/steps';
import { guard } from './guard';

/** The most a slice may block the page (the budget the content script is held to). */
export const SLICE_BUDGET_MS = 8;
/**
 * What a slice's planning leaves of the budget for a step that takes longer than the clock
 * predicts — a garbage collection, the first call of some code, the browser's other processes on
 * a small machine. Planned to the whole budget, 144 of 410 corpus pages had a slice of 8–15 ms
 * (measured).
 */
const SLICE_HEADROOM_MS = 2;
/** Where a slice's planning aims. */
export const SLICE_AIM_MS = SLICE_BUDGET_MS - SLICE_HEADROOM_MS;
export const SLICE_MEASURE = 'gut-lens:slice';
/** How much of the longest step seen is still expected of the next slice's steps. */
const STEP_MEMORY = 0.8;

export interface SliceScheduler {
  /** Run `callback` when the page is idle (or soon); cancelled when the context dies. */
  idle(callback: () => void): void;
  /**
   * Run the next slice of work already under way: after yielding to the page (its input and
   * rendering go first), without waiting for an idle period — those come one a frame or less, and
   * a page's reading takes dozens of slices. Defaults to `idle`.
   */
  next?(callback: () => void): void;
  readonly signal: AbortSignal;
}

/** A step's answer to `runSliced` besides true (more) and false (done): more, after the page has had a turn. */
export const END_SLICE = 'end-slice';

/**
 * Call `step` repeatedly, in slices of at most `budgetMs`, until it returns false (END_SLICE ends
 * the slice, and the next step starts the next one). Resolves when done; resolves early (false)
 * when the signal aborts. Errors reject, for the caller to log.
 */
export function runSliced(step: () => boolean | typeof END_SLICE, scheduler: SliceScheduler, budgetMs = SLICE_AIM_MS, phase = 'matcher'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    // The longest step seen lately: a slice stops when one more like it could overrun the budget.
    let longestStep = 0;
    const slice = () => {
      if (scheduler.signal.aborted) return resolve(false);
      const start = performance.now();
      let more: boolean | typeof END_SLICE = true;
      // A long step met once (the first use of some code) counts less with each slice after it.
      longestStep *= STEP_MEMORY;
      try {
        // Check the clock after every step, and keep room for the longest step seen, a quarter of
        // the budget at least: one step (a text node whose words the matcher meets for the first
        // time) can take a millisecond or two.
        let stepStart = start;
        let now = start;
        do {
          more = step();
          now = performance.now();
          longestStep = Math.max(longestStep, now - stepStart);
          stepStart = now;
        } while (more === true && now - start + Math.max(longestStep, budgetMs * 0.25) < budgetMs);
      } catch (error) {
        return reject(error);
      } finally {
        measureSince(start, phase);
      }
      if (more) (scheduler.next ?? scheduler.idle)(slice);
      else resolve(true);
    };
    scheduler.idle(slice);
  });
}

/** Record the work from `start` until now as a slice of `phase` (for work that is not a step). */
export function measureSince(start: number, phase: string): void {
  performance.measure(SLICE_MEASURE, { start, end: performance.now(), detail: { phase } });
}

/** Run one piece of work as a measured slice (for work that cannot be split, like reading the page). */
export function measuredSlice<T>(work: () => T, phase = 'read'): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measureSince(start, phase);
  }
}

/**
 * Run work written as steps (engine/page/steps.ts) in slices: as many steps a slice as its budget
 * allows. A step that yields NEEDS_MATCHER ends the slice and waits for `onSignal` (which may run
 * slices of its own); one that yields FRESH_SLICE ends the slice, and the next step starts the
 * next. The result, or undefined when the signal aborted first.
 */
export async function runSteps<T>(
  steps: Steps<T>,
  scheduler: SliceScheduler,
  phase: string,
  onSignal: (signal: StepSignal) => Promise<unknown> = async () => undefined,
): Promise<T | undefined> {
  let result: { value: T } | undefined;
  // What the last step asked for (not the scheduler's abort signal).
  let asked: StepSignal | undefined;
  for (;;) {
    const finished = await runSliced(
      () => {
        const next = steps.next();
        if (next.done) result = { value: next.value };
        else if (next.value === FRESH_SLICE) return END_SLICE;
        else if (next.value) asked = next.value;
        return !next.done && !asked;
      },
      scheduler,
      undefined,
      phase,
    );
    if (!finished || result) return result?.value;
    const request = asked!;
    asked = undefined;
    await onSignal(request);
    if (scheduler.signal.aborted) return undefined;
  }
}

/** `scheduler.yield` where the browser has it. */
type YieldingScheduler = { yield(): Promise<void> };
/**
 * The page's `scheduler.yield`, bound (null where there is none). Looked up on the first yield, not
 * when the script loads: the script world's first read of `scheduler` makes its object, and at
 * load that is paid in the one task that cannot be sliced (0.4 ms, measured).
 */
let pageYield: (() => Promise<void>) | null | undefined;
function yieldOfPage(): (() => Promise<void>) | null {
  if (pageYield === undefined) {
    const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
    pageYield = typeof scheduler?.yield === 'function' ? scheduler.yield.bind(scheduler) : null;
  }
  return pageYield;
}

/**
 * Work starts when the page is idle (or within 100 ms) and goes on after yielding to the page
 * (`scheduler.yield` where present, else a zero timeout), until `signal` aborts.
 */
export function idleScheduler(ctx: ContentScriptContext, signal: AbortSignal): SliceScheduler {
  return {
    idle: (cb) => ctx.requestIdleCallback(guard('slice', cb), { timeout: 100 }),
    next: (cb) => {
      const yieldNow = yieldOfPage();
      if (yieldNow) void yieldNow().then(guard('slice', cb));
      else ctx.setTimeout(guard('slice', cb), 0);
    },
    signal,
  };
}
