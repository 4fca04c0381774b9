/** Translated UI text in the content script, with an English fallback when a key is missing. */
import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: string, fallback: string, ...substitutions: string[]): string {
  try {
    // Keys are built from tag names; a missing one falls back to English rather than failing.
    return browser.i18n.getMessage(key as MessageKey, substitutions) || fallback;
  } catch {
    return fallback;
  }
}
