/**
 * `npx tsx cli/bench-matcher.ts [--rounds N] [--foods FILE]`: the matcher's cost as ratios to floors measured
 * in the same run (absolute times vary with the machine; the ratios are what we hold to).
 *
 * 1. Tagging: 10,000 corpus lines (the gold ingredient lines of every recipes/*.json, cycled)
 *    plus every labelled product title. Floor: folding the same lines and splitting them into
 *    words (normalize.ts, which the matcher itself uses). Budget: tagger <= 3x floor.
 * 2. Compiling: compileMatcher(FOODS) vs a bare walk over a median-size corpus recipe page parsed
 *    with linkedom (TreeWalker over text nodes, and a recursive childNodes walk, concatenating
 *    text). Budget: compile <= 1/4 of the walk. The first compile of the process (cold, as in a
 *    fresh content script) and the median of later ones are both reported.
 * 3. The matcher from the precomputed name index (made at build time, engine/foods/name-index.ts):
 *    start-up = from the index to a matcher ready for its first line (matcherFromIndex), against
 *    the same walk, budget <= 1/4; also with JSON.parse of the index first (as it arrives in a
 *    message), and the first line's match alone (it opens the index). Tagging as in 1 with a
 *    fresh matcher per round, so the index's opening and every lazily read key are paid inside
 *    the timed matching. For FOODS and for the content script's list (English, slimmed).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { FOODS as BUNDLED } from '../data/foods';
import type { Food, FoodCore } from '../engine/foods/types';
import { compileMatcher } from '../engine/foods/matcher';
import { matcherFromIndex } from '../engine/foods/index-matcher';
import { buildNameIndex } from '../engine/foods/name-index';
import type { NameIndex } from '../engine/foods/name-index-format';
import { slimFood } from '../engine/foods/slim';
import { foldText, splitWords } from '../engine/foods/normalize';
import { corpusDir } from '../tests/corpus-path';
import { loadLabels } from './lib/score-lines';
import { median } from './lib/stats';

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 15;
const LINES = 10_000;
const foodsArg = process.argv.indexOf('--foods');
/** `--foods FILE`: bench a food list JSON (same shape as data/foods.generated.json) instead of FOODS. */
const FOODS: readonly Food[] = foodsArg > 0 ? (JSON.parse(readFileSync(process.argv[foodsArg + 1], 'utf8')) as Food[]) : BUNDLED;

const dir = corpusDir();
if (!dir) {
  console.error('shared corpus not found: set GUT_LENS_CORPUS or put shared/ beside the checkout');
  process.exit(2);
}


/** The machine is shared: minima show the cost without interference, medians the typical run. */
function minimum(xs: number[]): number {
  return Math.min(...xs);
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// ---- the lines
const recipeDir = join(dir, 'recipes');
const gold: string[] = [];
for (const name of readdirSync(recipeDir).sort()) {
  if (!name.endsWith('.json')) continue;
  const recipe = JSON.parse(readFileSync(join(recipeDir, name), 'utf8')) as { ingredients?: unknown };
  if (Array.isArray(recipe.ingredients)) for (const l of recipe.ingredients) if (typeof l === 'string') gold.push(l);
}
const titles = loadLabels(dir).filter((i) => i.set === 'titles').map((i) => i.text);
const lines: string[] = [];
for (let i = 0; i < LINES; i++) lines.push(gold[i % gold.length]);
lines.push(...titles);
const chars = lines.reduce((n, l) => n + l.length, 0);

// ---- compile (cold first, then warm)
const cpu0 = process.cpuUsage();
const coldCompile = time(() => compileMatcher(FOODS));
const coldCpu = process.cpuUsage(cpu0);
const coldCpuMs = (coldCpu.user + coldCpu.system) / 1000;
const matcher = compileMatcher(FOODS);

// ---- tagging vs floor, interleaved rounds so both see the same machine state
let sink = 0;
const floor = () => {
  for (const l of lines) sink += splitWords(foldText(l)).words.length;
};
const tag = () => {
  for (const l of lines) sink += matcher.match(l).length;
};
for (let i = 0; i < 3; i++) {
  floor();
  tag();
}
const floorTimes: number[] = [];
const tagTimes: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  floorTimes.push(time(floor));
  tagTimes.push(time(tag));
}
const floorMs = median(floorTimes);
const tagMs = median(tagTimes);
const floorMin = minimum(floorTimes);
const tagMin = minimum(tagTimes);

