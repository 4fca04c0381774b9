/**
 * Scoring the matcher against the corpus's labelled lines and product titles
 * (`labels/lines.jsonl`, `labels/titles.jsonl`): a line's predicted tags are the union of the
 * tags of the foods the matcher finds in it; per tag we count true/false positives and misses.
 * Shared by `cli/eval-lines.ts` and `tests/corpus/labels.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FoodMatcher } from '../../engine/foods/matcher';
import { GUT_TAGS, type GutTag } from '../../engine/foods/types';

export interface LabelledItem {
  /** `lines` or `titles`. */
  set: 'lines' | 'titles';
  text: string;
  lang: string;
  page: string;
  foods: string[];
  gold: Record<GutTag, boolean>;
  unsure: boolean;
  note: string;
}

interface RawLabel {
  line?: string;
  title?: string;
  lang: string;
  page: string;
  foods: string[];
  fiber: boolean;
  prebiotic: boolean;
  probiotic: boolean;
  unsure: boolean;
  note: string;
}

function readJsonl(path: string, set: LabelledItem['set']): LabelledItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const raw = JSON.parse(l) as RawLabel;
      return {
        set,
        text: raw.line ?? raw.title ?? '',
        lang: raw.lang,
        page: raw.page,
        foods: raw.foods,
        gold: { fiber: raw.fiber, prebiotic: raw.prebiotic, probiotic: raw.probiotic },
        unsure: raw.unsure,
        note: raw.note,
      };
    });
}

export function loadLabels(corpus: string): LabelledItem[] {
  return [
    ...readJsonl(join(corpus, 'labels', 'lines.jsonl'), 'lines'),
    ...readJsonl(join(corpus, 'labels', 'titles.jsonl'), 'titles'),
  ];
}

/** The six non-English languages whose names ship with the food list. */
export const SIX_LANGS: readonly string[] = ['es', 'fr', 'de', 'it', 'nl', 'pt'];

/** A named subset of the labels; `target` is the F1 per tag the brief asks for (report-only when absent). */
export interface Group {
  name: string;
  target?: number;
  pick: (item: LabelledItem) => boolean;
}

export const GROUPS: readonly Group[] = [
  { name: 'en lines', target: 0.95, pick: (i) => i.set === 'lines' && i.lang === 'en' },
  { name: 'six-language lines', target: 0.9, pick: (i) => i.set === 'lines' && SIX_LANGS.includes(i.lang) },
  ...SIX_LANGS.map((lang) => ({ name: `  ${lang} lines`, pick: (i: LabelledItem) => i.set === 'lines' && i.lang === lang })),
  { name: 'other-language lines', pick: (i) => i.set === 'lines' && i.lang !== 'en' && !SIX_LANGS.includes(i.lang) },
  { name: 'en titles', target: 0.9, pick: (i) => i.set === 'titles' && i.lang === 'en' },
  { name: 'bg titles', pick: (i) => i.set === 'titles' && i.lang === 'bg' },
  { name: 'ru titles', pick: (i) => i.set === 'titles' && i.lang === 'ru' },
];

export interface TagScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Prediction {
  item: LabelledItem;
  tags: Record<GutTag, boolean>;
  /** The foods found, as `id:matched text`. */
  found: string[];
}

export interface GroupScore {
  group: Group;
  count: number;
  tags: Record<GutTag, TagScore>;
  /** Items where a tag is predicted but not labelled, or labelled but not predicted. */
  errors: Prediction[];
}

/** Predict every item's tags with the matcher (the item's language passed on unless `useLang` is false). */
export function predict(items: readonly LabelledItem[], matcher: FoodMatcher, useLang = true): Prediction[] {
  return items.map((item) => {
    const hits = matcher.match(item.text, useLang && item.lang !== '?' ? { lang: item.lang } : {});
    const tags = { fiber: false, prebiotic: false, probiotic: false };
    for (const hit of hits) for (const t of hit.tags) if (t !== 'plant') tags[t] = true;
    return { item, tags, found: hits.map((h) => `${h.id}:${h.match}`) };
  });
}

function tagScore(tp: number, fp: number, fn: number): TagScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function scoreGroup(group: Group, predictions: readonly Prediction[], includeUnsure = true): GroupScore {
  const picked = predictions.filter((p) => group.pick(p.item) && (includeUnsure || !p.item.unsure));
  const tags = {} as Record<GutTag, TagScore>;
  for (const tag of GUT_TAGS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of picked) {
      if (p.tags[tag] && p.item.gold[tag]) tp++;
      else if (p.tags[tag]) fp++;
      else if (p.item.gold[tag]) fn++;
    }
    tags[tag] = tagScore(tp, fp, fn);
  }
  const errors = picked.filter((p) => GUT_TAGS.some((t) => p.tags[t] !== p.item.gold[t]));
  return { group, count: picked.length, tags, errors };
}

export function scoreAll(predictions: readonly Prediction[], includeUnsure = true): GroupScore[] {
  return GROUPS.map((g) => scoreGroup(g, predictions, includeUnsure));
}

const pct = (x: number) => x.toFixed(3);

/** One table row per group: F1 (P/R, tp/fp/fn) per tag. */
export function formatScores(scores: readonly GroupScore[]): string {
  const rows = scores.map((s) => {
    const cells = GUT_TAGS.map((t) => {
      const v = s.tags[t];
      return `${t} F1 ${pct(v.f1)} (P ${pct(v.precision)} R ${pct(v.recall)}; ${v.tp}/${v.fp}/${v.fn})`;
    });
    const target = s.group.target ? ` [target ${s.group.target}]` : ' [report only]';
    return `${s.group.name.padEnd(22)} n=${String(s.count).padStart(3)}  ${cells.join('  ')}${target}`;
  });
  return `${rows.join('\n')}\n(tp/fp/fn per tag)`;
}

/** Misses and false hits of a group, one per line. */
export function formatErrors(score: GroupScore): string {
  return score.errors
    .map((p) => {
      const diff = GUT_TAGS.filter((t) => p.tags[t] !== p.item.gold[t])
        .map((t) => (p.tags[t] ? `+${t}` : `-${t}`))
        .join(' ');
      const unsure = p.item.unsure ? ' (unsure)' : '';
      return `  ${diff.padEnd(22)} [${p.item.lang}] ${JSON.stringify(p.item.text)} found=[${p.found.join(', ')}] gold=[${p.item.foods.join(', ')}]${unsure}`;
    })
    .join('\n');
}
