/** The vocabularies as lowercase word patterns: same answers as the case-blind regular expressions they replace. */
import { describe, expect, it } from 'vitest';
import * as grocery from '../../engine/page/grocery-vocabulary';
import * as recipe from '../../engine/page/recipe-vocabulary';
import { capitalsIn, LETTER_RANGES, wordPattern, type WordPattern } from '../../engine/page/word-pattern';

const PATTERNS = Object.entries({ ...grocery, ...recipe }).filter((entry): entry is [string, WordPattern] => {
  const value = entry[1];
  return typeof value === 'object' && value !== null && !(value instanceof RegExp) && 'source' in value && 'test' in value;
});

const TEXTS = [
  'INGREDIENTS', 'Ingredients for 4', 'ZUTATEN FÜR 4 PERSONEN', 'Ingrédients', 'ИНГРЕДИЕНТЫ', 'Ce Qu’il Vous Faut', 'What You’ll Need',
  'Instructions', 'PRÉPARATION', 'Gör Så Här', 'ПРИГОТОВЛЕНИЕ', 'Stepsister', 'Notes', 'TIPS & tricks',
  'Add to Basket', 'ADD 2 TO TROLLEY', 'In den Warenkorb', 'В КОРЗИНУ', 'Ajouter au panier', 'Kosárba', '加入購物車', 'Buy Now', 'Shop now',
  '£2.50 per KG', '€1,99/100G', '3,20 лв/КГ', 'KG - 4', 'Greek Yogurt 500G', 'Мляко 1 Л', 'Сирене 400 Г', 'Kettle 1.7L',
  'Молоко ПАСТЕРИЗОВАННОЕ', 'СЫР', 'Fresh Food', 'DAIRY & eggs', 'Nutritional Information', 'Lebensmittel', 'ÉPICERIE', 'Żywność',
  'Women’s Fashion', 'MEN', 'Electronics', 'Kleidung & Schuhe', 'Garden furniture', 'Gardenia', 'Mode', 'Menu',
  '1 Cup flour', '2 TBSP oil', '3 Cloves', '1 1/2 Teaspoons', '½ TL', '2 c. à soupe', '200 G', '1', '1/2 teaspoon', 'One onion', '2 İçli köfte',
];

describe('word patterns', () => {
  it('the vocabularies are written in lowercase (a capital could never match)', () => {
    expect(PATTERNS.length).toBeGreaterThanOrEqual(8);
    for (const [name, pattern] of PATTERNS) expect(capitalsIn(pattern.source), name).toEqual([]);
    expect(capitalsIn(String.raw`\S+\p{Lu}Tea`)).toEqual(['T']);
    expect(capitalsIn(`(?![${LETTER_RANGES}])tea`)).toEqual([]);
  });

  it('answer as the case-blind regular expressions did, in any case and script', () => {
    for (const [name, pattern] of PATTERNS) {
      const caseBlind = new RegExp(pattern.source, 'iu');
      for (const text of TEXTS) expect(pattern.test(text), `${name}: ${text}`).toBe(caseBlind.test(text));
    }
  });

  it('count a heading tail as the pattern would: characters to the end, none a line break', () => {
    const whole = new RegExp(recipe.INGREDIENTS_HEADING.source, 'u');
    const tails = ['', ' for 4', '\nmore', ' x'.repeat(20), ' x'.repeat(20) + 'y', ' \u{1F345}'.repeat(20), ' \u{1F345}'.repeat(21), ' \ud83c'.repeat(21), 'ss', '’s'];
    for (const head of ['Ingredients', '  The ingredients', 'What you’ll need', 'ИНГРЕДИЕНТЫ', 'Ingredienserne', 'Steps'])
      for (const tail of tails) expect(recipe.INGREDIENTS_HEADING.test(head + tail), head + tail).toBe(whole.test((head + tail).toLowerCase()));
  });

  it('find words written in capitals', () => {
    expect(wordPattern('zutaten').test('ZUTATEN')).toBe(true);
    expect(recipe.INGREDIENTS_HEADING.test('ИНГРЕДИЕНТЫ')).toBe(true);
    expect(grocery.ADD_TO_BASKET.test('ADD TO BASKET')).toBe(true);
  });

  it('spell the letters of our scripts as a few ranges', () => {
    const letters = new RegExp(`^[${LETTER_RANGES}]+$`, 'u');
    for (const word of ['Zwiebel', 'crème', 'Łosoś', 'ŻYWNOŚĆ', 'ψωμί', 'ЙОГУРТ', 'мляко', 'şeftali', 'Ærøskøbing']) expect(letters.test(word), word).toBe(true);
    for (const text of ['×', '÷', '2', ' ', '’']) expect(letters.test(text), text).toBe(false);
  });
});
