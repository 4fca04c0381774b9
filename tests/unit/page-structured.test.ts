import { describe, expect, it } from 'vitest';
import { readFixture, readHtml } from './page-helpers';

const page = (head: string, body = ''): string => `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('JSON-LD recipes', () => {
  it('reads a Recipe inside @graph with @type as a list, cleaning HTML and entities, dropping group headings', () => {
    const r = readFixture('jsonld-graph.html');
    expect(r.kind).toBe('recipe');
    expect(r.evidence).toContain('jsonld:Recipe');
    expect(r.ingredients).toEqual(['1 cup red lentils', '2 cloves garlic & 1 onion', '1 tsp cumin', '1/2 cup yogurt']);
    expect(r.title).toBe('Lentil soup');
    expect(r.servings).toBe(4);
  });

  it('reads comments, trailing commas, lowercase type, nested mainEntity and HowToSection groups', () => {
    const r = readFixture('jsonld-messy.html');
    expect(r.kind).toBe('recipe');
    expect(r.ingredients).toEqual(['1 can black beans', '2 tbsp olive oil', '1 tsp salt']);
  });

  it('reads a top-level array, schema.org URL types and ingredients as a newline string', () => {
    const r = readHtml(page(ld('[{"@type":"Organization"},{"@type":"http://schema.org/Recipe","recipeIngredient":"2 carrots\\n1 leek"}]')));
    expect(r.ingredients).toEqual(['2 carrots', '1 leek']);
  });

  it('reads the old `ingredients` property and double-escaped entities', () => {
    const r = readHtml(page(ld('{"@type":"Recipe","ingredients":["1 &amp;frac12; cups oats","salt &amp;amp; pepper"]}')));
    expect(r.ingredients).toEqual(['1 ½ cups oats', 'salt & pepper']);
  });

  it('reads several blocks when the first is broken and the second holds the recipe', () => {
    const r = readHtml(page(ld('{"@type": "Recipe", broken') + ld('{"@type":"Recipe","recipeIngredient":["1 onion"]}')));
    expect(r.ingredients).toEqual(['1 onion']);
  });

  it('splits one string holding the whole list at newlines and <br>, and reads doubled note parentheses once', () => {
    const r = readHtml(page(ld('{"@type":"Recipe","recipeIngredient":["1 kg lamb<br>2 onions\n\t3 cloves garlic","8 oz cream cheese ((softened))"]}')));
    expect(r.ingredients).toEqual(['1 kg lamb', '2 onions', '3 cloves garlic', '8 oz cream cheese (softened)']);
  });

  it('prefers the page\'s own list when JSON-LD gives only one line', () => {
    const r = readHtml(page(ld('{"@type":"Recipe","recipeIngredient":["Chicken"]}'), '<h2>Ingredients</h2><ul><li>1 chicken</li><li>2 lemons</li><li>1 tsp salt</li></ul>'));
    expect(r.ingredients).toEqual(['1 chicken', '2 lemons', '1 tsp salt']);
  });

  it('keeps JSON-LD without a Recipe as other', () => {
    expect(readHtml(page(ld('{"@type":"NewsArticle","headline":"Beans"}'))).kind).toBe('other');
  });
});

describe('markup recipes', () => {
  it('reads microdata recipeIngredient and ingredients in order', () => {
    const r = readFixture('microdata.html');
    expect(r.kind).toBe('recipe');
    expect(r.evidence).toContain('microdata:recipeIngredient');
    expect(r.ingredients).toEqual(['1/2 cup rolled oats', '1 cup kefir', '1 tbsp chia seeds']);
  });

  it('reads a microdata element that holds the whole list as its items', () => {
    const r = readHtml(page('', '<div itemprop="recipeIngredient"><ul><li>2 pears</li><li>1 tbsp honey</li></ul></div>'));
    expect(r.ingredients).toEqual(['2 pears', '1 tbsp honey']);
  });

  it('reads RDFa recipeIngredient', () => {
    const r = readFixture('rdfa.html');
    expect(r.evidence).toContain('rdfa:recipeIngredient');
    expect(r.ingredients).toEqual(['2 apples', '100 g walnuts']);
  });

  it('reads h-recipe p-ingredient', () => {
    const r = readFixture('h-recipe.html');
    expect(r.evidence).toContain('h-recipe:recipeIngredient');
    expect(r.ingredients).toEqual(['2 slices sourdough bread', '1 tbsp butter']);
  });

  it('reads a plugin recipe card (WP Recipe Maker markup) without the checkbox and screen-reader text', () => {
    const html = page('', `<ul><li class="wprm-recipe-ingredient"><span class="wprm-checkbox-container"><span class="sr-only">&#9634; </span></span><span class="wprm-recipe-ingredient-amount">1</span> <span class="wprm-recipe-ingredient-unit">cup</span> <span class="wprm-recipe-ingredient-name">chickpeas</span></li><li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">2</span> <span class="wprm-recipe-ingredient-name">leeks</span></li></ul>`);
    const r = readHtml(html);
    expect(r.evidence).toContain('card:wprm');
    expect(r.ingredients).toEqual(['1 cup chickpeas', '2 leeks']);
  });
});
