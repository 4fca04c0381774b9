/**
 * Large JSON parsed from its pieces (json-pieces.ts) gives JSON.parse's answer: the same value for
 * valid text, cut into pieces anywhere, and nothing for text JSON.parse rejects.
 */
import { describe, expect, it } from 'vitest';
import { parseJsonPieces } from '../../engine/page/json-pieces';
import { balancedEnd, tryParse } from '../../engine/page/json-text';
import { joinedText } from '../../engine/page/piece-text';
import { seededRandom as random } from '../../engine/summary/daily-tip';

const WORDS = ['Lencse', 'hagyma', '"quoted"', 'back\\slash', 'új\nsor', 'zöld 🥬', '\\"', '{[,]}', '', 'ингредиенты'];

/** A React-tree-like value of roughly `size` characters of JSON. */
function value(next: () => number, size: number, depth = 0): unknown {
  if (size < 40 || depth > 6) {
    const r = next();
    if (r < 0.5) return WORDS[Math.floor(next() * WORDS.length)] + 'x'.repeat(Math.floor(next() * 30));
    if (r < 0.7) return Math.floor(next() * 1e6) / 100;
    return r < 0.8 ? null : r < 0.9;
  }
  const n = 1 + Math.floor(next() * 6);
  if (next() < 0.5) return Array.from({ length: n }, () => value(next, size / n, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) o[`k${Math.floor(next() * 8)}${WORDS[i % WORDS.length]}`] = value(next, size / n, depth + 1);
  return o;
}

/** An array or object of at least `size` characters of JSON, with large members of its own when `size` allows. */
function large(next: () => number, size: number): unknown {
  const members: unknown[] = [];
  if (size > 130_000) members.push(large(next, size * 0.6));
  while (JSON.stringify(members).length < size) members.push(value(next, 5_000 + next() * 20_000));
  if (next() < 0.5) return members;
  return Object.fromEntries(members.map((m, i) => [`${WORDS[i % WORDS.length]}${i}`, m]));
}

/** `text` cut into pieces of random lengths. */
function cut(text: string, next: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = 1 + Math.floor(next() * 20_000);
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

const parsePieces = (text: string, next: () => number): unknown => parseJsonPieces(joinedText(cut(text, next)));

describe('JSON parsed from pieces', () => {
  it('equals JSON.parse on large values, however they are cut, with spaces and indents', () => {
    const next = random(7);
    for (let round = 0; round < 12; round++) {
      const v = large(next, 61_000 + next() * 200_000);
      const text = round % 3 === 0 ? JSON.stringify(v, null, round % 2 ? 2 : '\t') : JSON.stringify(v);
      expect(text.length).toBeGreaterThan(60_000);
      const padded = round % 4 === 1 ? ` \n${text}\r\n ` : text;
      expect(parsePieces(padded, next)).toEqual(JSON.parse(padded));
    }
  });

  it('keeps key order, the last of duplicate keys, and __proto__ as a member', () => {
    const big = JSON.stringify('z'.repeat(50_000));
    const text = `{"b":${big},"__proto__":{"x":1},"a":1,"2":[${big}],"b":2,"c":${big}}`;
    const parsed = parseJsonPieces(joinedText(cut(text, random(3))));
    expect(parsed).toEqual(JSON.parse(text));
    expect(Object.keys(parsed as object)).toEqual(Object.keys(JSON.parse(text) as object));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('rejects what JSON.parse rejects', () => {
    const next = random(11);
    const v = [value(next, 80_000), { list: [value(next, 70_000), 1, 2] }];
    const text = JSON.stringify(v);
    const broken = [
      text.replace('],', ']'), // a missing comma at the top
      text.replace(',1,2]', ',1,,2]'), // an empty member
      text.replace(',1,2]', ',1,2,]'), // a trailing comma
      `[,${text.slice(1)}`, // a leading comma
      `${text}x`, // text after the value
      text.slice(0, -1), // unclosed
      text.replace('{"list"', '{list'), // an unquoted key
      text.replace('"list":', '"list" '), // no colon
      `${text.slice(0, 30_000)}\u00a0${text.slice(30_000)}`, // a space JSON does not know, maybe in a string
      `[${text},]`, // a trailing comma after a member large enough to be parsed on its own
      `{"a":${text} , }`,
      `[ ,${text}]`,
    ];
    for (const b of broken) expect(parsePieces(b, next)).toEqual(tryParse(b));
    expect(tryParse(text.replace('],', ']'))).toBeUndefined();
  });

  it('parses a value too deep to cut, or one long string, flat', () => {
    const deep = `${'['.repeat(20)}${JSON.stringify('y'.repeat(70_000))}${']'.repeat(20)}`;
    expect(parsePieces(deep, random(5))).toEqual(JSON.parse(deep));
  });

  it('finds a balanced end in pieces as in one string', () => {
    const text = `x {"a":"}\\"{","b":[1,{"c":"]"}]} tail`;
    const pieces = joinedText(text.split(''));
    expect(balancedEnd(pieces, 2)).toBe(text.indexOf(' tail'));
    expect(balancedEnd(text, 2)).toBe(text.indexOf(' tail'));
    expect(balancedEnd(text, 0)).toBe(-1);
    expect(balancedEnd('{"a":[1,2}', 0)).toBe(-1);
  });
});
