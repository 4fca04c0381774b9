import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../engine/amounts/parse-quantity';
import type { Unit } from '../../engine/amounts/types';

function q(line: string, lang?: Parameters<typeof parseQuantity>[1]) {
  return parseQuantity(line, lang);
}

describe('parseQuantity: numbers', () => {
  it.each([
    ['1 ½ cups flour', 1.5, 'cup', '1 ½ cups'],
    ['1½ cups flour', 1.5, 'cup', '1½ cups'],
    ['1 1/2 cups flour', 1.5, 'cup', '1 1/2 cups'],
    ['1-1/2 cups sugar', 1.5, 'cup', '1-1/2 cups'],
    ['1 1⁄2 cups milk', 1.5, 'cup', '1 1⁄2 cups'],
    ['½ cup milk', 0.5, 'cup', '½ cup'],
    ['¾ tsp salt', 0.75, 'tsp', '¾ tsp'],
    ['1/3 cup oil', 1 / 3, 'cup', '1/3 cup'],
    ['.5 lb beef', 0.5, 'lb', '.5 lb'],
    ['2.5 kg potatoes', 2.5, 'kg', '2.5 kg'],
    ['one and a half cups milk', 1.5, 'cup', 'one and a half cups'],
  ] as [string, number, Unit, string][])('%s', (line, amount, unit, span) => {
    const got = q(line);
    expect(got.amount).toBeCloseTo(amount, 6);
    expect(got.unit).toBe(unit);
    expect(line.slice(got.start, got.end)).toBe(span);
  });

  it('reads a range as its midpoint and keeps both ends', () => {
    expect(q('1-2 tbsp olive oil')).toMatchObject({ amount: 1.5, min: 1, max: 2, unit: 'tbsp' });
    expect(q('1 – 2 tbsp olive oil')).toMatchObject({ amount: 1.5, min: 1, max: 2 });
    expect(q('2 to 3 cups water')).toMatchObject({ amount: 2.5, min: 2, max: 3, unit: 'cup' });
    expect(q('½-1 tsp chili flakes')).toMatchObject({ amount: 0.75, min: 0.5, max: 1, unit: 'tsp' });
    expect(q('2 à 3 blokjes tofu')).toMatchObject({ amount: 2.5, min: 2, max: 3, unit: null });
    expect(q('4-5 cucchiaini di miele')).toMatchObject({ amount: 4.5, unit: 'tsp' });
  });

  it('reads comma decimals, and a comma before three digits as thousands in English', () => {
    expect(q('0,5 l Milch')).toMatchObject({ amount: 0.5, unit: 'l' });
    expect(q('1,5 kg zemiakov')).toMatchObject({ amount: 1.5, unit: 'kg' });
    expect(q('1,000 g flour', 'en')).toMatchObject({ amount: 1000, unit: 'g' });
    expect(q('1,250 kg Mehl', 'de')).toMatchObject({ amount: 1.25, unit: 'kg' });
    expect(q('1.000 g Mehl', 'de')).toMatchObject({ amount: 1000, unit: 'g' });
  });

  it('does not take percentages or dimensions for amounts', () => {
    expect(q('2% milk').amount).toBeNull();
    expect(q('9x13 baking dish').amount).toBeNull();
  });
});

describe('parseQuantity: units', () => {
  it.each([
    ['200 g oats', 200, 'g'],
    ['200g oats', 200, 'g'],
    ['3 cloves garlic', 3, 'clove'],
    ['2 garlic cloves, minced', 2, 'clove'],
    ['1 large onion', 1, 'large'],
    ['2 medium carrots', 2, 'medium'],
    ['2 large cloves garlic', 2, 'clove'],
    ['a pinch of salt', 1, 'pinch'],
    ['Pinch of salt', 1, 'pinch'],
    ['1 T butter', 1, 'tbsp'],
    ['1 t salt', 1, 'tsp'],
    ['2 TB butter', 2, 'tbsp'],
    ['1 heaping tbsp cocoa', 1, 'tbsp'],
    ['8 fl oz milk', 8, 'fl-oz'],
    ['1 stick butter', 1, 'stick'],
    ['1 lb red potatoes', 1, 'lb'],
    ['4 ounces cheddar', 4, 'oz'],
    ['10 cl vin rouge', 10, 'cl'],
    ['2 dl piskefløde', 2, 'dl'],
    ['2 dkg Friss élesztő', 2, 'dag'],
    ['1 bunch cilantro', 1, 'bunch'],
    ['2 slices whole-wheat bread', 2, 'slice'],
    ['1 handful spinach', 1, 'handful'],
  ] as [string, number, Unit][])('%s', (line, amount, unit) => {
    expect(q(line)).toMatchObject({ amount, unit });
  });

  it('adds "1 cup plus 2 tablespoons" in the first unit', () => {
    expect(q('1 cup plus 2 tablespoons flour')).toMatchObject({ amount: 1.125, unit: 'cup' });
    expect(q('1 lb + 8 oz potatoes')).toMatchObject({ amount: 1.5, unit: 'lb' });
    expect(q('1 cup and 2 eggs')).toMatchObject({ amount: 1, unit: 'cup' });
  });

  it('leaves a bare count without a unit', () => {
    expect(q('2 red onions')).toMatchObject({ amount: 2, unit: null });
    expect(q('4 eggs')).toMatchObject({ amount: 4, unit: null });
  });

  it('finds no amount where there is none', () => {
    for (const line of ['salt to taste', 'a little oil', 'Sal al gusto', 'etwas Petersilie', 'For the sauce:']) {
      expect(q(line), line).toMatchObject({ amount: null, unit: null });
    }
  });
});

