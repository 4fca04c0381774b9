/**
 * Recipes in embedded application state: JSON script blocks, state assignments, Next.js flight
 * data, Inertia's data-page — read by shape, and bounded on hostile input.
 */
import { describe, expect, it } from 'vitest';
import { parseHtmlText } from '../../cli/lib/parse-html';
import { readAppState } from '../../engine/page/app-state';
import { scanExtras } from '../../engine/page/extra-scan';
import { findStateRecipe } from '../../engine/page/app-state-recipe';
import { objectLine } from '../../engine/page/ingredient-object';
import { decodeJsString } from '../../engine/page/js-string';
import { readHtml } from './page-helpers';

const recipe = {
  title: 'Lentil soup',
  ingredients: [
    { quantity: 2, unit: { name_singular: 'cup', name_plural: 'cups' }, name: 'red lentils' },
    { amount: '1', unit: 'tbsp', ingredient: { name_singular: 'onion', name_plural: 'onions' }, suffix: 'chopped' },
    { text: '1 litre vegetable stock' },
  ],
  steps: [{ body: 'Simmer the lentils for 20 minutes.' }],
};
const lines = ['2 cups red lentils', '1 tbsp onion chopped', '1 litre vegetable stock'];
const page = (head: string, body = ''): string => `<html><head><title>Soup</title>${head}</head><body><div class="recipe">${body}</div></body></html>`;

