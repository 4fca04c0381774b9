/** The tip data (data/tips) and the tip of the day (engine/summary/daily-tip.ts). */
import { describe, expect, it } from 'vitest';
import { ADVICE_SOURCE_LIST, ADVICE_SOURCES } from '../../data/advice-sources';
import { forbiddenWordsIn } from '../../data/tips/forbidden-words';
import { TIPS } from '../../data/tips';
import { fixedPermutation, localDayNumber, TIP_TOPICS, tipForDay, type Tip } from '../../engine/summary/daily-tip';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Sentences of a text: split after . ! ? followed by a space and a capital letter. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/);
}

describe('tip data', () => {
  it('has at least 120 tips', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(120);
  });

  it('has unique kebab-case ids', () => {
    const ids = TIPS.map((tip) => tip.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('says each tip in one or two whole sentences', () => {
    const bad = TIPS.filter((tip) => {
      const parts = sentences(tip.text);
      return parts.length > 2 || parts.some((part) => !/^[A-Z0-9]/.test(part) || !/[^.][.!?]$/.test(part));
    });
    expect(bad.map((tip) => tip.id)).toEqual([]);
    expect(TIPS.filter((tip) => tip.text.length > 240).map((tip) => tip.id)).toEqual([]);
  });

  it('keeps texts whole: no template slots or markup a translator would have to reassemble', () => {
    expect(TIPS.filter((tip) => /[{}<>$`]|\s{2}/.test(tip.text) || tip.text !== tip.text.trim()).map((tip) => tip.id)).toEqual([]);
  });

  it('covers every topic, with at least 8 tips each', () => {
    for (const topic of TIP_TOPICS) {
      expect(TIPS.filter((tip) => tip.topic === topic).length, topic).toBeGreaterThanOrEqual(8);
    }
    expect(TIPS.filter((tip) => !TIP_TOPICS.includes(tip.topic)).map((tip) => tip.id)).toEqual([]);
  });

  it('cites a known source for every tip', () => {
    expect(TIPS.filter((tip) => !ADVICE_SOURCES[tip.source]).map((tip) => `${tip.id}: ${tip.source}`)).toEqual([]);
  });

  it('lists every source with a title, authors, a plausible year and an https url', () => {
    const keys = ADVICE_SOURCE_LIST.map((source) => source.key);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const source of ADVICE_SOURCE_LIST) {
      expect(source.key, source.key).toMatch(KEBAB);
      expect(source.title.length, source.key).toBeGreaterThan(5);
      expect(source.authors.length, source.key).toBeGreaterThan(2);
      expect(source.year, source.key).toBeGreaterThanOrEqual(1990);
      expect(source.year, source.key).toBeLessThanOrEqual(2026);
      expect(() => new URL(source.url), source.key).not.toThrow();
      expect(new URL(source.url).protocol, source.key).toBe('https:');
    }
  });

  it('mentions no drug, supplement or brand', () => {
    expect(TIPS.flatMap((tip) => forbiddenWordsIn(tip.text).map((word) => `${tip.id}: ${word}`))).toEqual([]);
  });

  it('the forbidden-word scan does find what it must', () => {
    expect(forbiddenWordsIn('Take a fiber supplement with water.')).toEqual(['supplement']);
    expect(forbiddenWordsIn('Two PILLS a day')).toEqual(['pills']);
    expect(forbiddenWordsIn('A probiotic supplement helps.')).toContain('probiotic supplement');
    expect(forbiddenWordsIn('Try Activia yogurt.')).toEqual(['Activia']);
    expect(forbiddenWordsIn('A tablespoon of chia seeds, drugstore-free.')).toEqual([]);
  });
});

const day = (year: number, month: number, date: number, hour = 12, minute = 0) => new Date(year, month - 1, date, hour, minute);
const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes());

describe('tipForDay', () => {
  it('gives the same tip all day, from midnight to the last minute', () => {
    for (const [y, m, d] of [[2025, 1, 1], [2025, 3, 30], [2025, 10, 26], [2026, 2, 28]]) {
      const noon = tipForDay(TIPS, day(y, m, d));
      for (const hour of [0, 1, 6, 9, 17, 23]) {
        expect(tipForDay(TIPS, day(y, m, d, hour, hour === 23 ? 59 : 0))?.id).toBe(noon?.id);
      }
    }
  });

  it('gives a different tip the next day', () => {
    let date = day(2025, 1, 1, 8);
    for (let i = 0; i < 500; i++) {
      const next = addDays(date, 1);
      expect(tipForDay(TIPS, next)?.id).not.toBe(tipForDay(TIPS, date)?.id);
      date = next;
    }
  });

  it('does not repeat a tip within tips.length consecutive days, wherever the run starts', () => {
    for (const start of [day(2024, 12, 30), day(2025, 6, 15), day(2027, 3, 1)]) {
      const seen = new Set<string>();
      for (let i = 0; i < TIPS.length; i++) seen.add(tipForDay(TIPS, addDays(start, i))!.id);
      expect(seen.size).toBe(TIPS.length);
    }
  });

  it('does not walk the tips in file order (topics are mixed from day to day)', () => {
    const start = day(2025, 5, 1);
    const topics = Array.from({ length: 10 }, (_, i) => tipForDay(TIPS, addDays(start, i))!.topic);
    expect(new Set(topics).size).toBeGreaterThan(3);
  });

  it('offset shows the next tip, and wraps around', () => {
    const today = day(2025, 4, 10);
    const first = tipForDay(TIPS, today);
    const another = tipForDay(TIPS, today, 1);
    expect(another?.id).not.toBe(first?.id);
    expect(another?.id).toBe(tipForDay(TIPS, addDays(today, 1))?.id);
    expect(tipForDay(TIPS, today, 2)?.id).toBe(tipForDay(TIPS, addDays(today, 2))?.id);
    expect(tipForDay(TIPS, today, TIPS.length)?.id).toBe(first?.id);
    expect(tipForDay(TIPS, today, -1)?.id).toBe(tipForDay(TIPS, addDays(today, -1))?.id);
  });

  it('works on any list and returns undefined for an empty one', () => {
    const three: Tip[] = ['a', 'b', 'c'].map((id) => ({ id, text: 'T.', topic: 'fiber', source: 's' }));
    const ids = [0, 1, 2].map((i) => tipForDay(three, addDays(day(2025, 1, 1), i))!.id);
    expect(new Set(ids).size).toBe(3);
    expect(tipForDay([], day(2025, 1, 1))).toBeUndefined();
  });

  it('follows the local calendar day, not the UTC one (a clock 8 hours behind UTC)', () => {
    /** A Date whose local getters read a fixed UTC-8 zone, whatever the machine's time zone. */
    class UtcMinus8Date extends Date {
      private shifted(): Date {
        return new Date(this.getTime() - 8 * 3_600_000);
      }
      override getFullYear(): number {
        return this.shifted().getUTCFullYear();
      }
      override getMonth(): number {
        return this.shifted().getUTCMonth();
      }
      override getDate(): number {
        return this.shifted().getUTCDate();
      }
    }
    const morning = new UtcMinus8Date(Date.UTC(2025, 0, 10, 16)); // 08:00 local, 10 January
    const evening = new UtcMinus8Date(Date.UTC(2025, 0, 11, 7, 59)); // 23:59 local, still 10 January
    const nextMorning = new UtcMinus8Date(Date.UTC(2025, 0, 11, 16)); // 08:00 local, 11 January
    expect(localDayNumber(evening)).toBe(localDayNumber(morning));
    expect(tipForDay(TIPS, evening)?.id).toBe(tipForDay(TIPS, morning)?.id);
    expect(tipForDay(TIPS, nextMorning)?.id).not.toBe(tipForDay(TIPS, morning)?.id);
  });

  it('counts local calendar days, one per day even across daylight-saving changes', () => {
    let previous = localDayNumber(day(2024, 12, 31, 0, 0));
    for (let i = 1; i <= 366; i++) {
      const midnight = addDays(day(2024, 12, 31, 0, 0), i);
      const lastMinute = new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), 23, 59);
      expect(localDayNumber(midnight)).toBe(previous + 1);
      expect(localDayNumber(lastMinute)).toBe(previous + 1);
      previous += 1;
    }
  });

  it('the fixed permutation holds every index once', () => {
    const order = fixedPermutation(TIPS.length, 1);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: TIPS.length }, (_, i) => i));
    expect(fixedPermutation(TIPS.length, 1)).toEqual(order);
  });
});
