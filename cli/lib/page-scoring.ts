/**
 * Scoring the page reader against the shared corpus: page kind per manifest label, and ingredient
 * lines against each recipe page's gold `ingredients`. One module for cli/eval-pages.ts and
 * tests/corpus/pages.test.ts, so the test asserts exactly what the script prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSavedPage } from '../../engine/page/read-saved-page';
import { defaultMatcher } from './default-matcher';
import type { PageKind, PageReading } from '../../engine/page/types';
import { loadPage } from './parse-html';

export const KINDS: readonly PageKind[] = ['recipe', 'grocery', 'other'];

export interface ManifestEntry {
  file: string;
  label: PageKind;
  notes: string;
}

export interface PageResult {
  file: string;
  label: PageKind;
  kind: PageKind | 'error';
  evidence: string[];
  error?: string;
  /** Only for recipe-labelled pages with a gold file. */
  lines?: { gold: number; predicted: number; matched: number; missing: string[]; extra: string[] };
  reading?: PageReading;
}

export interface Scores {
  pages: PageResult[];
  /** confusion[label][kind] = count */
  confusion: Record<PageKind, Record<PageKind | 'error', number>>;
  recipeRecall: number;
  recipePrecision: number;
  groceryRecall: number;
  groceryPrecision: number;
  otherStaysOther: number;
  lineP: number;
  lineR: number;
  lineF1: number;
}

export function readManifest(dir: string): ManifestEntry[] {
  const rows = readFileSync(join(dir, 'manifest.tsv'), 'utf8').split('\n').slice(1);
  const out: ManifestEntry[] = [];
  for (const row of rows) {
    if (!row.trim()) continue;
    const cols = row.split('\t');
    const label = cols[1] as PageKind;
    if (!KINDS.includes(label)) continue;
    out.push({ file: cols[0], label, notes: cols[5] ?? '' });
  }
  return out;
}

/** The comparison key of an ingredient line: NFKC, whitespace collapsed and trimmed. */
export function normalizeLine(line: string): string {
  return line.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function goldIngredients(dir: string, file: string): string[] | null {
  const gold = join(dir, file.replace(/\.html$/, '.json'));
  if (!existsSync(gold)) return null;
  const data = JSON.parse(readFileSync(gold, 'utf8')) as { ingredients?: unknown };
  return Array.isArray(data.ingredients) ? data.ingredients.filter((l): l is string => typeof l === 'string') : null;
}

function compareLines(gold: string[], predicted: string[]): NonNullable<PageResult['lines']> {
  const pool = new Map<string, number>();
  for (const g of gold.map(normalizeLine)) pool.set(g, (pool.get(g) ?? 0) + 1);
  let matched = 0;
  const extra: string[] = [];
  for (const p of predicted.map(normalizeLine)) {
    const left = pool.get(p) ?? 0;
    if (left > 0) {
      matched++;
      pool.set(p, left - 1);
    } else extra.push(p);
  }
  const missing: string[] = [];
  for (const [g, n] of pool) for (let i = 0; i < n; i++) missing.push(g);
  return { gold: gold.length, predicted: predicted.length, matched, missing, extra };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function scoreCorpus(dir: string, onPage?: (result: PageResult) => void): Scores {
  const pages: PageResult[] = [];
  for (const entry of readManifest(dir)) {
    let result: PageResult;
    try {
      const { doc } = loadPage(join(dir, entry.file));
      const reading = readSavedPage(doc, { matcher: defaultMatcher() });
      result = { file: entry.file, label: entry.label, kind: reading.kind, evidence: reading.evidence, reading };
      if (entry.label === 'recipe') {
        const gold = goldIngredients(dir, entry.file);
        if (gold) result.lines = compareLines(gold, reading.ingredients);
      }
    } catch (err) {
      result = { file: entry.file, label: entry.label, kind: 'error', evidence: [], error: err instanceof Error ? err.message : String(err) };
    }
    pages.push(result);
    onPage?.(result);
  }
  const confusion = Object.fromEntries(
    KINDS.map((l) => [l, { recipe: 0, grocery: 0, other: 0, error: 0 }]),
  ) as Scores['confusion'];
  for (const p of pages) confusion[p.label][p.kind]++;
  const count = (pred: (p: PageResult) => boolean): number => pages.filter(pred).length;
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  for (const p of pages) {
    if (!p.lines) continue;
    gold += p.lines.gold;
    predicted += p.lines.predicted;
    matched += p.lines.matched;
  }
  const lineP = ratio(matched, predicted);
  const lineR = ratio(matched, gold);
  return {
    pages,
    confusion,
    recipeRecall: ratio(confusion.recipe.recipe, count((p) => p.label === 'recipe')),
    recipePrecision: ratio(confusion.recipe.recipe, count((p) => p.kind === 'recipe')),
    groceryRecall: ratio(confusion.grocery.grocery, count((p) => p.label === 'grocery')),
    groceryPrecision: ratio(confusion.grocery.grocery, count((p) => p.kind === 'grocery')),
    otherStaysOther: ratio(confusion.other.other, count((p) => p.label === 'other')),
    lineP,
    lineR,
    lineF1: lineP + lineR === 0 ? 0 : (2 * lineP * lineR) / (lineP + lineR),
  };
}
