/**
 * Content-script benchmark on the shared corpus, in headless Chromium with the real build. Every
 * figure is a ratio against a baseline measured in the same page, in the same run:
 * - Gut Lens's time (the sum of its `gut-lens:slice` measures: detection, matching, painting)
 *   against a bare TreeWalker walk over the same page's text (best of five walks; the first walk,
 *   when the page's text nodes are met for the first time, is printed beside it for scale);
 *   Gut Lens's time includes the task that loads the script ('load') and its set-up ('start');
 * - mark.js marking the food names Gut Lens painted against Gut Lens (and, on every 20th food page,
 *   mark.js marking the whole English name list, as a keyword highlighter would);
 * - on non-food pages, Gut Lens's time against the bare walk;
 * - for scale, the floor any content script that reads the text stands on: a walk-only script
 *   (its first touch of `document` and one walk, in its own world) against the same bare walk, and
 *   Gut Lens against that script (lib/walk-only-extension.ts, a browser of its own, same pages);
 * - the longest slice on the largest page (ms: the budget is 8 ms a task), the median of that
 *   page's first load and LARGEST_RELOADS more: one load's figure moves by 2× with what else the
 *   machine runs (the page's own subframes, on two cores);
 * - the content script's size, gzip.
 * Pages load from 127.0.0.1 only, with their own scripts refused (CSP); extension scripts still run.
 *
 * Then a breakdown by phase (each slice's detail names its phase), to show where the time goes.
 *
 *   npx tsx cli/bench-content.ts [--pages N] [--every K]   (default: every corpus page; --every K
 *   takes every K-th page of the manifest, a quick sample of all kinds; --only TEXT: pages whose
 *   file name holds TEXT; --verbose: one line a page)
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { corpusDir } from '../tests/corpus-path';
import { chromeBuildDir, launchChromium } from '../tests/e2e/harness/chromium';
import { corpusPages } from '../tests/e2e/harness/corpus-pages';
import { waitForDone } from '../tests/e2e/harness/page-state';
import { startServer } from '../tests/e2e/harness/server';
import { median } from './lib/stats';
import { BARE_WALKS_JS, CLOCK_MS, serveIsolated, type BareWalks } from './lib/bench-browser';
import { measureWalkOnly, type WalkOnlyResult } from './lib/walk-only-extension';
import { FOODS } from '../data/foods';

const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
/** How mark.js is asked to mark, in both of its figures: whole names, as they are written. */
const MARK_OPTIONS = { separateWordSearch: false, accuracy: 'exactly', diacritics: false };

const walkOf = (r: PageResult): number => Math.max(r.walkMs, CLOCK_MS);

interface PageResult {
  file: string;
  label: string;
  kind: string;
  bytes: number;
  gutLensMs: number;
  longestSliceMs: number;
  /** The phase of the longest slice. */
  longestPhase: string;
  walkMs: number;
  /** The first of those walks: the page's text nodes met for the first time in the page's script world. */
  firstWalkMs: number;
  markJsMs: number | null;
  matches: number;
  /** Slice time by phase (read, matcher, paint, ...), ms. */
  phases: Record<string, number>;
  /** Whether the page had the fine clock (cross-origin isolated). */
  isolated: boolean;
}

