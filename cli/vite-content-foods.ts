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

/** Foods decoded in one step of a slice (`decodeContentFoods`). */
const FOODS_A_CHUNK = 100;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The module's source, from the generated food list (also for tests). */
export function contentFoodsModule(foods: readonly Food[]): string {
  const slim = foods.map((f) => slimFood(f));
  const texts = cardTexts(SOURCES);
  // Short keys, defaults left out (no tags, no names, not a plant); the module puts them back on load.
  const shipped = slim.map(indexedFood).map(({ id, fiber, tags, names, plant, plantGroup, quarterPlant, contextRules }) => ({
    i: id,
    f: fiber,
    ...(plant ? { p: 1 } : {}),
    ...(plantGroup ? { g: plantGroup } : {}),
    ...(quarterPlant ? { q: 1 } : {}),
    ...(tags.length ? { t: tags.map((claim) => claim.reason) } : {}),
    ...(Object.keys(names).length ? { n: names } : {}),
    ...(contextRules?.length ? { c: contextRules } : {}),
  }));
  return [
    `const CLAIMS = ${JSON.stringify(claimsByReason(slim))};`,
    // Decoded on first need, not when the script loads: most pages stop at the first look and never
    // need it. In chunks, so that a caller working in slices can decode it a chunk a step.
    `const SHIPPED = ${JSON.stringify(chunks(shipped, FOODS_A_CHUNK).map((chunk) => JSON.stringify(chunk)))};`,
    `const decoded = [];`,
    `let chunk = 0;`,
    `function decodeChunk() { for (const f of JSON.parse(SHIPPED[chunk++])) {`,
    `  const food = { id: f.i, plant: f.p === 1, fiber: f.f, names: f.n || {} };`,
    `  food.tags = (f.t || []).map((reason) => ({ tag: CLAIMS[reason][0], reason, source: CLAIMS[reason][1] }));`,
    `  if (f.g) food.plantGroup = f.g;`,
    `  if (f.q) food.quarterPlant = true;`,
    `  if (f.c) food.contextRules = f.c;`,
    `  decoded.push(food);`,
    `} }`,
    `export function decodeContentFoods() { if (chunk < SHIPPED.length) decodeChunk(); return chunk < SHIPPED.length; }`,
    `export function contentFoods() { while (chunk < SHIPPED.length) decodeChunk(); return decoded; }`,
    `export const NAME_INDEX = ${JSON.stringify(buildNameIndex(slim))};`,
    `export const CARD_TEXTS = ${JSON.stringify(texts)};`,
  ].join('\n');
}

export function contentFoods(root: string): Plugin {
  const file = resolve(root, 'data', 'foods.generated.json');
  return virtualModule(ID, () => [file], () => contentFoodsModule(JSON.parse(readFileSync(file, 'utf8')) as Food[]));
}
