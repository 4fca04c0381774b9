/** Ingredient lists behind an ARIA tab ("Ingrédients" | "Équipement"), read from the tab's panel. */
import { describe, expect, it } from 'vitest';
import { readHtml } from './page-helpers';

describe('ingredients behind a tab', () => {
  const tabs = (panel: string): string => `<html><body><div class="recipe">
    <ul role="tablist"><li><button role="tab" id="t1" aria-controls="ingredients">Ingrédients</button></li>
    <li><button role="tab" aria-controls="equipment">Équipement</button></li></ul>
    <div role="tabpanel" id="ingredients" aria-labelledby="t1">${panel}</div>
    <div role="tabpanel" id="equipment"><ul><li>four</li><li>sauteuse</li></ul></div></div></body></html>`;

  it("reads the panel's lists, leaving out lists of label cards", () => {
    const r = readHtml(tabs(`<h2>Dans votre box</h2><ul><li><b>4x</b> <span>gousse d'ail (16g)</span></li><li><b>150 g</b> <span>multifeuille</span></li></ul>
      <ul><li><p><b>Romarin</b></p><p>Allergènes : céleri</p></li><li><p><b>Canard</b></p><p>Composition : canard</p></li></ul>
      <p>Dans votre cuisine</p><ul><li>sel</li><li>1 bouillon de poule (cube)</li></ul>`));
    expect(r.kind).toBe('recipe');
    expect(r.evidence[0]).toBe('tab:ingrédients');
    expect(r.ingredients).toEqual(["4x gousse d'ail (16g)", '150 g multifeuille', 'sel', '1 bouillon de poule (cube)']);
  });

  it('wants amounts: a list of names alone (a cosmetic label) is not a recipe', () => {
    expect(readHtml(tabs('<ul><li>Aqua</li><li>Glycerin</li><li>Olive oil</li><li>Parfum</li></ul>')).kind).toBe('other');
  });
});
