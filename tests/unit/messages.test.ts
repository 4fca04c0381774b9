/** The message map: typed round trips, and handler errors stay on the serving side. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessages, sendMessage } from '../../utils/messages';

describe('message map', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a typed request', async () => {
    const report = {
      url: 'https://example.org/', title: 'Soup', kind: 'recipe' as const, evidence: [], foods: [],
      lines: [], at: 0,
    };
    const stop = onMessages({ getPage: ({ tabId }) => (tabId === 3 ? report : null) });
    await expect(sendMessage('getPage', { tabId: 3 })).resolves.toEqual(report);
    stop();
  });

  it('logs a failing handler under the message name and answers undefined', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stop = onMessages({
      getPage: () => {
        throw new Error('boom');
      },
    });
    await expect(sendMessage('getPage', { tabId: 1 })).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith('[gut-lens:getPage]', expect.any(Error));
    stop();
    log.mockRestore();
  });

  it('ignores messages that are not ours', async () => {
    const handler = vi.fn();
    const stop = onMessages({ getPage: handler });
    await fakeBrowser.runtime.sendMessage({ hello: 'world' }).catch(() => undefined);
    expect(handler).not.toHaveBeenCalled();
    stop();
  });
});