describe('application state', () => {
  it('reads a recipe from a JSON script block (__NEXT_DATA__)', () => {
    const json = JSON.stringify({ props: { pageProps: { recipe } } });
    const r = readHtml(page(`<script id="__NEXT_DATA__" type="application/json">${json}</script>`));
    expect(r.kind).toBe('recipe');
    expect(r.evidence).toEqual(['app-state:recipe']);
    expect(r.ingredients).toEqual(lines);
    expect(r.title).toBe('Lentil soup');
    expect(r.instructions).toEqual(['Simmer the lentils for 20 minutes.']);
  });

  it('reads state assigned to window, as an object or through JSON.parse', () => {
    const json = JSON.stringify({ recipe });
    expect(readHtml(page(`<script>window.__INITIAL_STATE__ = ${json}; window.x = 1;</script>`)).ingredients).toEqual(lines);
    const quoted = `'${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    expect(readHtml(page(`<script>window.__INITIAL_STATE__ = JSON.parse(${quoted});</script>`)).ingredients).toEqual(lines);
  });

  it('reads Next.js flight rows split across pushes, and Inertia data-page', () => {
    const row = `5:${JSON.stringify(['$', 'div', null, { recipe }])}\n`;
    const half = Math.floor(row.length / 2);
    const push = (s: string): string => `<script>self.__next_f.push([1,${JSON.stringify(s)}])</script>`;
    expect(readHtml(page(push(row.slice(0, half)) + push(row.slice(half)))).ingredients).toEqual(lines);
    const attr = JSON.stringify({ component: 'Recipe', props: { recipe } }).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(readHtml(page('', `<div id="app" data-page="${attr}"></div>`)).ingredients).toEqual(lines);
  });

  it('needs steps beside the ingredient list, and lines that read as ingredients', () => {
    const noSteps = JSON.stringify({ recipe: { ingredients: recipe.ingredients } });
    expect(readHtml(page(`<script type="application/json">${noSteps}</script>`)).kind).toBe('other');
    const notFood = JSON.stringify({ item: { ingredients: ['Aqua', 'Glycerin', 'Parfum'], instructions: 'Apply daily.' } });
    expect(readHtml(page(`<script type="application/json">${notFood}</script>`)).kind).toBe('other');
  });

  it('composes ingredient objects by shape', () => {
    expect(objectLine({ displayIngredientQuantity: 0.5, displayUnitOfMeasurement: 'Bund', name: 'Frühlingszwiebeln' })).toBe('0.5 Bund Frühlingszwiebeln');
    expect(objectLine({ amount: null, name: 'salt' })).toBe('salt');
    expect(objectLine({ amount: 3, unit: { abbreviation: 'g' } })).toBe('');
  });

  it('decodes JavaScript string literals, and refuses unclosed ones', () => {
    expect(decodeJsString(String.raw`'it\'s \u00e9\x41\n\u{1F600}' rest`)).toBe("it's éA\n😀");
    expect(decodeJsString('"never closed')).toBeNull();
    expect(decodeJsString('"ends in \\')).toBeNull();
  });

  it('stays bounded: a 5 MB state block is skipped, broken and deep state does not throw', () => {
    const big = JSON.stringify({ recipe: { ...recipe, padding: 'x'.repeat(5_000_000) } });
    expect(big.length).toBeGreaterThan(5_000_000);
    expect(readAppState(scanExtras(parseHtmlText(page(`<script type="application/json">${big}</script>`))), 'ngredient')).toEqual([]);
    const broken = readHtml(page(`<script>window.__STATE__ = {"recipe": {"ingredients": ["2 eggs", </script><script type="application/json">{"ingredients": [</script>`));
    expect(broken.kind).toBe('other');
    const deep = `${'{"a":'.repeat(5_000)}${JSON.stringify({ recipe })}${'}'.repeat(5_000)}`;
    expect(findStateRecipe([JSON.parse(deep)])).toBeNull(); // beyond the depth cap
    const wide = { list: Array.from({ length: 300_000 }, (_, i) => ({ id: i })), recipe };
    expect(findStateRecipe([wide])).toBeNull(); // beyond the value budget
    expect(readAppState(scanExtras(parseHtmlText(page(`<script>self.__next_f.push([1,"${'\\'.repeat(10_001)}</script>`))), 'x')).toEqual([]);
  });
});

describe('amounts stored per serving', () => {
  const item = (amount: number | null, unit: string | null, name: string) => ({ amount, unit: unit && { name_singular: unit, name_plural: `${unit}s`, abbreviation: null }, ingredient: { name_singular: name, name_plural: `${name}s` } });
  const steps = [{ instruction: 'Mix.' }];

  it('scales by the servings when most amounts are below one, written as a cook would', () => {
    const perServing = { serving_size: 4, ingredients: [item(0.5, 'stalk', 'celery'), item(0.625, 'cup', 'milk'), item(12.5, 'gram', 'butter'), item(0.25, null, 'egg'), item(null, 'bunch', 'salt')], instructions: steps };
    expect(findStateRecipe([perServing])?.ingredients).toEqual(['2 stalks celerys', '2½ cups milks', '50 grams butters', '1 egg', 'salt']);
  });

  it('leaves amounts as stored when they read as the whole recipe', () => {
    const whole = { servings: 4, ingredients: [item(2, 'cup', 'flour'), item(0.5, 'cup', 'milk'), item(3, null, 'egg')], instructions: steps };
    expect(findStateRecipe([whole])?.ingredients).toEqual(['2 cups flours', '0.5 cup milk', '3 eggs']);
  });
});

describe('recipe shapes in state', () => {
  it('takes cooking times or servings as the recipe sign when its steps are in its HTML', () => {
    const rec = { title: 'Rice pudding', preparationHtmlContent: '', cookingTime: 30, ingredients: [
      { quantityMin: 2, quantityMax: null, unitName: 'sticks', ingredient: { name: 'cinnamon' }, note: '' },
      { quantityMin: 1, quantityMax: 2, unitName: 'packs', ingredientName: 'vanilla pudding powder', note: '40 g each' },
    ] };
    expect(findStateRecipe([rec])?.ingredients).toEqual(['2 sticks cinnamon', '1-2 packs vanilla pudding powder (40 g each)']);
    expect(findStateRecipe([{ ...rec, cookingTime: null }])).toBeNull();
  });

  it('reads a row that follows a text row straight on, in flight data', () => {
    const text = '{"@type":"Recipe"}';
    const payload = `2b:T${text.length.toString(16)},${text}2c:${JSON.stringify(['$', 'div', null, { recipe }])}\n`;
    expect(readHtml(page(`<script>self.__next_f.push([1,${JSON.stringify(payload)}])</script>`)).ingredients).toEqual(lines);
  });
});
