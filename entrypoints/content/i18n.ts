/**
 * Translated UI text in the content script. In an English browser, from the messages bundled at
 * build time (cli/vite-content-messages.ts: no round trip to the browser process); in another
 * language, from `i18n.getMessage`; the given fallback when a key is missing. Substitutions fill
 * `$1`…`$9` as `i18n.getMessage` does.
 */
import { browser } from 'wxt/browser';
import ENGLISH from 'virtual:gut-lens/content-messages';
import { uiLang } from '../../components/i18n';
import { fillMessage } from './fill-message';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

let english: boolean | null = null;

export function t(key: string, fallback: string, ...substitutions: string[]): string {
  english ??= uiLang() === 'en';
  if (english) {
    const text = ENGLISH[key];
    return text === undefined ? fallback : fillMessage(text, substitutions);
  }
  try {
    // Keys are built from tag names; a missing one falls back rather than failing.
    return browser.i18n.getMessage(key as MessageKey, substitutions) || fallback;
  } catch {
    return fallback;
  }
}