describe('parseQuantity: containers and stated sizes', () => {
  it('reads "2 (15-oz) cans" as two cans of 15 oz each', () => {
    const got = q('2 (15-oz) cans black beans, drained');
    expect(got).toMatchObject({ amount: 2, unit: 'can', each: { amount: 15, unit: 'oz' } });
    expect('2 (15-oz) cans black beans'.slice(got.start, got.end)).toBe('2 (15-oz) cans');
  });

  it.each([
    ['1 (14.5 ounce) can diced tomatoes', 1, 14.5, 'oz'],
    ['1 can (15 oz) chickpeas', 1, 15, 'oz'],
    ['1 15-ounce can pumpkin', 1, 15, 'oz'],
    ['2 x 400g tins chickpeas', 2, 400, 'g'],
    ['1 (8 oz) package cream cheese', 1, 8, 'oz'],
    ['1 can black beans (15 oz), drained', 1, 15, 'oz'],
    ['400g can black beans, rinsed', 1, 400, 'g'],
  ])('%s', (line, amount, size, sizeUnit) => {
    const got = q(line);
    expect(got.amount).toBe(amount);
    expect(got.each).toEqual({ amount: size, unit: sizeUnit });
  });

  it('a size before a food is the size of each piece', () => {
    expect(q('2 (6 ounce) chicken breasts')).toMatchObject({ amount: 2, unit: null, each: { amount: 6, unit: 'oz' } });
  });

  it('a can without a size is still a can', () => {
    expect(q('1 can coconut milk')).toMatchObject({ amount: 1, unit: 'can' });
    expect(q('1 Dose Kichererbsen')).toMatchObject({ amount: 1, unit: 'can' });
  });

  it('"2 x 100 g" without a container is 200 g', () => {
    expect(q('2 x 100 g butter')).toMatchObject({ amount: 200, unit: 'g' });
  });

  it('keeps a mass given beside a cup or a count', () => {
    expect(q('1 cup (120 g) all-purpose flour')).toMatchObject({ amount: 1, unit: 'cup', alt: { amount: 120, unit: 'g' } });
    expect(q('⅔ cup (100g) chocolate chips').alt).toEqual({ amount: 100, unit: 'g' });
    expect(q('2 medium carrots (about 200 g), sliced').alt).toEqual({ amount: 200, unit: 'g' });
  });
});

describe('parseQuantity: other languages', () => {
  it.each([
    ['2 EL Olivenöl', 2, 'tbsp'],
    ['2 Esslöffel Olivenöl', 2, 'tbsp'],
    ['1 cucchiaio di olio', 1, 'tbsp'],
    ['3 cucharadas soperas de aceite', 3, 'tbsp'],
    ['1-2 TL Zitronenabrieb', 1.5, 'tsp'],
    ['1 gestrichener TL Backpulver', 1, 'tsp'],
    ['1 Prise Salz', 1, 'pinch'],
    ['3 Knoblauchzehen', 3, null],
    ['1 Stk. Zwiebel', 1, 'piece'],
    ['100 Gramm Haferflocken', 100, 'g'],
    ['1 cuillère à soupe d’huile', 1, 'tbsp'],
    ['1 c. à s. de sucre', 1, 'tbsp'],
    ['2 càc de cannelle', 2, 'tsp'],
    ['1 càc et demie de cannelle', 1.5, 'tsp'],
    ['3 gousses d’ail', 3, 'clove'],
    ['250 grammes de lentilles', 250, 'g'],
    ['2 cucharadas de aceite', 2, 'tbsp'],
    ['1 cucharadita de comino', 1, 'tsp'],
    ['Una pizca de sal', 1, 'pinch'],
    ['100 gramos de harina', 100, 'g'],
    ['2 dientes de ajo', 2, 'clove'],
    ['2 cucchiai di pinoli', 2, 'tbsp'],
    ['1 spicchio d’aglio', 1, 'clove'],
    ['200 grammi di ceci', 200, 'g'],
    ['2 eetlepels citroensap', 2, 'tbsp'],
    ['½ tl zout', 0.5, 'tsp'],
    ['1 el olie', 1, 'tbsp'],
    ['2 teentjes knoflook', 2, 'clove'],
    ['2 colheres (sopa) de azeite', 2, 'tbsp'],
    ['1 colher de chá de sal', 1, 'tsp'],
    ['meia colher (sopa) de manteiga', 0.5, 'tbsp'],
    ['2 xícaras (chá) de água', 2, 'cup'],
    ['Molho de tomate 200 gramas', 200, 'g'],
    ['Alho 2 dentes', 2, 'clove'],
  ] as [string, number, Unit | null][])('%s', (line, amount, unit) => {
    expect(q(line)).toMatchObject({ amount, unit });
  });

  it('points at the amount written after the food', () => {
    const line = 'Molho de tomate 200 gramas';
    const got = q(line);
    expect(line.slice(got.start, got.end)).toBe('200 gramas');
  });
});
