/**
 * Translated UI text in the content script, from the messages bundled at build time
 * (cli/vite-content-messages.ts) in the browser's UI language, with English, then the given
 * fallback, when a key is missing. Substitutions fill `$1`…`$9` as `i18n.getMessage` does.
 */
import MESSAGES from 'virtual:gut-lens/content-messages';
import { uiLang } from '../../components/i18n';
import { fillMessage } from './fill-message';

let table: Record<string, string> | null = null;

export function t(key: string, fallback: string, ...substitutions: string[]): string {
  table ??= MESSAGES[uiLang()] ?? MESSAGES.en ?? {};
  const text = table[key] ?? MESSAGES.en?.[key];
  return text === undefined ? fallback : fillMessage(text, substitutions);
}

