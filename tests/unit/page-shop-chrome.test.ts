/** A food shop's page without products shown: basket with a sum, placed in a food aisle. */
import { describe, expect, it } from 'vitest';
import { readHtml } from './page-helpers';

const basket = '<div class="basket_view"><a href="/basket">0,00 руб.</a><p>корзина пуста</p></div>';
const page = (title: string, body: string): string => `<html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('food shop without products', () => {
  it('is grocery when the page names a food aisle', () => {
    const r = readHtml(page('Молочные продукты, мороженое', `${basket}<h1>Молочные продукты, мороженое</h1>`));
    expect(r.kind).toBe('grocery');
    expect(r.evidence).toEqual(['shop:basket', 'context:food-aisle', 'products:none-shown']);
    expect(r.products).toEqual([]);
  });

  it("is grocery when the shop's catalogue menu opens with food", () => {
    const nav = '<nav><a href="/cat/1">Продукты питания</a><a href="/cat/2">Игрушки</a><a href="/cat/3">Одежда</a></nav>';
    expect(readHtml(page('Каталог', `${basket}${nav}<h1>Каталог</h1>`)).kind).toBe('grocery');
  });

  it('stays other without a sum in the basket, in a non-food aisle, or when the menu opens elsewhere', () => {
    expect(readHtml(page('Dairy', '<div class="cart">Your cart</div><h1>Dairy</h1>')).kind).toBe('other');
    expect(readHtml(page('Shoes', '<div class="cart">$0.00</div><h1>Shoes</h1>')).kind).toBe('other');
    const nav = '<nav><a href="/fashion">Fashion</a><a href="/grocery">Grocery</a></nav>';
    expect(readHtml(page('Catalogue', `<div class="cart">£0.00</div>${nav}<h1>Catalogue</h1>`)).kind).toBe('other');
  });
});
