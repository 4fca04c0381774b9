/**
 * Translated UI text for the popup and the settings page. Keys are typed from
 * public/_locales/en/messages.json (WXT generates the types); a missing translation falls back to
 * the key's English text through the browser, and to the key itself when i18n is unavailable.
 */
import { browser } from 'wxt/browser';
import { LANGS, type Lang } from '../engine/foods/types';

type GetMessage = typeof browser.i18n.getMessage;
/** Every key of messages.json (the last, catch-all overload of the generated types). */
export type MessageKey = Exclude<Parameters<GetMessage>[0], `@@${string}`>;

export function msg(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions.map(String));
    if (text) return text;
  } catch {
    // No i18n (unit tests outside the extension): fall through.
  }
  return key;
}

/** The browser's UI language among the languages the food list names foods in. */
export function uiLang(): Lang {
  let tag = 'en';
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    // Outside the extension.
  }
  const base = tag.toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(base) ? base : 'en';
}

/** A number as the UI language writes it (decimal comma in most of them). */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  try {
    return new Intl.NumberFormat(uiLang(), { maximumFractionDigits }).format(value);
  } catch {
    return String(value);
  }
}
