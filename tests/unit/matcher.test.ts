import { describe, expect, it } from 'vitest';
import { FOODS } from '../../data/foods';
import { compileMatcher } from '../../engine/foods/matcher';
import { foldText, splitWords } from '../../engine/foods/normalize';
import type { ContextRule, Food, Lang, Tag } from '../../engine/foods/types';

/** A fixture food: tags and names per language, nothing else that matters to the matcher. */
function food(id: string, tags: Tag[], names: Partial<Record<Lang, string[]>>, contextRules?: ContextRule[]): Food {
  return {
    id,
    category: 'test',
    plant: tags.includes('plant'),
    ndb: '00000',
    fiber: 0,
    tags: tags.map((tag) => ({ tag, reason: 'test', source: 'test' })),
    names,
    contextRules,
  };
}

const FIXTURE: Food[] = [
  food('potato', ['plant'], { en: ['potato', 'potatoes'], de: ['kartoffel', 'kartoffeln'] }, ['resistant-starch-when-cooled']),
  food('sweet-potato', ['fiber', 'plant'], { en: ['sweet potato', 'sweet potatoes'] }),
  food('butter', [], { en: ['butter'], de: ['butter'] }),
  food('peanut-butter', ['fiber', 'plant'], { en: ['peanut butter'] }),
  food('garlic', ['prebiotic', 'plant'], { en: ['garlic', 'garlic clove', 'garlic cloves'], fr: ['ail'], de: ['knoblauch'], nl: ['knoflook'] }),
  food('garlic-powder', ['plant'], { en: ['garlic powder'] }),
  food('milk', [], { en: ['milk'], de: ['milch'] }),
  food('coconut-milk', ['plant'], { en: ['coconut milk'] }),
  food('egg', [], { en: ['egg', 'eggs'] }),
  food('eggplant', ['plant'], { en: ['eggplant', 'eggplants'] }),
  food('pasta', ['plant'], { en: ['pasta'] }),
  food('whole-wheat-pasta', ['fiber', 'prebiotic', 'plant'], { en: ['whole-wheat pasta', 'whole wheat pasta'] }),
  food('black-eyed-pea', ['fiber', 'prebiotic', 'plant'], { en: ['black-eyed peas', 'black-eyed pea'] }),
  food('greek-yogurt', ['probiotic'], { en: ['greek yogurt'], de: ['griechischer joghurt'] }),
  food('yogurt', ['probiotic'], { en: ['yogurt'], de: ['joghurt'], nl: ['yoghurt'] }),
  food('creme-fraiche', ['probiotic'], { en: ['crème fraîche'], fr: ['crème fraîche'] }),
  food('shallot', ['prebiotic', 'plant'], { en: ['shallot'], es: ['chalota'] }),
  food('rice', ['plant'], { en: ['rice'], es: ['arroz'], de: ['reis'], nl: ['rijst'] }, ['resistant-starch-when-cooled']),
  food('sauerkraut', ['probiotic', 'plant'], { en: ['sauerkraut'], de: ['sauerkraut'] }, ['dead-when-canned']),
  food('pickle', ['plant'], { en: ['pickles', 'pickle'], de: ['gurken', 'essiggurken'] }, ['live-only-when-fermented']),
  food('date', ['fiber', 'plant'], { en: ['dates', 'date'] }),
  food('blackberry', ['fiber', 'plant'], { en: ['blackberries'], it: ['more'] }),
  food('cream', [], { en: ['cream'], nl: ['room'] }),
  food('whole-wheat-flour', ['fiber', 'prebiotic', 'plant'], { en: ['whole wheat flour'], de: ['vollkornmehl'] }),
  food('flour', [], { en: ['flour'], de: ['mehl'] }),
  food('salt', [], { en: ['salt'] }),
];

const matcher = compileMatcher(FIXTURE);
const ids = (text: string, lang?: string) => matcher.match(text, { lang }).map((h) => h.id);

describe('normalize', () => {
  it('folds case and accents without changing length', () => {
    const text = 'Crème Fraîche ÉPINARDS Über';
    const folded = foldText(text);
    expect(folded).toBe('creme fraiche epinards uber');
    expect(folded.length).toBe(text.length);
  });

  it('splits on hyphens, apostrophes, line breaks and punctuation, keeping offsets', () => {
    const { words, starts, ends } = splitWords(foldText("2 black-eyed peas, d'amandes\nGreek"));
    expect(words).toEqual(['2', 'black', 'eyed', 'peas', 'd', 'amandes', 'greek']);
    expect(starts[1]).toBe(2);
    expect(ends[3]).toBe(17);
  });
});

