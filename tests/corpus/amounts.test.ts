/**
 * Amounts over every gold ingredient line of the corpus recipes (recipes/*.json `ingredients`):
 * how many lines that start with a number get an amount, whether simple metric and US-spoon lines
 * agree with an independent regular expression, and how many English lines get a unit. Then fiber
 * per serving over every recipe with the bundled food list, with five named recipes printed for a
 * human to check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOODS } from '../../data/foods';
import { parseQuantity } from '../../engine/amounts/parse-quantity';
import { compileMatcher } from '../../engine/foods/matcher';
import { LANGS, type Lang } from '../../engine/foods/types';
import { estimateFiber } from '../../engine/summary/fiber-per-serving';
import { parseServings } from '../../engine/summary/servings';
import { requireCorpus } from '../corpus-path';

interface GoldRecipe {
  file: string;
  title: string;
  lang: string;
  yields: string | number | null;
  ingredients: string[];
}

const c = requireCorpus();

function loadRecipes(dir: string): GoldRecipe[] {
  const folder = join(dir, 'recipes');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const j = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Partial<GoldRecipe> & { language?: string };
      return {
        file,
        title: j.title ?? file,
        lang: (j.language ?? '').slice(0, 2).toLowerCase(),
        yields: j.yields ?? null,
        ingredients: Array.isArray(j.ingredients) ? j.ingredients : [],
      };
    });
}

function asLang(lang: string): Lang | undefined {
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : undefined;
}

const STARTS_WITH_NUMBER = /^\s*[\d½⅓⅔¼¾⅛⅜⅝⅞]/;
/** Independent reading of the plainest metric lines: "200 g", "1,5 kg", "400ml". */
const PLAIN_METRIC = /^(\d+(?:[.,]\d+)?) ?(g|kg|ml|l)(?![\p{L}])/iu;
/** Independent reading of the plainest US lines: "2 cups", "1/2 tsp", "1 1/2 tablespoons". */
const PLAIN_US = /^(?:(\d+) )?(\d+)(?:\/(\d+))? (cups?|tbsp|tablespoons?|tsp|teaspoons?)(?![\p{L}])/iu;
const US_UNITS: Record<string, string> = { cup: 'cup', cups: 'cup', tbsp: 'tbsp', tablespoon: 'tbsp', tablespoons: 'tbsp', tsp: 'tsp', teaspoon: 'tsp', teaspoons: 'tsp' };