/** Our slices, then a bare walk (best of 5), then mark.js on the names we painted (it changes the DOM: last). */
async function measure(page: Page): Promise<Omit<PageResult, 'file' | 'label' | 'bytes'>> {
  const done = await waitForDone(page, 20_000);
  // mark.js goes in through the debugger protocol: the page's CSP forbids its own scripts.
  await page.evaluate(MARK_JS);
  // Let any trailing slice finish.
  await new Promise((r) => setTimeout(r, 50));
  const walks = await page.evaluate<BareWalks>(BARE_WALKS_JS);
  const measured = await page.evaluate(
    ({ kind, matches, markOptions }) => {
      const slices = performance.getEntriesByName('gut-lens:slice');
      const gutLensMs = slices.reduce((sum, e) => sum + e.duration, 0);
      const longestSliceMs = Math.max(0, ...slices.map((e) => e.duration));
      const phases: Record<string, number> = {};
      let longestPhase = '';
      for (const e of slices) {
        const phase = String(((e as PerformanceMeasure).detail as { phase?: string } | null)?.phase ?? 'unnamed');
        phases[phase] = (phases[phase] ?? 0) + e.duration;
        if (e.duration === longestSliceMs) longestPhase = phase;
      }
      const names = new Set<string>();
      CSS.highlights.forEach((highlight) => highlight.forEach((range) => names.add((range as Range).toString().toLowerCase())));
      let markJsMs: number | null = null;
      if (names.size) {
        const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
        const start = performance.now();
        new Mark(document.body).mark([...names], markOptions);
        markJsMs = performance.now() - start;
      }
      return { kind, matches, gutLensMs, longestSliceMs, longestPhase, markJsMs, phases, isolated: crossOriginIsolated };
    },
    { kind: done.kind, matches: done.matches, markOptions: MARK_OPTIONS },
  );
  return { ...measured, walkMs: walks.best, firstWalkMs: walks.first };
}

/** Fresh loads of the largest page after the run, for its longest-slice figure. */
const LARGEST_RELOADS = 4;

/** The longest of a freshly loaded page's slices, and its phase. */
async function longestSlice(page: Page): Promise<{ ms: number; phase: string }> {
  await waitForDone(page, 20_000);
  await new Promise((r) => setTimeout(r, 50));
  return page.evaluate(() => {
    let longest = { ms: 0, phase: '' };
    for (const e of performance.getEntriesByName('gut-lens:slice')) {
      const phase = String(((e as PerformanceMeasure).detail as { phase?: string } | null)?.phase ?? 'unnamed');
      if (e.duration > longest.ms) longest = { ms: e.duration, phase };
    }
    return longest;
  });
}

/**
 * mark.js given the whole English name list, as a keyword highlighter with our list would be (it
 * cannot know which names a page has): on every LIST_MARK_EVERY-th food page, loaded afresh, as it
 * takes seconds a page. Beside the figure above, where mark.js is handed only the names Gut Lens
 * painted.
 */
const LIST_MARK_EVERY = 20;
const ENGLISH_NAMES = [...new Set(FOODS.flatMap((food) => food.names.en ?? []).map((name) => name.toLowerCase()))];

async function markWholeList(page: Page): Promise<number> {
  await waitForDone(page, 20_000);
  await page.evaluate(MARK_JS);
  return page.evaluate(({ keywords, options }) => {
    const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
    // In batches: mark.js recurses once a keyword, and overflows the stack on the whole list at once.
    const start = performance.now();
    for (let i = 0; i < keywords.length; i += 200) {
      new Mark(document.body).mark(keywords.slice(i, i + 200), options);
    }
    return performance.now() - start;
  }, { keywords: ENGLISH_NAMES, options: MARK_OPTIONS });
}