describe('compileMatcher: longest match first', () => {
  it.each([
    ['2 sweet potatoes, cubed', ['sweet-potato']],
    ['1/2 cup peanut butter', ['peanut-butter']],
    ['1 tsp garlic powder', ['garlic-powder']],
    ['1 can coconut milk', ['coconut-milk']],
    ['1 large eggplant', ['eggplant']],
    ['8 oz whole-wheat pasta', ['whole-wheat-pasta']],
    ['8 oz whole wheat pasta', ['whole-wheat-pasta']],
    ['2 potatoes and 2 tbsp butter', ['potato', 'butter']],
    ['2 eggs', ['egg']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('matches whole words only', () => {
    expect(ids('eggs benedict with saltines')).toEqual(['egg']);
    expect(ids('buttermilk')).toEqual([]);
  });
});

describe('compileMatcher: offsets into the original text', () => {
  it('returns the original spelling and exact ranges', () => {
    const text = '  1 cup GREEK\nYogurt (or Crème  Fraîche)';
    const hits = matcher.match(text);
    expect(hits.map((h) => h.id)).toEqual(['greek-yogurt', 'creme-fraiche']);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.match);
    expect(hits[0].match).toBe('GREEK\nYogurt');
    expect(hits[1].match).toBe('Crème  Fraîche');
  });

  it('handles hyphens and line breaks inside names', () => {
    const text = '1 can Black-Eyed\npeas';
    const [hit] = matcher.match(text);
    expect(hit.id).toBe('black-eyed-pea');
    expect(hit.match).toBe('Black-Eyed\npeas');
    expect(hit.start).toBe(6);
  });

  it('gives the canonical English name and the food tags', () => {
    const [hit] = matcher.match('3 gousses d’ail');
    expect(hit).toMatchObject({ id: 'garlic', name: 'garlic', match: 'ail', tags: ['prebiotic', 'plant'] });
  });
});

describe('compileMatcher: plurals and compounds', () => {
  it('guesses a singular the list does not name', () => {
    expect(ids('4 shallots, sliced')).toEqual(['shallot']);
    expect(ids('2 chalotas', 'es')).toEqual(['shallot']);
    expect(ids('3 sweet potato', 'en')).toEqual(['sweet-potato']);
  });

  it('reads a German compound by its head, longest head first', () => {
    expect(ids('200 g Dinkelvollkornmehl', 'de')).toEqual(['whole-wheat-flour']);
    expect(ids('150 g Naturjoghurt', 'de')).toEqual(['yogurt']);
    expect(ids('200 g Weizenmehl', 'de')).toEqual(['flour']);
  });

  it('reads a food before a part word in one German or Dutch word', () => {
    expect(ids('1 Knoblauchzehe, gehackt', 'de')).toEqual(['garlic']);
    expect(ids('3 Knoblauchzehen', 'de')).toEqual(['garlic']);
    expect(ids('2 knoflookteentjes', 'nl')).toEqual(['garlic']);
    expect(ids('1 Knoblauchpulver', 'de')).toEqual([]);
  });

  it('does not read compounds in English text', () => {
    expect(ids('200 g Dinkelvollkornmehl', 'en')).toEqual([]);
  });
});

describe('compileMatcher: non-food senses', () => {
  it('ignores the date on a label but not dates in a recipe', () => {
    expect(ids('Best before date: see lid')).toEqual([]);
    expect(ids('keeps up to date')).toEqual([]);
    expect(ids('6 Medjool dates, pitted')).toEqual(['date']);
  });

  it('keeps another language’s food name from matching an everyday word', () => {
    expect(ids('butter at room temperature, plus more to taste', 'en')).toEqual(['butter']);
    expect(ids('250 g more fresche', 'it')).toEqual(['blackberry']);
    expect(ids('200 ml room', 'nl')).toEqual(['cream']);
  });

  it('does not count the food inside a product named "head of food" in Romance languages', () => {
    expect(ids("2 c. à soupe d'huile d'olive", 'fr')).toEqual([]);
    expect(ids("1 c. à café d'huile d'ail", 'fr')).toEqual([]);
    expect(ids('3 gousses d’ail et 1 c. à soupe de vinaigre', 'fr')).toEqual(['garlic']);
    expect(ids('2 chalotas picadas', 'es')).toEqual(['shallot']);
  });

  it('drops a food said not to be there', () => {
    expect(ids('1 cup heavy cream (not yogurt)')).toEqual(['cream']);
    expect(ids('salt-free seasoning')).toEqual([]);
  });
});

describe('compileMatcher: context rules', () => {
  const tagsOf = (text: string, id: string, lang?: string) => matcher.match(text, { lang }).find((h) => h.id === id)?.tags;

  it('cooked and cooled rice and chilled potatoes gain prebiotic', () => {
    expect(tagsOf('2 cups rice', 'rice')).toEqual(['plant']);
    expect(tagsOf('2 cups cooked and cooled rice', 'rice')).toEqual(['prebiotic', 'plant']);
    expect(tagsOf('2 cups leftover rice', 'rice')).toEqual(['prebiotic', 'plant']);
    expect(tagsOf('1 lb potatoes, boiled and chilled', 'potato')).toEqual(['prebiotic', 'plant']);
    expect(tagsOf('500 g Reis vom Vortag', 'rice', 'de')).toEqual(['prebiotic', 'plant']);
    expect(tagsOf('300 g arroz frío', 'rice', 'es')).toEqual(['prebiotic', 'plant']);
  });

  it('cold water is not cooled rice', () => {
    expect(tagsOf('1 cup rice and 2 cups cold water', 'rice')).toEqual(['plant']);
  });

  it('canned sauerkraut loses probiotic', () => {
    expect(tagsOf('1 cup sauerkraut', 'sauerkraut')).toEqual(['probiotic', 'plant']);
    expect(tagsOf('1 cup canned sauerkraut, drained', 'sauerkraut')).toEqual(['plant']);
    expect(tagsOf('1 Dose Sauerkraut', 'sauerkraut', 'de')).toEqual(['plant']);
  });

  it('pickles are probiotic only when fermented', () => {
    expect(tagsOf('4 dill pickles', 'pickle')).toEqual(['plant']);
    expect(tagsOf('4 lacto-fermented pickles', 'pickle')).toEqual(['probiotic', 'plant']);
    expect(tagsOf('1/2 cup fermented pickles, chopped', 'pickle')).toEqual(['probiotic', 'plant']);
    expect(tagsOf('4 milchsauer eingelegte Gurken', 'pickle', 'de')).toEqual(['probiotic', 'plant']);
  });
});

describe('compileMatcher on the bundled FOODS', () => {
  const real = compileMatcher(FOODS);
  const realIds = (text: string) => real.match(text).map((h) => h.id);

  it('reads Italian slices and milk as Italian: "fette di pane" is no feta, "latte" no coffee', () => {
    const inItalian = (text: string) => real.match(text, { lang: 'it' }).map((h) => h.id);
    expect(inItalian('4 fette di pane integrale')).toEqual(['whole-wheat-bread']);
    expect(inItalian('1 fetta di prosciutto')).toEqual(['ham']);
    expect(inItalian('200 ml di latte')).not.toContain('coffee');
    expect(real.match('1 cup latte', { lang: 'en' }).map((h) => h.id)).toEqual(['coffee']);
  });

  it('finds black beans and lentils with their tags', () => {
    const hits = real.match('1 (15 oz) can black beans, rinsed, and 1 cup lentils');
    expect(hits.map((h) => h.match)).toEqual(['black beans', 'lentils']);
    for (const h of hits) expect(h.tags).toContain('fiber');
  });

  it.each([
    ['1 can black-eyed peas', 'black-eyed peas', 'fiber'],
    ['1 cup Greek\nyogurt', 'Greek\nyogurt', 'probiotic'],
    ['2 sweet potatoes, cubed', 'sweet potatoes', 'fiber'],
    ['2 tbsp peanut butter', 'peanut butter', 'fiber'],
    ['8 oz whole-wheat pasta', 'whole-wheat pasta', 'prebiotic'],
    ['1 cup leftover rice', 'rice', 'prebiotic'],
    ['1/2 cup fermented pickles', 'pickles', 'probiotic'],
  ])('real list: %j names one food with its tag', (text, match, tag) => {
    const hits = real.match(text);
    expect(hits.map((h) => h.match)).toEqual([match]);
    expect(hits[0].tags).toContain(tag);
  });

  it.each([
    ['1 tsp garlic powder', 'prebiotic'],
    ['1 can coconut milk', 'probiotic'],
    ['1 cup canned sauerkraut', 'probiotic'],
    ['4 dill pickles', 'probiotic'],
    ['1 cup oat milk', 'fiber'],
  ])('real list: %j does not carry %s', (text, tag) => {
    const hits = real.match(text);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.tags).not.toContain(tag);
  });

  it('every food can be looked up by id and matches its first English name', () => {
    for (const f of FOODS) {
      expect(real.food(f.id)).toBe(f);
      const name = f.names.en?.[0];
      if (name) expect(realIds(`1 cup ${name}`)).toContain(f.id);
    }
  });
});
