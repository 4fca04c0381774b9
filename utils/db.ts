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
}

export class GutLensDB extends Dexie {
  tabPages!: EntityTable<TabPage, 'tabId'>;
  plants!: EntityTable<PlantSighting, 'id'>;

  constructor(name = 'gut-lens') {
    super(name);
    this.version(1).stores({
      tabPages: 'tabId',
      plants: '++id, day, plant, [day+plant]',
    });
  }
}

export const SCHEMA_VERSION = 1;
