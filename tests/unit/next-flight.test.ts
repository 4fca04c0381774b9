/**
 * Next.js flight rows read from a decoded part of their window (next-flight.ts): the values are
 * those of decoding the whole window, whether the row starts near the hint, far before it, or
 * behind a text row of HTML many times its size.
 */
import { describe, expect, it } from 'vitest';
import { parseHtmlText } from '../../cli/lib/parse-html';
import { readAppState } from '../../engine/page/app-state';
import { scanExtras } from '../../engine/page/extra-scan';

const recipe = { title: 'Lentil soup', ingredients: ['2 cups red lentils', '1 onion'], steps: ['Simmer.'] };
const push = (s: string): string => `<script>self.__next_f.push([1,${JSON.stringify(s)}])</script>`;
const read = (payload: string[]): unknown[] => readAppState(scanExtras(parseHtmlText(`<html><head>${payload.map(push).join('')}</head><body></body></html>`)), 'ngredient');
const html = (n: number): string => '<p>Főzés előtt</p>'.repeat(n);
const textRow = (id: string, text: string): string => `${id}:T${text.length.toString(16)},${text}`;

describe('flight rows decoded from near their hint', () => {
  it('reads a row run into by a long text row of HTML (no row break between)', () => {
    const row = ['$', 'div', null, { recipe }];
    const payload = `${textRow('2b', html(20_000))}14:${JSON.stringify(row)}\n`;
    expect(read([payload])).toEqual([row]);
    // The same rows pushed in two pieces, cut in the text row, in the row id, in the row.
    const cut = (at: number): string[] => [payload.slice(0, at), payload.slice(at)];
    for (const at of [5, 100_001, payload.indexOf('14:') + 1, payload.indexOf('Simmer')]) expect(read(cut(at))).toEqual([row]);
  });

  it('reads a row whose start is far before its hint', () => {
    const row = ['$', 'div', null, { recipe: { intro: `“${'x'.repeat(30_000)}”`, ...recipe } }];
    expect(read([`${textRow('2b', html(5_000))}14:${JSON.stringify(row)}\n`])).toEqual([row]);
  });

  it('goes back to the whole window when the row start nearest the hint is not one', () => {
    // " 3:[x" inside a string reads as a row start; the real one is further back than first decoded.
    const row = ['$', 'div', null, { recipe: { intro: `${'y'.repeat(20_000)} 3:[x`, ...recipe } }];
    expect(read([`${textRow('2b', html(5_000))}14:${JSON.stringify(row)}\n`])).toEqual([row]);
  });

  it('reads nothing from a window whose escapes are broken after the hint', () => {
    const row = `14:${JSON.stringify(['$', 'div', null, { recipe }])}`;
    const page = `<html><head><script>self.__next_f.push([1,"${JSON.stringify(row).slice(1, -1)}\\q"])</script></head></html>`;
    expect(readAppState(scanExtras(parseHtmlText(page)), 'ngredient')).toEqual([]);
  });
});
