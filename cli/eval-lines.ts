/**
 * `npx tsx cli/eval-lines.ts [--verbose] [--no-lang] [--sure-only] [--no-plurals] [--no-compounds]`:
 * precision, recall and F1 per gut tag of the matcher on the corpus's labelled ingredient lines
 * and product titles (see cli/lib/score-lines.ts for the groups and targets).
 *   --verbose       print every miss (-tag) and false hit (+tag) per group
 *   --no-lang       do not pass the labelled language to the matcher
 *   --sure-only     leave out the items labelled `unsure`
 *   --no-plurals / --no-compounds   turn off the singular guesses / German-Dutch compound heads
 *   --foods FILE    score a food list JSON (same shape as data/foods.generated.json) instead of FOODS
 */
import { readFileSync } from 'node:fs';
import { FOODS as BUNDLED } from '../data/foods';
import type { Food } from '../engine/foods/types';
import { compileMatcher } from '../engine/foods/matcher';
import { corpusDir } from '../tests/corpus-path';
import { formatErrors, formatScores, loadLabels, predict, scoreAll } from './lib/score-lines';

const argv = process.argv.slice(2);
const args = new Set(argv);
const foodsFile = argv.includes('--foods') ? argv[argv.indexOf('--foods') + 1] : undefined;
const FOODS: readonly Food[] = foodsFile ? (JSON.parse(readFileSync(foodsFile, 'utf8')) as Food[]) : BUNDLED;
const dir = corpusDir();
if (!dir) {
  console.error('shared corpus not found: set GUT_LENS_CORPUS or put shared/ beside the checkout');
  process.exit(2);
}
const matcher = compileMatcher(FOODS, { plurals: !args.has('--no-plurals'), compounds: !args.has('--no-compounds') });
const items = loadLabels(dir);
const predictions = predict(items, matcher, !args.has('--no-lang'));
const scores = scoreAll(predictions, !args.has('--sure-only'));

console.log(`foods in list: ${FOODS.length}; labelled items: ${items.length}`);
console.log(formatScores(scores));
if (args.has('--verbose')) {
  for (const s of scores) {
    if (s.errors.length === 0 || s.group.name.startsWith('  ')) continue;
    console.log(`\n== ${s.group.name}: ${s.errors.length} lines with a wrong tag`);
    console.log(formatErrors(s));
  }
}
