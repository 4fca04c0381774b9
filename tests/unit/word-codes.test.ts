import { describe, expect, it } from 'vitest';
import { isWordCode } from '../../engine/foods/normalize';

describe('word characters', () => {
  it('are letters, numbers and marks: every code unit as the Unicode pattern says', () => {
    const pattern = /[\p{L}\p{N}\p{M}]/u;
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (isWordCode(code) !== pattern.test(String.fromCharCode(code))) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('count surrogate halves as separators', () => {
    expect(isWordCode(0xd83c)).toBe(false);
    expect(isWordCode(0xdf45)).toBe(false);
  });

  it('keep fractions and superscripts in a word, and punctuation out of it', () => {
    expect([...'½²é’—×'].map((c) => isWordCode(c.charCodeAt(0)))).toEqual([true, true, true, false, false, false]);
  });
});