describe.skipIf('skip' in c)('amounts on the gold ingredient lines', () => {
  let recipes: GoldRecipe[] = [];
  beforeAll(() => {
    if ('dir' in c) recipes = loadRecipes(c.dir);
  });

  it('finds an amount on nearly every line that starts with a number', () => {
    let lines = 0;
    let found = 0;
    const misses: string[] = [];
    for (const r of recipes) {
      for (const line of r.ingredients) {
        if (!STARTS_WITH_NUMBER.test(line)) continue;
        lines++;
        const q = parseQuantity(line, asLang(r.lang));
        if (q.amount !== null && Number.isFinite(q.amount) && q.amount > 0) found++;
        else misses.push(line);
      }
    }
    console.info(`lines starting with a number: ${lines}, amount found: ${found} (${((100 * found) / lines).toFixed(1)}%)`, misses.slice(0, 10));
    expect(lines).toBeGreaterThan(2000);
    expect(found / lines).toBeGreaterThanOrEqual(0.995);
  });

  it('agrees with a plain reading of simple metric and US spoon/cup lines', () => {
    let checked = 0;
    let agree = 0;
    const wrong: string[] = [];
    for (const r of recipes) {
      const lang = asLang(r.lang);
      for (const line of r.ingredients) {
        const q = parseQuantity(line, lang);
        const metric = PLAIN_METRIC.exec(line);
        const us = PLAIN_US.exec(line);
        let expected: { amount: number; unit: string } | null = null;
        if (metric && !/^\d+,\d{3}/.test(line)) {
          expected = { amount: Number(metric[1].replace(',', '.')), unit: metric[2].toLowerCase() };
        } else if (us) {
          const whole = us[1] ? Number(us[1]) : 0;
          const value = us[3] ? whole + Number(us[2]) / Number(us[3]) : whole + Number(us[2]);
          expected = { amount: value, unit: US_UNITS[us[4].toLowerCase()] };
        }
        if (!expected || /\s(?:plus|\+)\s/i.test(line)) continue; // "1/3 cup plus 1 tsp" is read as a sum
        // a size followed by a container ("400g can") is the container's size, checked elsewhere
        const amount = q.each && q.amount === 1 ? q.each.amount : q.amount;
        const unit = q.each && q.amount === 1 ? q.each.unit : q.unit;
        checked++;
        if (amount !== null && Math.abs(amount - expected.amount) < 1e-9 && unit === expected.unit) agree++;
        else wrong.push(`${line} -> ${amount} ${unit}`);
      }
    }
    console.info(`plain metric/US lines: ${checked}, agree: ${agree} (${((100 * agree) / checked).toFixed(1)}%)`, wrong.slice(0, 10));
    expect(checked).toBeGreaterThan(1200);
    expect(agree / checked).toBeGreaterThanOrEqual(0.99);
  });

  it('recognises a unit on most English lines that start with a number', () => {
    let lines = 0;
    let amount = 0;
    let unit = 0;
    for (const r of recipes.filter((x) => x.lang === 'en')) {
      for (const line of r.ingredients) {
        if (!STARTS_WITH_NUMBER.test(line)) continue;
        lines++;
        const q = parseQuantity(line, 'en');
        if (q.amount !== null) amount++;
        if (q.unit !== null) unit++;
      }
    }
    console.info(`English lines starting with a number: ${lines}, amount: ${((100 * amount) / lines).toFixed(1)}%, unit: ${((100 * unit) / lines).toFixed(1)}% (the rest are bare counts: "2 eggs")`);
    expect(amount / lines).toBeGreaterThanOrEqual(0.995);
    expect(unit / lines).toBeGreaterThanOrEqual(0.9);
  });

  it('reads servings from most yields', () => {
    const withServings = recipes.filter((r) => parseServings(r.yields) !== undefined).length;
    console.info(`recipes: ${recipes.length}, servings read: ${withServings}`);
    expect(withServings / recipes.length).toBeGreaterThanOrEqual(0.88);
  });

  it('estimates fiber per serving for every recipe, with sane numbers', () => {
    const matcher = compileMatcher(FOODS);
    const perServing: number[] = [];
    for (const r of recipes) {
      const result = estimateFiber(r.ingredients, parseServings(r.yields), matcher, FOODS, { lang: asLang(r.lang) });
      expect(Number.isFinite(result.totalFiberG), r.file).toBe(true);
      expect(result.totalFiberG, r.file).toBeGreaterThanOrEqual(0);
      if (result.perServingG !== null) perServing.push(result.perServingG);
      for (const line of result.perLine) if (line.grams !== null) expect(line.grams, line.text).toBeLessThanOrEqual(5000);
    }
    perServing.sort((a, b) => a - b);
    const median = perServing[Math.floor(perServing.length / 2)];
    console.info(`fiber per serving over ${perServing.length} recipes: median ${median.toFixed(1)} g, max ${perServing[perServing.length - 1].toFixed(1)} g`);
    // Typical home recipes carry 1-8 g per serving; a median outside 0.5-10 g means a broken reading.
    expect(median).toBeGreaterThan(0.5);
    expect(median).toBeLessThan(10);
  });

  it('prints five recipes for a human to check', () => {
    const matcher = compileMatcher(FOODS);
    const samples = [
      'nutritionfacts.org__nutritionfacts_1.json',
      'elavegan.com__elavegan_1.json',
      'feelgoodfoodie.net__feelgoodfoodie_1.json',
      'myplate.gov__usdamyplate_1.json',
      'budgetbytes.com__budgetbytes_groups.json',
    ];
    for (const file of samples) {
      const r = recipes.find((x) => x.file === file);
      if (!r) continue;
      const servings = parseServings(r.yields);
      const e = estimateFiber(r.ingredients, servings, matcher, FOODS, { lang: asLang(r.lang) });
      const lines = e.perLine
        .filter((l) => (l.fiberG ?? 0) >= 0.5)
        .map((l) => `    ${l.fiberG?.toFixed(1)} g from ${l.grams?.toFixed(0)} g ${l.foodId}${l.estimated ? ' (est.)' : ''}: ${l.text}`);
      console.info(
        `${r.title} [${file}] yields ${JSON.stringify(r.yields)}: total ${e.totalFiberG.toFixed(1)} g, ` +
          `per serving ${e.perServingG === null ? 'n/a' : e.perServingG.toFixed(1) + ' g'}${e.approximate ? ' (about)' : ''}\n${lines.join('\n')}`,
      );
      expect(e.totalFiberG).toBeGreaterThan(0);
    }
  });
});
