/**
 * `npx tsx cli/bench-pages.ts`: for every corpus page, the time linkedom takes to parse the HTML
 * into a DOM against the time readPage takes on that DOM, in the same run. Prints the median and
 * the worst ratio (readPage / parse); targets: median ≤ 1/4, worst ≤ 1/2. Ratios, not timings,
 * so the numbers carry across machines.
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
const verbose = process.argv.includes('--verbose');
const matcher = compileMatcher(FOODS); // compiled once, as the content script does
const rows: { file: string; parse: number; read: number; ratio: number; kind: string }[] = [];
for (const entry of readManifest(dir)) {
  const html = decodeHtml(readFileSync(join(dir, entry.file)));
  // Best of three runs each, to keep the machine's noise (GC, other jobs) out of the ratio.
  let parse = Infinity;
  let read = Infinity;
  let kind = '';
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const doc = parseHtmlText(html);
    const t1 = performance.now();
    kind = readSavedPage(doc, { matcher }).kind;
    const t2 = performance.now();
    parse = Math.min(parse, t1 - t0);
    read = Math.min(read, t2 - t1);
  }
  rows.push({ file: entry.file, parse, read, ratio: read / parse, kind });
}
const sorted = [...rows].sort((a, b) => a.ratio - b.ratio);
const median = sorted[Math.floor(sorted.length / 2)].ratio;
const worst = sorted[sorted.length - 1];
const byKind = (kind: string): number => {
  const r = sorted.filter((x) => x.kind === kind);
  return r.length ? r[Math.floor(r.length / 2)].ratio : NaN;
};
if (verbose) for (const r of sorted.slice(-15)) console.log(`  ${r.ratio.toFixed(3)}  parse ${r.parse.toFixed(1)} ms  read ${r.read.toFixed(1)} ms  ${r.kind}  ${r.file}`);
console.log(`pages ${rows.length}`);
console.log(`median readPage/parse ratio ${median.toFixed(3)}   (target ≤ 0.25)`);
console.log(`worst  readPage/parse ratio ${worst.ratio.toFixed(3)}   (target ≤ 0.5)  ${worst.file}`);
console.log(`median by kind found: recipe ${byKind('recipe').toFixed(3)}, grocery ${byKind('grocery').toFixed(3)}, other ${byKind('other').toFixed(3)}`);
