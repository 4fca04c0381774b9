/**
 * The non-English name files (data/foods/names/<lang>.json, issue 3): every id exists, names are
 * clean, no name belongs to two foods in one language, a shared word keeps the English owner's
 * food, and everyday ingredient lines in each language find the foods they name, while unit words
 * and everyday non-food words ("c. à café", "xícara (chá)", "gehakt") find nothing.
 *
 * The food list is built here from the sources and the name files (not read from
 * data/foods.generated.json), so the checks hold for the files as committed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFoods } from '../../data/foods/build';
import { FOOD_SOURCES } from '../../data/foods/index';
import { readNameFiles } from '../../data/foods/name-files';
import { englishNames, foldName } from '../../data/foods/names';
import { loadSr28 } from '../../data/foods/sr28';
import { compileMatcher } from '../../engine/foods/matcher';
import type { Lang } from '../../engine/foods/types';
import { repoRoot } from '../corpus-path';

const LANGS = ['es', 'fr', 'de', 'it', 'nl', 'pt'] as const;
type NameLang = (typeof LANGS)[number];

const namesDir = resolve(repoRoot, 'data', 'foods', 'names');
const ids = new Set(FOOD_SOURCES.map((s) => s.id));
const files = new Map<NameLang, Record<string, unknown>>(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(resolve(namesDir, `${lang}.json`), 'utf8')) as Record<string, unknown>]),
);
const foods = buildFoods({ sources: FOOD_SOURCES, sr28: loadSr28(), names: readNameFiles(namesDir, ids) });
const matcher = compileMatcher(foods);

/**
 * Words where the English list gives a word another food than the language means; the matcher
 * reads one name for one food, so these find the English food (tags agree or are empty):
 * Italian "latte" (milk, English: coffee), "farina" (flour, English: farina the cereal).
 */
const SHARED_WITH_OTHER_SENSE = new Set(['latte', 'farina']);

function idsFound(text: string, lang: Lang): string[] {
  return matcher.match(text, { lang }).map((h) => h.id);
}

