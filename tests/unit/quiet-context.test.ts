/**
 * The build's plugin that keeps WXT's content-script context from posting a message (with the
 * extension's id) to every page (cli/vite-quiet-context.ts), run on the WXT module installed here:
 * a WXT update that changes the call makes this fail instead of letting the message back in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { quietContentScriptContext, withoutPostMessage } from '../../cli/vite-quiet-context';

const require = createRequire(import.meta.url);
const CONTEXT_FILE = require.resolve('wxt/utils/content-script-context');

describe('quiet content-script context', () => {
  const original = readFileSync(CONTEXT_FILE, 'utf8');

  it('removes the window.postMessage from the installed WXT module and keeps the DOM event', () => {
    expect(original).toContain('window.postMessage(');
    const quiet = withoutPostMessage(original);
    expect(quiet).not.toContain('postMessage');
    expect(quiet).toContain('document.dispatchEvent(new CustomEvent(');
    expect(quiet).toContain('document.addEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE');
  });

  it('fails loudly when the call is not there', () => {
    expect(() => withoutPostMessage('export class ContentScriptContext {}')).toThrow(/expected one window.postMessage/);
  });

  it('applies to that module only', () => {
    const plugin = quietContentScriptContext();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform(original, CONTEXT_FILE)?.code).not.toContain('postMessage');
    expect(transform('window.postMessage({}, "*");', '/repo/entrypoints/content/index.ts')).toBeNull();
  });
});
