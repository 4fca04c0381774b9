/** The content script's slices: work as steps, spread over idle callbacks, pausing for a signal. */
import { describe, expect, it } from 'vitest';
import { FRESH_SLICE, NEEDS_MATCHER, type Steps } from '../../engine/page/steps';
import { runSteps, type SliceScheduler } from '../../entrypoints/content/slices';

function scheduler(): SliceScheduler & { slices: number } {
  const controller = new AbortController();
  const s = {
    slices: 0,
    signal: controller.signal,
    idle(callback: () => void) {
      s.slices++;
      setTimeout(callback, 0);
    },
  };
  return s;
}

function* counting(log: string[]): Steps<number> {
  log.push('read a');
  yield;
  log.push('read b');
  yield NEEDS_MATCHER;
  log.push('match');
  yield;
  return 42;
}

describe('runSteps', () => {
  it('runs every step, and waits for the signal’s work before the step that needs it', async () => {
    const log: string[] = [];
    const result = await runSteps(counting(log), scheduler(), 'read', async (signal) => {
      log.push(`prepare (${signal})`);
    });
    expect(result).toBe(42);
    expect(log).toEqual(['read a', 'read b', `prepare (${NEEDS_MATCHER})`, 'match']);
  });

  it('starts the step after FRESH_SLICE in a slice of its own, without calling for a signal', async () => {
    const s = scheduler();
    const log: string[] = [];
    function* fresh(): Steps<string> {
      log.push(`cheap (slice ${s.slices})`);
      yield;
      log.push(`cheap (slice ${s.slices})`);
      yield FRESH_SLICE;
      log.push(`first use (slice ${s.slices})`);
      yield;
      return 'done';
    }
    expect(await runSteps(fresh(), s, 'read', async () => log.push('signal'))).toBe('done');
    expect(log).toEqual(['cheap (slice 1)', 'cheap (slice 1)', 'first use (slice 2)']);
  });

  it('answers undefined once the scheduler is aborted', async () => {
    const s = scheduler();
    const controller = new AbortController();
    const aborting = { ...s, signal: controller.signal, idle: (cb: () => void) => s.idle(cb) };
    const log: string[] = [];
    const running = runSteps(counting(log), aborting, 'read', async () => controller.abort());
    expect(await running).toBeUndefined();
    expect(log).not.toContain('match');
  });
});
