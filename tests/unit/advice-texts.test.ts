/** The tips and swap reasons in the six other languages (data/advice-texts/<lang>.json). */
import { describe, expect, it } from 'vitest';
import { ADVICE_LANGS, loadAdviceTexts, type AdviceTexts } from '../../data/advice-texts';
import { SWAPS } from '../../data/swaps';
import { TIPS } from '../../data/tips';
import { forbiddenWordsIn } from '../../data/tips/forbidden-words';
import { GUT_DATA, loadGutData } from '../../components/gut-data';

const ENGLISH: Record<keyof AdviceTexts, ReadonlyMap<string, string>> = {
  tips: new Map(TIPS.map((tip) => [tip.id, tip.text])),
  swaps: new Map(SWAPS.map((swap) => [swap.id, swap.reason])),
};
const KINDS = Object.keys(ENGLISH) as (keyof AdviceTexts)[];

/** The numbers a text states, as digits only ("1,000" and "1.000" are both 1000; "6.5" and "6,5" agree). */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,\u00a0 ]\d+)*/g)]
    .map((match) => match[0].replace(/[.,\u00a0 ]/g, ''))
    .sort();
}

/** Sentences: split after . ! ? followed by a space and an upper-case letter (or ¿ ¡ « „). */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?…»“"])\s+(?=[\p{Lu}¿¡«„"])/u).length;
}

describe.each(ADVICE_LANGS)('advice texts in %s', (lang) => {
  it('translates every tip and every swap reason, and nothing else', async () => {
    const texts = await loadAdviceTexts(lang);
    for (const kind of KINDS) {
      const ids = Object.keys(texts?.[kind] ?? {});
      expect({ kind, missing: [...ENGLISH[kind].keys()].filter((id) => !ids.includes(id)) }).toEqual({ kind, missing: [] });
      expect({ kind, unknown: ids.filter((id) => !ENGLISH[kind].has(id)) }).toEqual({ kind, unknown: [] });
    }
  });

  it('writes whole, translated texts of the same length class as the English ones', async () => {
    const texts = await loadAdviceTexts(lang);
    const bad: string[] = [];
    for (const kind of KINDS) {
      for (const [id, text] of Object.entries(texts?.[kind] ?? {})) {
        const english = ENGLISH[kind].get(id) ?? '';
        if (text !== text.trim() || !/[.!?…»"]$/.test(text)) bad.push(`${id}: not a whole sentence`);
        if (text === english) bad.push(`${id}: still English`);
        if (text.length < english.length * 0.6 || text.length > english.length * 1.8) bad.push(`${id}: length ${text.length} vs ${english.length}`);
        if (sentenceCount(text) > Math.max(2, sentenceCount(english))) bad.push(`${id}: more than two sentences`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('states the same numbers as the English text', async () => {
    const texts = await loadAdviceTexts(lang);
    const bad = KINDS.flatMap((kind) =>
      Object.entries(texts?.[kind] ?? {}).flatMap(([id, text]) => {
        const want = numbersIn(ENGLISH[kind].get(id) ?? '');
        const got = numbersIn(text);
        return want.every((n) => got.includes(n)) ? [] : [`${id}: ${want.join(' ')} ≠ ${got.join(' ')}`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('promotes no product, drug or supplement', async () => {
    const texts = await loadAdviceTexts(lang);
    const bad = KINDS.flatMap((kind) =>
      Object.entries(texts?.[kind] ?? {}).flatMap(([id, text]) => forbiddenWordsIn(text, lang).map((word) => `${id}: ${word}`)),
    );
    expect(bad).toEqual([]);
  });

  it('reaches the popup: the data for this language carries the texts and says their language', async () => {
    const data = await loadGutData(lang);
    const texts = await loadAdviceTexts(lang);
    expect(data.adviceLang).toBe(lang);
    const tip = data.tips[0]!;
    expect(tip.text).toBe(texts?.tips[tip.id] ?? GUT_DATA.tips[0]!.text);
  });
});

describe('advice texts in English', () => {
  it('are the texts beside the data', async () => {
    expect(await loadAdviceTexts('en')).toBeUndefined();
    expect(await loadGutData('en')).toBe(GUT_DATA);
  });

  it('the translated forbidden words are found', () => {
    expect(forbiddenWordsIn('Nehmen Sie Tabletten mit Wasser.')).toEqual(['Tabletten']);
    expect(forbiddenWordsIn('Un complément alimentaire aide.')).toEqual(['complément alimentaire']);
    expect(forbiddenWordsIn('Una cucharada de semillas de chía.')).toEqual([]);
    expect(forbiddenWordsIn('Mehr Kraft in den Beinen.', 'de')).toEqual([]);
    expect(forbiddenWordsIn('Kraft cheese slices.', 'en')).toEqual(['Kraft']);
  });
});
