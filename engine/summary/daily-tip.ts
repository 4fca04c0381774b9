/**
 * The tip of the day: one tip per local calendar day, the same all day, a different one
 * tomorrow, and no tip shown twice until every tip has had its day.
 *
 * Pure: the date comes in as an argument (the popup passes `new Date()`); nothing here reads
 * a clock, storage or the browser.
 */

/** What a tip is about; the popup may show it as a small label. */
export type TipTopic =
  | 'fiber'
  | 'fermented'
  | 'prebiotic'
  | 'plants'
  | 'hydration'
  | 'sleep'
  | 'stress'
  | 'movement'
  | 'cooking';

export const TIP_TOPICS: readonly TipTopic[] = [
  'fiber',
  'fermented',
  'prebiotic',
  'plants',
  'hydration',
  'sleep',
  'stress',
  'movement',
  'cooking',
];

/** One tip, as data/tips/*.ts write it. */
export interface Tip {
  /** Stable, kebab-case: a user's "seen" or "liked" marks may refer to it. */
  id: string;
  /** One or two whole sentences, English; translated as a whole. */
  text: string;
  topic: TipTopic;
  /** Key into data/advice-sources.ts. */
  source: string;
}

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for the calendar day `date` falls on in its local time zone.
 * Built from the local year, month and day, so a 23- or 25-hour daylight-saving day is still
 * one day, and 00:00 and 23:59 of a day give the same number.
 */
export function localDayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

/** A small deterministic generator (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A fixed shuffle of 0..length-1 (Fisher–Yates over the seeded generator). */
export function fixedPermutation(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Seed of the tip order. Changing it reshuffles every user's sequence: leave it alone. */
const TIP_ORDER_SEED = 20_240_601;

function modulo(value: number, length: number): number {
  return ((value % length) + length) % length;
}

/**
 * The tip for the local day of `date`. Day n shows the tip at position n (mod the number of
 * tips) of a fixed shuffle, so consecutive days walk the shuffle and a tip comes back only after
 * `tips.length` days. `offset` ("another tip") steps forward along the same order: offset 1
 * shows the tip that follows today's. Returns undefined for an empty list.
 */
export function tipForDay<T extends Tip>(tips: readonly T[], date: Date, offset = 0): T | undefined {
  if (tips.length === 0) return undefined;
  const order = fixedPermutation(tips.length, TIP_ORDER_SEED);
  const position = modulo(localDayNumber(date) + Math.trunc(offset), tips.length);
  return tips[order[position]];
}
