/**
 * Reading a unit word at a position of a line, from the vocabulary in units.ts compiled once into
 * two sticky regular expressions (case-insensitive words, and the few case-sensitive ones).
 */
import type { Unit } from './types';
import { CASE_SENSITIVE_WORDS, UNIT_WORDS } from './units';

export interface UnitSpan {
  unit: Unit;
  start: number;
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word as a pattern: spaces match any run of spaces, and a space may follow a dot or be left out. */
function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/\\\. */g, '\\.\\s*').replace(/ /g, '\\s+');
}

/** A word without its spaces and dots ("c. à s" and "càs" share a key), lower-cased unless case matters. */
function wordKey(word: string, caseSensitive: boolean): string {
  const bare = word.replace(/[\s.]+/g, '');
  return caseSensitive ? bare : bare.toLowerCase();
}

interface CompiledUnits {
  pattern: RegExp;
  byWord: Map<string, Unit>;
}

function compile(caseSensitive: boolean): CompiledUnits {
  const byWord = new Map<string, Unit>();
  const spellings = new Set<string>();
  for (const [unit, words] of Object.entries(UNIT_WORDS) as [Unit, readonly string[]][]) {
    for (const word of words) {
      if (CASE_SENSITIVE_WORDS.has(word) !== caseSensitive) continue;
      const key = wordKey(word, caseSensitive);
      if (!byWord.has(key)) byWord.set(key, unit);
      if (byWord.get(key) === unit) spellings.add(word);
    }
  }
  const words = [...spellings].sort((a, b) => b.length - a.length);
  // A word ends at a non-letter; "(s)"/"(es)" plural marks and a closing dot are part of it.
  const pattern = new RegExp(
    `(${words.map(wordPattern).join('|')})(?:\\((?:e?s|en|n)\\))?\\.?(?![\\p{L}\\p{N}])`,
    caseSensitive ? 'uy' : 'iuy',
  );
  return { pattern, byWord };
}

let compiled: { loose: CompiledUnits; strict: CompiledUnits } | null = null;

function units(): { loose: CompiledUnits; strict: CompiledUnits } {
  compiled ??= { loose: compile(false), strict: compile(true) };
  return compiled;
}

function lookup(table: CompiledUnits, text: string, caseSensitive: boolean): Unit | undefined {
  return table.byWord.get(wordKey(text, caseSensitive));
}

/** The unit word starting exactly at `pos`, if any. */
export function readUnit(text: string, pos: number): UnitSpan | null {
  const { loose, strict } = units();
  for (const [table, caseSensitive] of [
    [loose, false],
    [strict, true],
  ] as const) {
    table.pattern.lastIndex = pos;
    const m = table.pattern.exec(text);
    if (!m) continue;
    const unit = lookup(table, m[1], caseSensitive);
    if (unit) return { unit, start: pos, end: pos + m[0].length };
  }
  return null;
}