// Fresh matcher per round, every distinct line once: no word-guess memo carried over.
const distinct = [...new Set([...gold, ...titles])];
const freshFloorTimes: number[] = [];
const freshTagTimes: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const fresh = compileMatcher(FOODS);
  freshFloorTimes.push(
    time(() => {
      for (const l of distinct) sink += splitWords(foldText(l)).words.length;
    }),
  );
  freshTagTimes.push(
    time(() => {
      for (const l of distinct) sink += fresh.match(l).length;
    }),
  );
}

const compileTimes: number[] = [];
for (let r = 0; r < ROUNDS; r++) compileTimes.push(time(() => compileMatcher(FOODS)));
const compileMs = median(compileTimes);
const compileMin = minimum(compileTimes);

// ---- the matcher from the precomputed index (built here, at "build time": not timed)
interface IndexFigures {
  label: string;
  startCold: number;
  start: number[];
  startParsed: number[];
  firstLine: number[];
  tag: number[];
  tagFloor: number[];
  fresh: number[];
  freshFloor: number[];
  bytes: number;
}
function benchIndex(label: string, foods: readonly Food[] | ReturnType<typeof slimFood>[]): IndexFigures {
  const index = buildNameIndex(foods);
  const json = JSON.stringify(index);
  const fig: IndexFigures = { label, startCold: 0, start: [], startParsed: [], firstLine: [], tag: [], tagFloor: [], fresh: [], freshFloor: [], bytes: json.length };
  fig.startCold = time(() => matcherFromIndex<FoodCore>(index, foods));
  for (let r = 0; r < ROUNDS; r++) {
    fig.start.push(time(() => matcherFromIndex<FoodCore>(index, foods)));
    fig.startParsed.push(time(() => matcherFromIndex<FoodCore>(JSON.parse(json) as NameIndex, foods)));
    const m = matcherFromIndex<FoodCore>(index, foods);
    fig.firstLine.push(time(() => (sink += m.match(lines[0]).length)));
  }
  for (let r = 0; r < ROUNDS; r++) {
    fig.tagFloor.push(time(floor));
    const m = matcherFromIndex<FoodCore>(index, foods);
    fig.tag.push(time(() => {
      for (const l of lines) sink += m.match(l).length;
    }));
    fig.freshFloor.push(time(() => {
      for (const l of distinct) sink += splitWords(foldText(l)).words.length;
    }));
    const f = matcherFromIndex<FoodCore>(index, foods);
    fig.fresh.push(time(() => {
      for (const l of distinct) sink += f.match(l).length;
    }));
  }
  return fig;
}
const indexed = [benchIndex('full list', FOODS), benchIndex("content script's list (English, slim)", FOODS.map((food) => slimFood(food)))];

// ---- bare walk over a median-size recipe page
const pages = readdirSync(recipeDir)
  .filter((n) => n.endsWith('.html'))
  .map((n) => ({ path: join(recipeDir, n), size: statSync(join(recipeDir, n)).size }))
  .sort((a, b) => a.size - b.size);
const page = pages[Math.floor(pages.length / 2)];
const { document } = parseHTML(readFileSync(page.path, 'utf8'));

