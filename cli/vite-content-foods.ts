/**
 * A Vite plugin that serves `virtual:gut-lens/content-foods`: the bundled food list slimmed for
 * the content script at build time (see cli/lib/slim-foods.ts), read from data/foods.generated.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Food } from '../engine/foods/types';
import { slimFood } from '../engine/foods/slim';

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
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(foods))});`;
    },
  };
}
