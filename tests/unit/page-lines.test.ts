import { describe, expect, it } from 'vitest';
import { tidyLines } from '../../engine/page/ingredient-line';
import { repairMojibake } from '../../engine/page/mojibake';
import { pageListWins } from '../../engine/page/page-list-choice';
import { readHtml } from './page-helpers';

function jsonLdPage(lines: string[], body = ''): string {
  const data = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Recipe', name: 'Cake', recipeIngredient: lines });
  return `<html><head><script type="application/ld+json">${data}</script></head><body>${body}</body></html>`;
}

describe('ingredient line tidying', () => {
  it('repairs UTF-8 text read as Latin-1, and leaves real Latin-1 text alone', () => {
    expect(repairMojibake('1Â¼ cups half and half')).toBe('1¼ cups half and half');
    expect(repairMojibake('crÃ¨me fraÃ®che')).toBe('crème fraîche');
    expect(repairMojibake('Âge: 2 œufs')).toBe('Âge: 2 œufs');
    expect(repairMojibake('Ã la carte')).toBe('Ã la carte');
  });

  it('drops group headings without a colon, and the list\'s own title', () => {
    expect(tidyLines(['Ingredients', '2 cups flour', 'For the swirl', '100 g dark chocolate', 'Für den Belag', '1 Apfel'])).toEqual([
      '2 cups flour', '100 g dark chocolate', '1 Apfel',
    ]);
    expect(tidyLines(['For serving, 2 lemons', 'Fresh basil'])).toEqual(['For serving, 2 lemons', 'Fresh basil']);
  });

  it('joins an amount split from its name, but not a line that is a whole ingredient', () => {
    expect(tidyLines(['2', 'bay leaf', '1/2 teaspoon', 'ground cinnamon', '4 whole cloves'])).toEqual([
      '2 bay leaf', '1/2 teaspoon ground cinnamon', '4 whole cloves',
    ]);
    expect(tidyLines(['2 eggs', 'salt'])).toEqual(['2 eggs', 'salt']);
  });

  it('reads a list repeated whole (card and print copy) once', () => {
    expect(tidyLines(['1 egg', '2 cups milk', '1 egg', '2 cups milk'])).toEqual(['1 egg', '2 cups milk']);
    expect(tidyLines(['1 egg', '2 cups milk', '1 egg', '3 cups milk'])).toHaveLength(4);
  });
});

describe('structured data against the page list', () => {
  it('the page list wins when it adds lines with amounts to every structured line', () => {
    expect(pageListWins(['250g flour', '75g cocoa', '125g butter', '350ml milk', '300g sugar'], ['250 g flour', '75 g cocoa', '125 g butter'])).toBe(true);
  });

  it('the structured list stays when the page adds buttons, nutrition or servings', () => {
    expect(pageListWins(['1 cup flour', '2 eggs', '1 tsp salt', 'View cart (0)', 'Checkout'], ['1 cup flour', '2 eggs', '1 tsp salt'])).toBe(false);
    expect(pageListWins(['1 cup flour', '2 eggs', '1 tsp salt', 'kcal726', 'fat25g'], ['1 cup flour', '2 eggs', '1 tsp salt'])).toBe(false);
    expect(pageListWins(['1 cup flour', '2 eggs', '1 tsp salt', '0.5x', '2x'], ['1 cup flour', '2 eggs', '1 tsp salt'])).toBe(false);
  });

  it('a one-line summary gives way to the page list, but not to the steps', () => {
    expect(pageListWins(['300g pasta', '600ml milk', '65g butter'], ['Cheese, Pasta'])).toBe(true);
    expect(pageListWins(['Laver les mirabelles.', 'Peler et dénoyauter une mirabelle.', 'Proposer à bébé une compote.'], ['5 mirabelles'])).toBe(false);
  });

  it('the page list wins when it shows the very same lines, spaced or capitalised its own way', () => {
    expect(pageListWins(['10 cl Vin rouge', '50 g Lardons', '400 g Bœuf'], ['10cl Vin rouge', '50g Lardons', '400g Bœuf'])).toBe(true);
    expect(pageListWins(['10 cl Vin rouge', '50 g Lardons'], ['10cl Vin rouge', '50g Lardons', '400g Bœuf'])).toBe(false);
  });

  it('the page list wins when the structured lines lost every amount', () => {
    expect(pageListWins(['20 g Butter', '20 g Mehl', '300 g Milch'], ['Butter', 'Mehl', 'Milch'])).toBe(true);
    expect(pageListWins(['20 g Butter', '2 Eier', '1 Prise Salz'], ['Butter', 'Mehl', 'Milch'])).toBe(false);
  });

  it('reads the page\'s amounts when JSON-LD names the ingredients without them', () => {
    const body = '<h2>Zutaten</h2><ul><li>20 g Butter</li><li>20 g Mehl</li><li>300 g Milch</li><li>1 Prise Salz</li></ul><h2>Zubereitung</h2><p>Alles verrühren.</p>';
    const r = readHtml(jsonLdPage(['Butter', 'Mehl', 'Milch', 'Salz'], body));
    expect(r.kind).toBe('recipe');
    expect(r.ingredients).toEqual(['20 g Butter', '20 g Mehl', '300 g Milch', '1 Prise Salz']);
  });
});

