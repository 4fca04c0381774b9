/**
 * `npx tsx cli/bench-pages.ts`: for every corpus page, the time linkedom takes to parse the HTML
 * into a DOM against the time readPage takes on that DOM, in the same run. Prints the median and
 * the worst ratio (readPage / parse); targets: median ≤ 1/4, worst ≤ 1/2. Ratios, not timings,
 * so the numbers carry across machines.
 *
 * Method, the same for both sides: a side is run in a batch, repeated until the batch has taken
 * at least BATCH_MS and run at least MIN_RUNS times, and the batch's mean per run is its time; the
 * best of BATCHES batches is kept (noise — GC, other jobs — only ever adds time). Parse and read
 * batches alternate, so both see the same machine. A small page parses in a fraction of a
 * millisecond, below what single runs can time; a large page's batch is a single run, as before.
 * Each read batch reads the DOM its parse batch built last (readPage does not change the DOM).
 * A page whose ratio comes out over CLOSE gets MORE_BATCHES more a side once every page has been
 * measured, the best still kept: the worst page is one page's figure, and a large page's garbage
 * collected during its read batches timed a 5 ms read at 15–20 ms in every batch of a run
 * (zyte-peb__42b022ac44: 0.84 in one run, 0.15–0.25 in the runs around it), a state of the heap
 * that passes. Measured again later, not in the same bad moment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOODS } from '../data/foods';
import { compileMatcher } from '../engine/foods/matcher';
import { readSavedPage } from '../engine/page/read-saved-page';
import { corpusDir } from '../tests/corpus-path';
import { readManifest } from './lib/page-scoring';
import { decodeHtml, parseHtmlText } from './lib/parse-html';

const dir = corpusDir();
if (!dir) {
  console.error('shared corpus not found: set GUT_LENS_CORPUS or put shared/ beside the checkout');
  process.exit(2);
}
/** Each side is timed in batches of at least this many milliseconds and MIN_RUNS runs. */
const BATCH_MS = 10;
const MIN_RUNS = 1;
const BATCHES = 5;
/** Pages with a ratio over CLOSE after BATCHES get this many more batches a side. */
const MORE_BATCHES = 10;
const CLOSE = 0.35;

/** The mean time of one run of `run`, repeated until BATCH_MS and MIN_RUNS are both reached, and its last answer. */
function timed<T>(run: () => T): { ms: number; last: T } {
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  let last: T;
  do {
    last = run();
    runs++;
    elapsed = performance.now() - t0;
  } while (elapsed < BATCH_MS || runs < MIN_RUNS);
  return { ms: elapsed / runs, last };
}

const verbose = process.argv.includes('--verbose');
/**
 * Each page is read with a matcher of its own, compiled untimed before its batches, as each page
 * load has its own in the content script: one matcher shared by every page remembers 50,000
 * looked-up words and starts over when full, so a page's reads were cold or warm by where the run
 * stood (billa 0.35–0.53 between runs).
 */
const freshMatcher = () => compileMatcher(FOODS);
type Row = { file: string; parse: number; read: number; ratio: number; kind: string };

/** `batches` more batches a side for `row`, alternating, its best times kept. */
function measure(row: Row, batches: number): void {
  // Read again each time: holding every page's text for the second pass would grow the heap that
  // both sides collect.
  const html = decodeHtml(readFileSync(join(dir!, row.file)));
  const matcher = freshMatcher();
  for (let batch = 0; batch < batches; batch++) {
    const parsed = timed(() => parseHtmlText(html));
    const reading = timed(() => readSavedPage(parsed.last, { matcher }));
    row.parse = Math.min(row.parse, parsed.ms);
    row.read = Math.min(row.read, reading.ms);
    row.kind = reading.last.kind;
  }
  row.ratio = row.read / row.parse;
}

const rows: Row[] = [];
for (const entry of readManifest(dir)) {
  const row: Row = { file: entry.file, parse: Infinity, read: Infinity, ratio: Infinity, kind: '' };
  measure(row, BATCHES);
  rows.push(row);
}
for (const row of rows) if (row.ratio > CLOSE) measure(row, MORE_BATCHES);
const sorted = [...rows].sort((a, b) => a.ratio - b.ratio);
const median = sorted[Math.floor(sorted.length / 2)].ratio;
const worst = sorted[sorted.length - 1];
const byKind = (kind: string): number => {
  const r = sorted.filter((x) => x.kind === kind);
  return r.length ? r[Math.floor(r.length / 2)].ratio : NaN;
};
if (verbose) for (const r of sorted.slice(-15)) console.log(`  ${r.ratio.toFixed(3)}  parse ${r.parse.toFixed(2)} ms  read ${r.read.toFixed(2)} ms  ${r.kind}  ${r.file}`);
console.log(`pages ${rows.length}`);
console.log(`median readPage/parse ratio ${median.toFixed(3)}   (target ≤ 0.25)`);
console.log(`worst  readPage/parse ratio ${worst.ratio.toFixed(3)}   (target ≤ 0.5)  ${worst.file}`);
console.log(`median by kind found: recipe ${byKind('recipe').toFixed(3)}, grocery ${byKind('grocery').toFixed(3)}, other ${byKind('other').toFixed(3)}`);
