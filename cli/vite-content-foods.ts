/**
 * A Vite plugin that serves `virtual:gut-lens/content-foods`: the bundled food list slimmed for
 * the content script at build time (engine/foods/slim.ts), and the hover card's texts (reason
 * labels, short citations) without the full citation tables.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Food } from '../engine/foods/types';
import { slimFood } from '../engine/foods/slim';
import { cardTexts } from '../engine/foods/food-info';
import { REASONS } from '../data/reasons';
import { SOURCES } from '../data/sources';

const ID = 'virtual:gut-lens/content-foods';
const RESOLVED = `\0${ID}`;

export function contentFoods(root: string): Plugin {
  const file = resolve(root, 'data', 'foods.generated.json');
  return {
    name: 'gut-lens-content-foods',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(file);
      const foods = (JSON.parse(readFileSync(file, 'utf8')) as Food[]).map((f) => slimFood(f));
      const texts = cardTexts(REASONS, SOURCES);
      return [
        `export default JSON.parse(${JSON.stringify(JSON.stringify(foods))});`,
        `export const CARD_TEXTS = ${JSON.stringify(texts)};`,
      ].join('\n');
    },
  };
}
