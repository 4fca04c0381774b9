/**
 * A Vite plugin that serves `virtual:gut-lens/content-messages`: the few UI messages the content
 * script shows (legend, hover card, reason labels) in English, read from public/_locales at build
 * time. The browser's `i18n.getMessage` in a content script asks the browser process for the
 * extension's whole message bundle on its first call (a synchronous round trip of milliseconds on
 * every page); in an English browser these few strings (a few hundred bytes) spare it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { virtualModule } from './vite-virtual-module';

const ID = 'virtual:gut-lens/content-messages';

/** Keys the content script shows, and prefixes of the families it builds keys from. */
export const CONTENT_MESSAGE_KEYS = ['legendLabel', 'previousFood', 'nextFood', 'hideLegend', 'showLegend', 'foodCount', 'fiberPer100', 'highFiber', 'sources'];
const CONTENT_MESSAGE_PREFIXES = ['tag_', 'reason_'];

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A message with its named placeholders ($COUNT$) written as what they stand for ($1). */
function resolvePlaceholders({ message, placeholders }: LocaleMessage): string {
  if (!placeholders) return message;
  const byName = new Map(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
  return message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => byName.get(name.toLowerCase()) ?? whole);
}

/** The content script's messages by language, from a `_locales` folder. */
export function contentMessages(localesDir: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const lang of readdirSync(localesDir).sort()) {
    const messages = JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8')) as Record<string, LocaleMessage>;
    const table: Record<string, string> = {};
    for (const [key, value] of Object.entries(messages)) {
      if (CONTENT_MESSAGE_KEYS.includes(key) || CONTENT_MESSAGE_PREFIXES.some((p) => key.startsWith(p))) table[key] = resolvePlaceholders(value);
    }
    out[lang] = table;
  }
  return out;
}

export function contentMessagesPlugin(root: string): Plugin {
  const dir = resolve(root, 'public', '_locales');
  return virtualModule(
    ID,
    () => readdirSync(dir).map((lang) => join(dir, lang, 'messages.json')),
    // English only: a browser in another language asks i18n (the bundle for seven languages would be 2 KB gzip).
    () => `export default ${JSON.stringify(contentMessages(dir).en)};`,
  );
}
