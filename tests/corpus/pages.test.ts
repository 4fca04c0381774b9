/**
 * The page reader on the shared corpus, scored by the same code as `npx tsx cli/eval-pages.ts`.
 * Floors are what the reader reaches today (the targets where reached); raise them as it improves.
 */
import { describe, expect, it } from 'vitest';
import { scoreCorpus, type Scores } from '../../cli/lib/page-scoring';
import { requireCorpus } from '../corpus-path';

const c = requireCorpus();

describe.skipIf('skip' in c)('page reader on the corpus', () => {
  let scores: Scores;
  const scored = (): Scores => (scores ??= scoreCorpus((c as { dir: string }).dir));

  it('reads every page without an error', () => {
    const errors = scored().pages.filter((p) => p.kind === 'error');
    expect(errors.map((p) => `${p.file}: ${p.error}`)).toEqual([]);
  });

  it('finds recipe pages (recall ≥ 99.5%, precision ≥ 99.5%)', () => {
    expect(scored().recipeRecall).toBeGreaterThanOrEqual(0.995);
    expect(scored().recipePrecision).toBeGreaterThanOrEqual(0.995);
  });

  it('finds grocery pages (recall ≥ 90%, precision ≥ 90%)', () => {
    expect(scored().groceryRecall).toBeGreaterThanOrEqual(0.9);
    expect(scored().groceryPrecision).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps other pages other (≥ 98%), non-food shops included', () => {
    expect(scored().otherStaysOther).toBeGreaterThanOrEqual(0.98);
  });

  it('extracts ingredient lines (F1 ≥ 0.97 against the gold lines)', () => {
    expect(scored().lineF1).toBeGreaterThanOrEqual(0.97);
  });
});

if ('skip' in c) {
  describe('page reader on the corpus', () => {
    it.skip(c.skip, () => undefined);
  });
}
