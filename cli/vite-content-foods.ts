/**
 * A Vite plugin that serves `virtual:gut-lens/content-foods`: the bundled food list slimmed for
 * the content script at build time (engine/foods/slim.ts), its English names as a precomputed
 * name index (engine/foods/name-index.ts: the content script's matcher starts without compiling
 * anything), and the hover card's texts (reason labels, short citations) without the full
 * citation tables. The names are in the index only; each food keeps just a display name its id
 * does not give.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { virtualModule } from './vite-virtual-module';
import type { Food, FoodCore, Tag } from '../engine/foods/types';
import { indexedFood, slimFood } from '../engine/foods/slim';
import { buildNameIndex } from '../engine/foods/name-index';
import { cardTexts } from '../engine/foods/food-info';
import { SOURCES } from '../data/sources';

const ID = 'virtual:gut-lens/content-foods';

/**
 * A tag claim's tag and source follow from its reason (fiber-high: fiber, per EU 1924/2006), so the
 * shipped list names reasons only and the module puts tag and source back when it loads. Throws
 * if the data ever gives one reason two tags or two sources.
 */
function claimsByReason(foods: readonly FoodCore[]): Record<string, [Tag, string]> {
  const table: Record<string, [Tag, string]> = {};
  for (const food of foods) {
    for (const claim of food.tags) {
      const known = table[claim.reason];
      if (known && (known[0] !== claim.tag || known[1] !== claim.source)) {
        throw new Error(`content foods: reason ${claim.reason} has two tags or sources (${food.id})`);
      }
      table[claim.reason] = [claim.tag, claim.source];
    }
  }
  return table;
}

/** Fields of a shipped food's line, in order: id, fiber, flags (p plant, q quarter), plant group, reasons, display name, context rules. */
const FIELD = '|';
const LIST = ',';

/** One food as a line of text, trailing empty fields left out; throws when a value holds a separator. */
function foodLine(food: FoodCore, reasons: readonly string[]): string {
  const fields = [
    food.id,
    String(food.fiber),
    `${food.plant ? 'p' : ''}${food.quarterPlant ? 'q' : ''}`,
    food.plantGroup ?? '',
    food.tags.map((claim) => reasons.indexOf(claim.reason).toString(36)).join(''),
    food.names.en?.[0] ?? '',
    (food.contextRules ?? []).join(LIST),
  ];
  for (const f of fields) if (/[|\n]/.test(f)) throw new Error(`content foods: ${food.id} has a separator in "${f}"`);
  while (fields[fields.length - 1] === '') fields.pop();
  return fields.join(FIELD);
}

/**
 * The module's source, from the generated food list (also for tests). Foods ship as lines of text
 * (`black-bean|8.7|p||02`), not JSON objects: a tenth smaller after gzip (measured), and the
 * content script's size has a budget.
 */
export function contentFoodsModule(foods: readonly Food[]): string {
  const slim = foods.map((f) => slimFood(f));
  const texts = cardTexts(SOURCES);
  const claims = claimsByReason(slim);
  const reasons = Object.keys(claims);
  if (reasons.length > 36) throw new Error('content foods: more reasons than one base-36 digit names');
  const lines = slim.map(indexedFood).map((food) => foodLine(food, reasons));
  return [
    `const CLAIMS = ${JSON.stringify(reasons.map((reason) => [reason, ...claims[reason]]))};`,
    // One string, cut into lines on first need; a food is made from its line when first asked for
    // (engine/foods/food-list.ts): a page names a few dozen of the list's foods at most, and most
    // pages stop at the first look and need none.
    `const SHIPPED = ${JSON.stringify(lines.join('\n'))};`,
    `let lines = null;`,
    `const made = [];`,
    `const ids = [];`,
    `const idOf = (line) => { const bar = line.indexOf(${JSON.stringify(FIELD)}); return bar < 0 ? line : line.slice(0, bar); };`,
    `const lineAt = (i) => (lines ??= SHIPPED.split('\\n'))[i];`,
    `function makeFood(line) {`,
    `  const [id, fiber, flags = '', group, reasons = '', name, rules] = line.split(${JSON.stringify(FIELD)});`,
    `  const food = { id, plant: flags.includes('p'), fiber: Number(fiber), names: name ? { en: [name] } : {} };`,
    `  food.tags = [...reasons].map((digit) => { const [reason, tag, source] = CLAIMS[parseInt(digit, 36)]; return { tag, reason, source }; });`,
    `  if (group) food.plantGroup = group;`,
    `  if (flags.includes('q')) food.quarterPlant = true;`,
    `  if (rules) food.contextRules = rules.split(${JSON.stringify(LIST)});`,
    `  return food;`,
    `}`,
    `export const CONTENT_FOODS = {`,
    `  length: ${lines.length},`,
    `  at: (i) => (made[i] ??= makeFood(lineAt(i))),`,
    // Ids are asked for again each time the index reads a group of names holding one: cut once.
    `  idAt: (i) => (ids[i] ??= idOf(lineAt(i))),`,
    `};`,
    `export const NAME_INDEX = ${JSON.stringify(buildNameIndex(slim))};`,
    `export const CARD_TEXTS = ${JSON.stringify(texts)};`,
  ].join('\n');
}

export function contentFoods(root: string): Plugin {
  const file = resolve(root, 'data', 'foods.generated.json');
  return virtualModule(ID, () => [file], () => contentFoodsModule(JSON.parse(readFileSync(file, 'utf8')) as Food[]));
}
