/**
 * Gut Lens's IndexedDB, through Dexie. Only the background writes to it.
 * Schema versions are listed in full, oldest first; each has a migration test.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { PageReport } from './messages';

/** The latest report for one tab. */
export interface TabPage {
  tabId: number;
  report: PageReport;
}

/** A plant seen on a recipe page on a local day, for the week's plant diversity. */
export interface PlantSighting {
  id?: number;
  /** Local day, `YYYY-MM-DD`. */
  day: string;
  plant: string;
  url: string;
  /** 1, or 0.25 for a herb or spice (not indexed; absent in v1 rows means 1). */
  weight?: number;
}

/** A swap the user saved or hid for good (v2). */
export interface SwapPref {
  swapId: string;
  pref: 'saved' | 'hidden';
  at: number;
}

export class GutLensDB extends Dexie {
  tabPages!: EntityTable<TabPage, 'tabId'>;
  plants!: EntityTable<PlantSighting, 'id'>;
  swapPrefs!: EntityTable<SwapPref, 'swapId'>;

  constructor(name = 'gut-lens') {
    super(name);
    this.version(1).stores({
      tabPages: 'tabId',
      plants: '++id, day, plant, [day+plant]',
    });
    // v2: saved and hidden swaps. Tab reports of v1 used a different PageReport shape
    // (ingredients/products as strings); they are only a cache of open tabs, so they are dropped.
    this.version(2)
      .stores({ swapPrefs: 'swapId, pref' })
      .upgrade((tx) => tx.table('tabPages').clear());
  }
}

export const SCHEMA_VERSION = 2;