describe('ingredient lists found by their heading', () => {
  it('reads a list written directly inside another list', () => {
    const html = `<html><body><h2>Ingredients</h2><ul><li>2 cups flour</li><li>1 tsp salt</li></ul>
      <h2>Glaze</h2><ul><ul><li>1/3 cup sugar</li><li>1/2 cup hot water</li></ul></ul><h2>Method</h2><p>Mix.</p></body></html>`;
    expect(readHtml(html).ingredients).toEqual(['2 cups flour', '1 tsp salt', '1/3 cup sugar', '1/2 cup hot water']);
  });
});

describe('ingredient groups laid out as rows under their own headings', () => {
  it('reads the rows of every group, not only the longest', () => {
    const row = (amount: string, name: string): string => `<div class="row"><div>${amount}</div><div>${name}</div></div>`;
    const html = `<html><body><div><h3>Hozzávalók</h3><div>
      <div><h5>A tésztához</h5><div>${row('1 db', 'tojás')}${row('1 ek', 'só')}</div></div>
      <div><h5>A raguhoz</h5><div>${row('1 ek', 'sertészsír')}${row('1 fej', 'vöröshagyma')}${row('3 gerezd', 'fokhagyma')}</div></div>
      </div><h3>Elkészítés</h3><p>A tojást felverjük, majd hozzáadjuk a többi hozzávalót és összekeverjük.</p></div></body></html>`;
    expect(readHtml(html).ingredients).toEqual(['1 db tojás', '1 ek só', '1 ek sertészsír', '1 fej vöröshagyma', '3 gerezd fokhagyma']);
  });
});

describe('ingredient headings', () => {
  it('"Things you\'ll need" opens the list', () => {
    const html = `<html><body><article><h4>Things you'll need</h4><em>Ingredients</em><ul><li>1 bag (10 ounces) mini marshmallows</li>
      <li>3 tablespoons water</li><li>6 cups powdered sugar</li></ul><h4>Let's get started!</h4><ol><li>Pour the marshmallows into a bowl and stir in the water.</li></ol></article></body></html>`;
    const r = readHtml(html);
    expect(r.kind).toBe('recipe');
    expect(r.ingredients).toEqual(['1 bag (10 ounces) mini marshmallows', '3 tablespoons water', '6 cups powdered sugar']);
  });
});

describe('group titles written inside the ingredient list', () => {
  it('a list item that is only a bold title is not an ingredient', () => {
    const html = `<html><body><div itemscope itemtype="https://schema.org/Recipe"><ul>
      <li itemprop="recipeIngredient"><strong>Pulled Pork</strong></li><li itemprop="recipeIngredient">3 1/2 pounds pork shoulder</li>
      <li itemprop="recipeIngredient">1 tablespoon kosher salt</li><li itemprop="recipeIngredient"><b>Pear Pico de Gallo</b></li>
      <li itemprop="recipeIngredient">2 ripe pears, diced</li><li itemprop="recipeIngredient"><strong>2 limes</strong></li></ul></div></body></html>`;
    expect(readHtml(html).ingredients).toEqual(['3 1/2 pounds pork shoulder', '1 tablespoon kosher salt', '2 ripe pears, diced', '2 limes']);
  });

  it('a short title between two lists is not an ingredient', () => {
    const html = `<html><body><div><h2>Ingredients</h2><ul><li>1 cup flour</li><li>2 eggs</li></ul>
      <p><strong>Ranch</strong></p><ul><li>1 cup greek yogurt</li><li>1 tsp dill</li></ul><h2>Instructions</h2><p>Mix.</p></div></body></html>`;
    expect(readHtml(html).ingredients).toEqual(['1 cup flour', '2 eggs', '1 cup greek yogurt', '1 tsp dill']);
  });
});