describe('name files: shape', () => {
  for (const lang of LANGS) {
    it(`${lang}: an object of known ids to lower-case, trimmed, non-empty names`, () => {
      const file = files.get(lang)!;
      expect(Object.keys(file).length).toBeGreaterThan(400);
      for (const [id, names] of Object.entries(file)) {
        expect(ids.has(id), `${lang}: unknown id ${id}`).toBe(true);
        expect(Array.isArray(names), `${lang}: ${id}`).toBe(true);
        expect((names as unknown[]).length, `${lang}: ${id} has no names`).toBeGreaterThan(0);
        for (const name of names as unknown[]) {
          expect(typeof name, `${lang}: ${id}`).toBe('string');
          const s = name as string;
          expect(s.length, `${lang}: ${id}`).toBeGreaterThan(0);
          expect(s, `${lang}: ${id}`).toBe(s.toLowerCase());
          expect(s, `${lang}: ${id}`).toBe(s.trim().replace(/\s+/g, ' '));
          expect(s, `${lang}: ${id}: no brackets in a name`).not.toMatch(/[()[\]]/);
        }
      }
    });

    it(`${lang}: no name belongs to two foods`, () => {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const [id, names] of Object.entries(files.get(lang)!)) {
        for (const name of names as string[]) {
          const key = foldName(name);
          const other = owner.get(key);
          if (other && other !== id) clashes.push(`"${name}": ${other} / ${id}`);
          owner.set(key, id);
        }
      }
      expect(clashes).toEqual([]);
    });
  }

  it('a name that is also an English name names the same food (or is a known other sense)', () => {
    const english = new Map<string, string>();
    for (const source of FOOD_SOURCES) for (const name of englishNames(source)) english.set(foldName(name), source.id);
    const mismatches: string[] = [];
    for (const [lang, file] of files) {
      for (const [id, names] of Object.entries(file)) {
        for (const name of names as string[]) {
          const key = foldName(name);
          const en = english.get(key);
          if (en && en !== id && !SHARED_WITH_OTHER_SENSE.has(key)) mismatches.push(`${lang} "${name}": ${id}, English ${en}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('every language names the foods the spec tags, in singular and plural', () => {
    const core = ['chickpea', 'lentil', 'black-bean', 'kidney-bean', 'green-pea', 'oats', 'barley', 'whole-wheat-flour',
      'garlic', 'onion', 'leek', 'scallion', 'shallot', 'asparagus', 'artichoke', 'banana', 'yogurt', 'kefir', 'sauerkraut',
      'almond', 'walnut', 'hazelnut', 'flaxseed', 'chia-seed', 'avocado', 'raspberry', 'pear', 'parmesan', 'feta', 'sour-cream'];
    for (const lang of LANGS) {
      const file = files.get(lang)!;
      for (const id of core) expect((file[id] as string[] | undefined)?.length ?? 0, `${lang}: ${id}`).toBeGreaterThan(0);
    }
  });
});

/** [line, ids expected among the hits] */
type Case = [string, string[]];

const FINDS: Record<NameLang, Case[]> = {
  es: [
    ['400 g de garbanzos cocidos', ['chickpea']],
    ['1 taza de frijoles negros', ['black-bean']],
    ['200 g de lentejas pardinas', ['lentil']],
    ['2 dientes de ajo picados', ['garlic']],
    ['1 cebolla morada', ['red-onion']],
    ['2 puerros', ['leek']],
    ['3 cebolletas', ['scallion']],
    ['100 g de copos de avena', ['oats']],
    ['250 g de harina integral', ['whole-wheat-flour']],
    ['1 yogur griego', ['greek-yogurt']],
    ['2 plátanos maduros', ['banana']],
    ['un puñado de nueces', ['walnut']],
    ['1 aguacate', ['avocado']],
    ['200 g de guisantes', ['green-pea']],
    ['2 alcachofas', ['artichoke']],
    ['100 g de alubias blancas', ['cannellini-bean']],
  ],
  fr: [
    ['400 g de pois chiches', ['chickpea']],
    ['200 g de lentilles vertes', ['lentil']],
    ["3 gousses d'ail", ['garlic']],
    ['2 oignons', ['onion']],
    ['3 poireaux', ['leek']],
    ['2 échalotes', ['shallot']],
    ["100 g de flocons d'avoine", ['oats']],
    ['200 g de farine complète', ['whole-wheat-flour']],
    ['1 yaourt nature', ['yogurt']],
    ['20 cl de crème fraîche', ['creme-fraiche']],
    ['100 g de noix', ['walnut']],
    ['2 bananes', ['banana']],
    ['150 g de petits pois', ['green-pea']],
    ['200 g de choucroute crue', ['sauerkraut']],
    ["1 botte d'asperges vertes", ['asparagus']],
    ['50 g de graines de lin', ['flaxseed']],
  ],
  de: [
    ['1 Dose Kichererbsen', ['chickpea']],
    ['200 g rote Linsen', ['red-lentil']],
    ['2 Knoblauchzehen', ['garlic']],
    ['1 rote Zwiebel', ['red-onion']],
    ['1 Bund Frühlingszwiebeln', ['scallion']],
    ['3 Lauchzwiebeln', ['scallion']],
    ['100 g Haferflocken', ['oats']],
    ['250 g Weizenmehl', ['all-purpose-flour']],
    ['200 g Vollkornmehl', ['whole-wheat-flour']],
    ['200 g Dinkelmehl', ['spelt-flour']],
    ['200 g Schmand', ['sour-cream']],
    ['250 g Magerquark', ['quark']],
    ['150 g Naturjoghurt', ['yogurt']],
    ['1 Stange Lauch', ['leek']],
    ['2 EL Leinsamen', ['flaxseed']],
    ['500 g Sauerkraut', ['sauerkraut']],
  ],
  it: [
    ['400 g di ceci', ['chickpea']],
    ['200 g di lenticchie', ['lentil']],
    ["2 spicchi d'aglio", ['garlic']],
    ['1 cipolla rossa', ['red-onion']],
    ['3 cipollotti', ['scallion']],
    ['2 porri', ['leek']],
    ['200 g di farina integrale', ['whole-wheat-flour']],
    ["100 g di fiocchi d'avena", ['oats']],
    ['150 g di yogurt greco', ['greek-yogurt']],
    ['50 g di parmigiano grattugiato', ['parmesan']],
    ['100 g di gorgonzola', ['gorgonzola']],
    ['200 g di piselli', ['green-pea']],
    ['4 carciofi', ['artichoke']],
    ['100 g di noci', ['walnut']],
    ['400 g di fagioli cannellini', ['cannellini-bean']],
    ['200 g di orzo perlato', ['barley']],
  ],
  nl: [
    ['1 blik kikkererwten', ['chickpea']],
    ['200 g rode linzen', ['red-lentil']],
    ['2 teentjes knoflook', ['garlic']],
    ['3 uien', ['onion']],
    ['1 rode ui', ['red-onion']],
    ['1 bosui', ['scallion']],
    ['2 preien', ['leek']],
    ['100 g havermout', ['oats']],
    ['200 g volkorenmeel', ['whole-wheat-flour']],
    ['250 g bloem', ['all-purpose-flour']],
    ['150 ml zure room', ['sour-cream']],
    ['250 g kwark', ['quark']],
    ['500 g griekse yoghurt', ['greek-yogurt']],
    ['100 g walnoten', ['walnut']],
    ['300 g doperwten', ['green-pea']],
    ['2 el lijnzaad', ['flaxseed']],
  ],
  pt: [
    ['1 xícara de grão-de-bico cozido', ['chickpea']],
    ['2 xícaras de feijão preto', ['black-bean']],
    ['1 xícara de lentilha', ['lentil']],
    ['3 dentes de alho', ['garlic']],
    ['1 cebola roxa', ['red-onion']],
    ['2 alhos-porós', ['leek']],
    ['cebolinha picada', ['scallion']],
    ['1 xícara de aveia em flocos', ['oats']],
    ['2 xícaras de farinha de trigo integral', ['whole-wheat-flour']],
    ['1 pote de iogurte natural', ['yogurt']],
    ['2 bananas maduras', ['banana']],
    ['1 abacate', ['avocado']],
    ['1 lata de ervilha', ['green-pea']],
    ['1/2 xícara de castanha-de-caju', ['cashew']],
    ['100 g de queijo parmesão ralado', ['parmesan']],
    ['2 colheres de sopa de linhaça', ['flaxseed']],
  ],
};

/** [line, exactly the ids found] — unit words and everyday words that must not become foods. */
const EXACT: Record<NameLang, Case[]> = {
  es: [['1 cucharadita de café de sal', ['salt']], ['Sal y pimienta al gusto', ['salt', 'black-pepper']]],
  fr: [['1 c. à café de sel', ['salt']], ['1 noix de beurre', ['butter']], ['Sel et poivre', ['salt', 'black-pepper']]],
  de: [['1 TL Salz', ['salt']], ['1 EL grob gehackte Haselnüsse', ['hazelnut']]],
  it: [['sale e pepe q.b.', ['salt', 'black-pepper']], ['1 noce di burro', ['butter']]],
  nl: [['1 el geroosterde pinda\'s (gehakt)', ['peanut']], ['zout en peper', ['salt', 'black-pepper']]],
  pt: [['2 xícaras (chá) de água', ['water']], ['1 colher (chá) de sal', ['salt']]],
};

describe('name files: everyday lines find their foods', () => {
  for (const lang of LANGS) {
    it(`${lang}: finds the named foods`, () => {
      for (const [line, expected] of FINDS[lang]) expect(idsFound(line, lang), `${lang}: ${line}`).toEqual(expect.arrayContaining(expected));
    });
    it(`${lang}: unit words and everyday words are not foods`, () => {
      for (const [line, expected] of EXACT[lang]) expect(idsFound(line, lang), `${lang}: ${line}`).toEqual(expected);
    });
  }

  it('tags come through: German chickpeas are fiber and prebiotic, Dutch kefir is live cultures', () => {
    const [chickpea] = matcher.match('1 Dose Kichererbsen', { lang: 'de' });
    expect(chickpea.tags).toEqual(expect.arrayContaining(['fiber', 'prebiotic']));
    const [kefir] = matcher.match('250 ml kefir', { lang: 'nl' });
    expect(kefir.tags).toContain('probiotic');
  });

  it('other languages\' names do not add foods to English lines', () => {
    expect(idsFound('250g coles durum wheat macaroni pasta', 'en')).toEqual(['macaroni', 'pasta']);
    expect(idsFound('slice the onion and then the celery', 'en')).toEqual(['onion', 'celery']);
  });
});