async function main(): Promise<void> {
  const dir = corpusDir();
  if (!dir) throw new Error('shared corpus not found: set GUT_LENS_CORPUS or put shared/ beside the checkout');
  const limitArg = process.argv.indexOf('--pages');
  const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
  const everyArg = process.argv.indexOf('--every');
  const every = everyArg > 0 ? Math.max(1, Number(process.argv[everyArg + 1])) : 1;
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg > 0 ? process.argv[onlyArg + 1] : '';
  const pages = corpusPages(dir)
    .filter((p, i) => i % every === 0 && p.file.includes(only))
    .slice(0, limit);
  const server = await startServer();
  const session = await launchChromium();
  await serveIsolated(session.context);
  const results: PageResult[] = [];
  for (const { file, label } of pages) {
    const page = await session.context.newPage();
    try {
      await page.goto(`${server.origin}/corpus/${file}`, { waitUntil: 'load', timeout: 60_000 });
      results.push({ file, label, bytes: statSync(join(dir, file)).size, ...(await measure(page)) });
      if (results.length % 50 === 0) console.log(`  … ${results.length} pages`);
    } catch (error) {
      console.warn(`  ${file}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    } finally {
      await page.close();
    }
  }
  const listMarked: { file: string; ratio: number }[] = [];
  for (const r of results.filter((x) => x.kind !== 'other').filter((_, i) => i % LIST_MARK_EVERY === 0)) {
    const page = await session.context.newPage();
    try {
      await page.goto(`${server.origin}/corpus/${r.file}`, { waitUntil: 'load', timeout: 60_000 });
      listMarked.push({ file: r.file, ratio: (await markWholeList(page)) / r.gutLensMs });
    } catch (error) {
      console.warn(`  ${r.file} (mark.js, whole list): ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    } finally {
      await page.close();
    }
  }
  const largest = results.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const largestLoads = [{ ms: largest.longestSliceMs, phase: largest.longestPhase }];
  for (let i = 0; i < LARGEST_RELOADS; i++) {
    const page = await session.context.newPage();
    try {
      await page.goto(`${server.origin}/corpus/${largest.file}`, { waitUntil: 'load', timeout: 60_000 });
      largestLoads.push(await longestSlice(page));
    } catch (error) {
      console.warn(`  ${largest.file} (reload): ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    } finally {
      await page.close();
    }
  }
  await session.close();
  // The cheapest content script that reads the text, on the same pages, in a browser of its own.
  const walkOnly = await measureWalkOnly(server.origin, results.map((r) => r.file));
  await server.close();

  const food = results.filter((r) => r.kind !== 'other');
  const nonFood = results.filter((r) => r.kind === 'other');
  const withMark = food.filter((r) => r.markJsMs !== null && r.gutLensMs > 0);
  const content = readFileSync(resolve(chromeBuildDir, 'content-scripts', 'content.js'));
  const rows: [string, string, string][] = [
    ['pages measured', `${results.length} (${food.length} recipe/grocery, ${nonFood.length} other; ${results.filter((r) => r.isolated).length} with the fine clock)`, ''],
    ['Gut Lens ÷ bare walk, median (food pages)', median(food.map((r) => r.gutLensMs / walkOf(r))).toFixed(2), '≤ 2'],
    ['  (the same against the first of the five walks, for scale)', median(food.map((r) => r.gutLensMs / Math.max(r.firstWalkMs, CLOCK_MS))).toFixed(2), ''],
    ['mark.js ÷ Gut Lens, median (same names)', median(withMark.map((r) => r.markJsMs! / r.gutLensMs)).toFixed(1), '≥ 20'],
    [`  mark.js with the whole English list (${ENGLISH_NAMES.length} names) ÷ Gut Lens, median (${listMarked.length} food pages)`, listMarked.length ? median(listMarked.map((m) => m.ratio)).toFixed(1) : '-', ''],
    ...walkOnlyRows(results, walkOnly),
    ['Gut Lens ÷ bare walk, median (other pages)', median(nonFood.map((r) => r.gutLensMs / walkOf(r))).toFixed(3), '≤ 0.1'],
    [`longest slice, largest page (${largest.file}, ${(largest.bytes / 1e6).toFixed(1)} MB), median of ${largestLoads.length} loads`, `${median(largestLoads.map((l) => l.ms)).toFixed(1)} ms`, '≤ 8 ms'],
    [`  each load's (phase)`, largestLoads.map((l) => `${l.ms.toFixed(1)} (${l.phase})`).join(', '), ''],
    ['longest slice, any page', `${Math.max(...results.map((r) => r.longestSliceMs)).toFixed(1)} ms`, ''],
    ['content script, gzip', `${(gzipSync(content, { level: 9 }).length / 1024).toFixed(1)} KB (raw ${(content.length / 1024).toFixed(0)} KB)`, '≤ 60 KB'],
  ];
  console.log('\nContent script (headless Chromium, real build, corpus pages)');
  for (const [name, value, target] of rows) console.log(`  ${name.padEnd(72)} ${value.padStart(12)}  ${target}`);
  console.log('\nBy phase: median ms, and median share of the bare walk');
  for (const [name, group] of [['recipe/grocery', food], ['other', nonFood]] as const) {
    const names = [...new Set(group.flatMap((r) => Object.keys(r.phases)))].sort();
    const cells = names.map((p) => {
      const ms = median(group.map((r) => r.phases[p] ?? 0));
      const share = median(group.map((r) => (r.phases[p] ?? 0) / walkOf(r)));
      return `${p} ${ms.toFixed(2)} ms (${share.toFixed(2)}×)`;
    });
    console.log(`  ${name.padEnd(16)} walk ${median(group.map((r) => r.walkMs)).toFixed(2)} ms; ${cells.join('; ')}`);
  }
  if (process.argv.includes('--verbose')) {
    for (const r of results) {
      const cells = Object.entries(r.phases).map(([p, ms]) => `${p} ${ms.toFixed(1)}`).join(', ');
      console.log(`  ${r.file.padEnd(70)} ${r.kind.padEnd(8)} walk ${r.walkMs.toFixed(2)} total ${r.gutLensMs.toFixed(1)} longest ${r.longestSliceMs.toFixed(1)} matches ${r.matches}: ${cells}`);
    }
  }
  const worst = [...results].sort((a, b) => b.longestSliceMs - a.longestSliceMs).slice(0, 5);
  console.log('  longest slices:', worst.map((r) => `${r.file.split('/').pop()} ${r.longestSliceMs.toFixed(1)} ms (${r.longestPhase})`).join(', '));
  const over = results.filter((r) => r.longestSliceMs > 8);
  const overByPhase = new Map<string, number>();
  for (const r of over) overByPhase.set(r.longestPhase, (overByPhase.get(r.longestPhase) ?? 0) + 1);
  console.log(`  pages with a slice over 8 ms: ${over.length} of ${results.length}`, Object.fromEntries(overByPhase));
}

/**
 * The floor beside the ratios above: a content script that only touches `document` and walks the
 * text once (walk-only-extension.ts), against the bare walk in the page's world (both in its
 * load), and Gut Lens against it (the same page, loaded in each browser).
 */
function walkOnlyRows(results: readonly PageResult[], walkOnly: ReadonlyMap<string, WalkOnlyResult>): [string, string, string][] {
  const paired = results.flatMap((r) => {
    const w = walkOnly.get(r.file);
    return w ? [{ r, w, total: w.documentMs + w.walkMs, bare: Math.max(w.bare.best, CLOCK_MS) }] : [];
  });
  if (!paired.length) return [['walk-only content script', 'no page measured', '']];
  const food = paired.filter((p) => p.r.kind !== 'other');
  const other = paired.filter((p) => p.r.kind === 'other');
  const of = (group: typeof paired, f: (p: (typeof paired)[number]) => number) => (group.length ? median(group.map(f)).toFixed(1) : '-');
  return [
    [`  floor: a walk-only content script ÷ bare walk, median (${paired.length} pages; food / other)`, `${of(food, (p) => p.total / p.bare)} / ${of(other, (p) => p.total / p.bare)}`, ''],
    ['    of which its first touch of `document` ÷ bare walk (food / other)', `${of(food, (p) => p.w.documentMs / p.bare)} / ${of(other, (p) => p.w.documentMs / p.bare)}`, ''],
    ['  Gut Lens ÷ the walk-only content script, median (food / other)', `${of(food, (p) => p.r.gutLensMs / Math.max(p.total, CLOCK_MS))} / ${of(other, (p) => p.r.gutLensMs / Math.max(p.total, CLOCK_MS))}`, ''],
  ];
}

main().catch((error: unknown) => {
  console.error('[gut-lens:bench-content]', error);
  process.exit(1);
});

