/**
 * Opening the real popup in Chromium: `chrome.action.openPopup()` from the service worker opens it
 * for the active tab. The popup is not a Playwright page; it is a CDP target, reached by attaching
 * to it (non-flattened) and evaluating through `Target.sendMessageToTarget`.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface PopupHandle {
  /** Evaluate an expression in the popup and return its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Wait until an expression is truthy in the popup. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function openPopup(session: ChromiumSession, page: Page): Promise<PopupHandle> {
  await page.bringToFront();
  // `chrome` exists in the service worker, not here: the function is sent as source.
  await session.worker.evaluate('chrome.action.openPopup()');
  const cdp: CDPSession = await session.context.newCDPSession(page);
  let popup: TargetInfo | undefined;
  for (let i = 0; i < 100 && !popup; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    popup = targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/popup.html'));
    if (!popup) await new Promise((r) => setTimeout(r, 100));
  }
  if (!popup) throw new Error('The popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as {
    sessionId: string;
  };
  type Reply = { id?: number; result?: { result?: { value?: unknown } }; error?: unknown };
  let nextId = 1;
  const pending = new Map<number, (message: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as Reply;
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<Reply>((done) => pending.set(id, done));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const message = await reply;
    pending.delete(id);
    if (message.error) throw new Error(`popup evaluate failed: ${JSON.stringify(message.error)}`);
    return message.result?.result?.value as T;
  };
  return {
    evaluate,
    async waitFor(expression, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (await evaluate<boolean>(`Boolean(${expression})`)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`popup: timed out waiting for ${expression}`);
    },
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
