/** The content script's UI messages, bundled from public/_locales at build time. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_MESSAGE_KEYS, contentMessages } from '../../cli/vite-content-messages';
import { fillMessage } from '../../entrypoints/content/fill-message';

const messages = contentMessages(resolve(import.meta.dirname, '..', '..', 'public', '_locales'));

describe('content-script messages', () => {
  it('holds the seven languages, each with every key the content script shows', () => {
    expect(Object.keys(messages)).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    const keys = Object.keys(messages.en);
    for (const key of CONTENT_MESSAGE_KEYS) expect(keys).toContain(key);
    expect(keys.filter((k) => k.startsWith('tag_')).length).toBeGreaterThanOrEqual(3);
    expect(keys.filter((k) => k.startsWith('reason_')).length).toBeGreaterThanOrEqual(8);
    for (const [lang, table] of Object.entries(messages)) expect(Object.keys(table).sort(), lang).toEqual([...keys].sort());
    expect(keys).not.toContain('extName');
  });

  it('writes named placeholders as the substitutions they stand for, and fills them as getMessage does', () => {
    expect(messages.de.foodCount).toBe('$1 darmfreundlich');
    expect(fillMessage(messages.de.foodCount, ['7'])).toBe('7 darmfreundlich');
    expect(fillMessage(messages.en.fiberPer100, ['6.5'])).toMatch(/6\.5 g/);
    expect(fillMessage('$$1 and $2', ['a'])).toBe('$1 and ');
    expect(fillMessage('no dollar', ['a'])).toBe('no dollar');
  });
});
