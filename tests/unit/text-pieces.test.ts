/** Long texts cut into pieces at sentence ends, for matching in slices. */
import { describe, expect, it } from 'vitest';
import { textPieces } from '../../engine/foods/text-pieces';

const join = (text: string, pieces: [number, number][]) => pieces.map(([a, b]) => text.slice(a, b)).join('');

describe('text pieces', () => {
  it('leaves a short text whole', () => {
    expect(textPieces('2 cups black beans', 100)).toEqual([[0, 18]]);
  });

  it('cuts a long paragraph after sentences, never inside one, and loses nothing', () => {
    const sentence = 'Add the black beans and the red onion, then stir. ';
    const text = sentence.repeat(40);
    const pieces = textPieces(text, 300);
    expect(pieces.length).toBeGreaterThan(5);
    expect(join(text, pieces)).toBe(text);
    for (const [start, end] of pieces) {
      expect(end - start).toBeLessThanOrEqual(300);
      expect(text.slice(start, end).startsWith('Add the black beans')).toBe(true);
    }
  });

  it('leaves a text with no sentence end in reach whole from there on', () => {
    const text = 'beans '.repeat(100);
    expect(textPieces(text, 120)).toEqual([[0, text.length]]);
    const mixed = `Soak. ${'lentils '.repeat(50)}`;
    expect(join(mixed, textPieces(mixed, 100))).toBe(mixed);
  });
});
