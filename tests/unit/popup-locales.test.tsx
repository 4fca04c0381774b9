/**
 * Every shipped locale has exactly the English keys, the same placeholders, and uses each of them;
 * every key the popup, settings page and content script ask for exists in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../corpus-path';
import { REASONS } from '../../data/reasons';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

const LOCALES_DIR = resolve(repoRoot, 'public', '_locales');
const SHIPPED = ['en', 'es', 'fr', 'de', 'it', 'nl', 'pt'];

function load(lang: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages;
}

/** `$NAME$` references in a message, upper-cased and sorted. */
function references(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toUpperCase()).sort();
}

function placeholders(entry: Entry): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toUpperCase(), p.content]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('locales', () => {
  const en = load('en');

  it('ships the seven languages', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...SHIPPED].sort());
  });

  it.each(SHIPPED)('%s has exactly the English keys and placeholders, all used, none empty', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
      expect(placeholders(entry), `${lang}.${key} placeholders`).toEqual(placeholders(en[key]));
      expect(references(entry.message), `${lang}.${key} uses its placeholders`).toEqual(
        Object.keys(placeholders(en[key])).sort(),
      );
    }
  });

  it('keeps the manifest and content-script keys', () => {
    for (const key of [
      'extName',
      'extDescription',
      'legendLabel',
      'tag_fiber',
      'tag_prebiotic',
      'tag_probiotic',
      'previousFood',
      'nextFood',
      'hideLegend',
      'showLegend',
      'foodCount',
      'fiberPer100',
      'highFiber',
      'sources',
    ]) {
      expect(en[key], key).toBeDefined();
    }
    expect(placeholders(en.foodCount)).toEqual({ COUNT: '$1' });
    expect(placeholders(en.fiberPer100)).toEqual({ GRAMS: '$1' });
  });

  it('has every key the UI asks for', () => {
    const files = [
      ...sourceFiles(resolve(repoRoot, 'components')),
      ...sourceFiles(resolve(repoRoot, 'entrypoints', 'popup')),
      ...sourceFiles(resolve(repoRoot, 'entrypoints', 'options')),
      ...sourceFiles(resolve(repoRoot, 'entrypoints', 'content')),
    ];
    const asked = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:msg|t)\(\s*'([A-Za-z0-9_]+)'/g)) asked.add(m[1]);
      for (const m of text.matchAll(/\b(?:heading|empty|action|actionLabel)="([A-Za-z0-9_]+)"/g)) asked.add(m[1]);
    }
    expect(asked.size).toBeGreaterThan(30);
    expect([...asked].filter((key) => !en[key])).toEqual([]);
  });

  it('names every reason of a tag (the hover card asks for reason_<key>), in English as data/reasons.ts does', () => {
    for (const [key, reason] of Object.entries(REASONS)) {
      expect(en[`reason_${key.replace(/-/g, '_')}`]?.message, key).toBe(reason.label);
    }
  });
});
