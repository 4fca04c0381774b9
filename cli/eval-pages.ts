/**
 * `npx tsx cli/eval-pages.ts [--verbose]`: how well readPage reads the shared corpus — a confusion
 * matrix (manifest label × kind found), recall/precision per kind, and ingredient-line F1 against
 * the gold lines of every recipe page. --verbose lists each page that misses.
 */
import { corpusDir } from '../tests/corpus-path';
import { KINDS, scoreCorpus } from './lib/page-scoring';

const verbose = process.argv.includes('--verbose');
const dir = corpusDir();
if (!dir) {
  console.error('shared corpus not found: set GUT_LENS_CORPUS or put shared/ beside the checkout');
  process.exit(2);
}

const s = scoreCorpus(dir);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const cols = [...KINDS, 'error'] as const;
console.log(`label \\ kind  ${cols.map((c) => c.padStart(8)).join('')}`);
for (const label of KINDS) {
  console.log(`${label.padEnd(13)} ${cols.map((c) => String(s.confusion[label][c]).padStart(8)).join('')}`);
}
console.log('');
console.log(`recipe  recall ${pct(s.recipeRecall)}  precision ${pct(s.recipePrecision)}   (targets ≥ 99.5%)`);
console.log(`grocery recall ${pct(s.groceryRecall)}  precision ${pct(s.groceryPrecision)}   (targets ≥ 90%)`);
console.log(`other stays other ${pct(s.otherStaysOther)}   (target ≥ 98%)`);
console.log(`ingredient lines P ${s.lineP.toFixed(4)} R ${s.lineR.toFixed(4)} F1 ${s.lineF1.toFixed(4)}   (target F1 ≥ 0.97)`);

if (verbose) {
  console.log('\nmisses:');
  for (const p of s.pages) {
    if (p.kind !== p.label) console.log(`  KIND ${p.file}: label ${p.label}, got ${p.kind} [${p.evidence.join(', ')}]${p.error ? ` error: ${p.error}` : ''}`);
  }
  for (const p of s.pages) {
    const l = p.lines;
    if (!l || (l.matched === l.gold && l.matched === l.predicted)) continue;
    console.log(`  LINES ${p.file}: gold ${l.gold}, got ${l.predicted}, matched ${l.matched} [${p.evidence.join(', ')}]`);
    for (const m of l.missing.slice(0, 4)) console.log(`      - ${m}`);
    for (const e of l.extra.slice(0, 4)) console.log(`      + ${e}`);
  }
}
