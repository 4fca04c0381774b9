/**
 * A Vite plugin that keeps WXT's content-script context from posting a message to the page.
 *
 * When a content script starts, WXT's `ContentScriptContext` tells any older copy of it on the
 * page (one an update left behind) to stop, in two ways: a DOM event on `document`, which is what
 * WXT's own listener waits for, and a `window.postMessage` kept for scripts built with older WXT
 * versions. Gut Lens has no such older copies, and the message costs the page twice over: it
 * carries the extension's id to every `message` listener the page has (its analytics and
 * frameworks included), and in Chromium it was the most expensive thing the script did before
 * its first slice — 7.1–7.6 ms of a 12–13 ms start, on every page (measured with marks in the
 * built script). The plugin removes that one call from WXT's module and fails the build if the
 * module no longer has it in the shape it expects (a WXT update should be looked at, not guessed).
 */
import type { Plugin } from 'vite';

const CONTEXT_MODULE = /[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/;
/** The call, as WXT 0.21 writes it: `window.postMessage({ type: …, … }, "*");` */
const POST_MESSAGE = /\bwindow\.postMessage\(\{[^{}]*\},\s*"\*"\);/;

/** WXT's context module without its `window.postMessage` (throws if the call is not found once). */
export function withoutPostMessage(code: string): string {
  const [found, ...more] = code.match(new RegExp(POST_MESSAGE, 'g')) ?? [];
  if (!found || more.length) throw new Error(`quiet-context: expected one window.postMessage in WXT's content-script context, found ${more.length + (found ? 1 : 0)}`);
  return code.replace(POST_MESSAGE, '');
}

export function quietContentScriptContext(): Plugin {
  return {
    name: 'gut-lens:quiet-content-script-context',
    enforce: 'pre',
    transform(code, id) {
      if (!CONTEXT_MODULE.test(id.split('?')[0])) return null;
      return { code: withoutPostMessage(code), map: null };
    },
  };
}