interface WalkNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<WalkNode>;
}
const walkTree = () => {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, 4 /* SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += n.nodeValue ?? '';
  sink += text.length;
};
const walkRecursive = () => {
  let text = '';
  const visit = (node: WalkNode) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) visit(kids[i]);
  };
  visit((document.body ?? document.documentElement) as unknown as WalkNode);
  sink += text.length;
};
for (let i = 0; i < 3; i++) {
  walkTree();
  walkRecursive();
}
const treeTimes: number[] = [];
const recTimes: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  treeTimes.push(time(walkTree));
  recTimes.push(time(walkRecursive));
}
const treeMs = median(treeTimes);
const recMs = median(recTimes);
const treeMin = minimum(treeTimes);
const recMin = minimum(recTimes);

const f = (x: number) => x.toFixed(2);
const names = FOODS.reduce((n, food) => n + Object.values(food.names).reduce((m, l) => m + (l?.length ?? 0), 0), 0);
console.log(`foods ${FOODS.length}, names ${names}; ${ROUNDS} rounds, median (min)`);
console.log(`tagging: ${lines.length} lines (${LINES} cycled from ${gold.length} gold ingredient lines + ${titles.length} titles), ${(chars / 1e6).toFixed(2)} MB, no language given`);
console.log(`  floor (fold + split words): ${f(floorMs)} ms (${f(floorMin)})`);
console.log(`  tagger (matcher.match):     ${f(tagMs)} ms (${f(tagMin)})  = ${f(tagMs / (chars / 1e6))} ms/MB`);
console.log(`  ratio tagger/floor:         ${f(tagMs / floorMs)} (${f(tagMin / floorMin)})  budget <= 3`);
console.log(`  fresh matcher, ${distinct.length} distinct lines once: floor ${f(median(freshFloorTimes))} ms, tagger ${f(median(freshTagTimes))} ms, ratio ${f(median(freshTagTimes) / median(freshFloorTimes))}`);
console.log(`compile: cold (first in process) ${f(coldCompile)} ms wall, ${f(coldCpuMs)} ms CPU (all threads); warm ${f(compileMs)} ms (${f(compileMin)})`);
console.log(`bare walk of ${page.path.split('/').pop()} (${Math.round(page.size / 1024)} KB, the median of ${pages.length} recipe pages):`);
console.log(`  TreeWalker SHOW_TEXT: ${f(treeMs)} ms (${f(treeMin)}); recursive childNodes: ${f(recMs)} ms (${f(recMin)})`);
console.log(`  ratio compile(warm)/TreeWalker: ${f(compileMs / treeMs)} (${f(compileMin / treeMin)}); cold/TreeWalker: ${f(coldCompile / treeMs)}  budget <= 0.25`);
console.log(`  ratio compile(warm)/recursive:  ${f(compileMs / recMs)} (${f(compileMin / recMin)}); cold/recursive: ${f(coldCompile / recMs)}`);
for (const fig of indexed) {
  const start = median(fig.start);
  console.log(`matcher from the precomputed index, ${fig.label} (index ${Math.round(fig.bytes / 1024)} KB as JSON):`);
  console.log(`  start-up (index -> matcher ready): ${f(start * 1000)} µs (${f(minimum(fig.start) * 1000)}), cold ${f(fig.startCold * 1000)} µs; with JSON.parse of the index ${f(median(fig.startParsed) * 1000)} µs`);
  console.log(`  ratio start-up/TreeWalker: ${(start / treeMs).toFixed(4)} (${(minimum(fig.start) / treeMin).toFixed(4)}); with JSON.parse ${f(median(fig.startParsed) / treeMs)}  budget <= 0.25`);
  console.log(`  first line's match (opens the index): ${f(median(fig.firstLine))} ms (${f(minimum(fig.firstLine))}) = ${f(median(fig.firstLine) / treeMs)} x TreeWalker`);
  console.log(`  tagger, fresh matcher each round: ${f(median(fig.tag))} ms (${f(minimum(fig.tag))}), floor ${f(median(fig.tagFloor))} ms; ratio ${f(median(fig.tag) / median(fig.tagFloor))} (${f(minimum(fig.tag) / minimum(fig.tagFloor))})  budget <= 3`);
  console.log(`  fresh matcher, ${distinct.length} distinct lines once: floor ${f(median(fig.freshFloor))} ms, tagger ${f(median(fig.fresh))} ms, ratio ${f(median(fig.fresh) / median(fig.freshFloor))} (${f(minimum(fig.fresh) / minimum(fig.freshFloor))})`);
}
if (sink === -1) console.log('');
