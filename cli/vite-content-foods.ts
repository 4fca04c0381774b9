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
import type { Food } from '../engine/foods/types';
import { indexedFood, slimFood } from '../engine/foods/slim';
import { buildNameIndex } from '../engine/foods/name-index';
import { cardTexts } from '../engine/foods/food-info';
import { REASONS } from '../data/reasons';
import { SOURCES } from '../data/sources';

const ID = 'virtual:gut-lens/content-foods';
const RESOLVED = `\0${ID}`;

/** The module's source, from the generated food list (also for tests). */
export function contentFoodsModule(foods: readonly Food[]): string {
  const slim = foods.map((f) => slimFood(f));
  const texts = cardTexts(REASONS, SOURCES);
  return [
    `export default JSON.parse(${JSON.stringify(JSON.stringify(slim.map(indexedFood)))});`,
    `export const NAME_INDEX = ${JSON.stringify(buildNameIndex(slim))};`,
    `export const CARD_TEXTS = ${JSON.stringify(texts)};`,
  ].join('\n');
}

export function contentFoods(root: string): Plugin {
  const file = resolve(root, 'data', 'foods.generated.json');
  return {
    name: 'gut-lens-content-foods',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(file);
      return contentFoodsModule(JSON.parse(readFileSync(file, 'utf8')) as Food[]);
    },
  };
}
