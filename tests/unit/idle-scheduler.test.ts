/** The content script's scheduler: the next slice after `scheduler.yield` where the page has it, else a zero timeout. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A context whose timers run at once, counting the timeouts asked for. */
function fakeContext(timeouts: number[]): ContentScriptContext {
  return {
    requestIdleCallback: (cb: () => void) => (cb(), 1),
    setTimeout: (cb: () => void, ms: number) => (timeouts.push(ms), cb(), 1),
  } as unknown as ContentScriptContext;
}

async function nextSlice(): Promise<number[]> {
  // A fresh module: the page's scheduler is looked up on the first yield, and remembered.
  vi.resetModules();
  const { idleScheduler } = await import('../../entrypoints/content/slices');
  const timeouts: number[] = [];
  const scheduler = idleScheduler(fakeContext(timeouts), new AbortController().signal);
  await new Promise<void>((resolve) => scheduler.next!(resolve));
  return timeouts;
}

describe('idleScheduler', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('goes on after scheduler.yield where the page has it, called on the scheduler', async () => {
    const calls: unknown[] = [];
    const pageScheduler = {
      yield(this: unknown) {
        calls.push(this);
        return Promise.resolve();
      },
    };
    vi.stubGlobal('scheduler', pageScheduler);
    expect(await nextSlice()).toEqual([]);
    expect(calls).toEqual([pageScheduler]);
  });

  it('goes on after a zero timeout where it has none', async () => {
    vi.stubGlobal('scheduler', undefined);
    expect(await nextSlice()).toEqual([0]);
  });
});
