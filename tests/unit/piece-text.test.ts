/**
 * Text read as the pieces it arrived in (piece-text.ts) answers as the joined string would, and
 * a JSON string body decoded a part at a time (escaped-text.ts) as a whole.
 */
import { describe, expect, it } from 'vitest';
import { boundaryAtOrBefore, decodeRange, isEscapeBoundary } from '../../engine/page/escaped-text';
import { keyIndex } from '../../engine/page/json-text';
import { joinedText } from '../../engine/page/piece-text';

/** Every way of cutting `s` into pieces at the given cut points. */
function cuts(s: string, points: number[]): string[] {
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(s.slice(last, p));
    last = p;
  }
  out.push(s.slice(last));
  return out;
}

describe('joinedText', () => {
  const s = 'ab\\\\nxy"ingredients\\":[1],\\n2:{"a":"\\u00e9"}ab';
  const needles = ['\\n', 'ab', 'ingredients', 'b\\\\n', '"', 'zz', 'y"i'];
  it('searches, reads and slices as the joined string, matches across pieces included', () => {
    for (let i = 0; i <= s.length; i++) {
      for (let j = i; j <= s.length; j += 3) {
        const t = joinedText(cuts(s, [i, j]));
        expect(t.length).toBe(s.length);
        const answers = (x: typeof t): (number | string)[] => {
          const out: (number | string)[] = [];
          for (const n of needles) {
            for (let from = -1; from <= s.length + 1; from++) out.push(x.indexOf(n, from), x.lastIndexOf(n, from));
            out.push(x.lastIndexOf(n));
          }
          for (let k = -1; k <= s.length; k++) out.push(x.charAt(k));
          return out;
        };
        expect(answers(t)).toEqual(answers(s));
        expect(t.slice(2, 9)).toBe(s.slice(2, 9));
        expect(t.slice(i, j)).toBe(s.slice(i, j));
        expect(t.slice(-5)).toBe(s.slice(-5));
        expect(keyIndex(t, 'ngredient')).toBe(keyIndex(s, 'ngredient'));
      }
    }
  });

  it('is the string itself for one piece, and empty for none', () => {
    expect(joinedText(['abc', ''])).toBe('abc');
    expect(joinedText([]).length).toBe(0);
  });
});

describe('decoding a JSON string body in parts', () => {
  const body = JSON.stringify('a"b\\c\né ✓ 😀 \u2028 </p> x'.repeat(3)).slice(1, -1);

  it('knows the places between escape sequences', () => {
    const esc = String.raw`a\"b\\\u00e9`;
    const inside = [2, 5, 7, 8, 9, 10, 11];
    for (let i = 0; i <= esc.length; i++) expect(isEscapeBoundary(esc, i, 0)).toBe(!inside.includes(i));
    expect(boundaryAtOrBefore(esc, 10, 0)).toBe(6);
    expect(boundaryAtOrBefore(esc, 5, 0)).toBe(4);
  });

  it('decodes any range from a boundary to the end as the whole decoding does', () => {
    const whole = JSON.parse(`"${body}"`) as string;
    for (let from = 0; from < body.length; from++) {
      if (!isEscapeBoundary(body, from, 0)) continue;
      const prefix = JSON.parse(`"${body.slice(0, from)}"`) as string;
      expect(decodeRange(body, from, body.length)?.join('')).toBe(whole.slice(prefix.length));
    }
  });

  it('cuts long ranges into parts, and fails where the whole would', () => {
    const long = body.repeat(2_000);
    const parts = decodeRange(long, 0, long.length);
    expect(parts?.length).toBeGreaterThan(1);
    expect(parts?.join('')).toBe(JSON.parse(`"${long}"`));
    expect(decodeRange(`${long}\\q`, 0, long.length + 2)).toBeNull();
    expect(decodeRange(`${long}\\`, 0, long.length + 1)).toBeNull();
  });
});
