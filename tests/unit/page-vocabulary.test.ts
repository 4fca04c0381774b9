/** Ingredient and method headings in the supported languages and the corpus' neighbours. */
import { describe, expect, it } from 'vitest';
import { INGREDIENTS_HEADING, METHOD_HEADING } from '../../engine/page/recipe-vocabulary';
import { readHtml } from './page-helpers';

describe('recipe headings', () => {
  it('knows the ingredients heading in many languages', () => {
    const headings = ['Ingredients', 'Ingredientes', 'Ingrédients', 'Zutaten für 4 Personen', 'Ingredienti', 'Ingrediënten', 'Ingredienten', 'Ingredienser',
      'Hozzávalók', 'Suroviny', 'Ingrediencie', 'Składniki', 'Sestavine', 'Sastojci', 'Ainekset', 'Malzemeler', 'Ингредиенты', 'Was du brauchst', "Ce qu'il vous faut"];
    for (const h of headings) expect(INGREDIENTS_HEADING.test(h), h).toBe(true);
    expect(INGREDIENTS_HEADING.test('Ingredientsfor nothing else here at all and much longer than a heading would be')).toBe(false);
  });

  it('knows the method heading in many languages', () => {
    const headings = ['Instructions', 'Preparación', 'Préparation', 'Zubereitung', 'Preparazione', 'Bereiding', 'Modo de preparo', 'Preparação', 'Fremgangsmåde',
      'Fremgangsmåte', 'Gör så här', 'Tillagning', 'Elkészítés', 'Postup', 'Příprava', 'Przygotowanie', 'Valmistus', 'Hazırlanışı', 'Приготовление'];
    for (const h of headings) expect(METHOD_HEADING.test(h), h).toBe(true);
    expect(METHOD_HEADING.test('Stepsister')).toBe(false);
  });

  it('reads the list right after a Swedish ingredients heading, up to the method', () => {
    const body = '<h2>Ingredienser</h2><ul><li>2 dl mjölk</li><li>1 ägg</li><li>3 dl vetemjöl</li></ul><h2>Gör så här</h2><ul><li>Vispa ihop allt och stek tunna pannkakor i smör.</li></ul>';
    const r = readHtml(`<html><body><article class="recipe">${body}</article></body></html>`);
    expect(r.kind).toBe('recipe');
    expect(r.ingredients).toEqual(['2 dl mjölk', '1 ägg', '3 dl vetemjöl']);
  });
});
