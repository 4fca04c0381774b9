/**
 * The Dexie schema, one test per version: a database written by each version opens under the
 * current code with its data intact.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GutLensDB, SCHEMA_VERSION } from '../../utils/db';
import type { PageReport } from '../../utils/messages';

const report: PageReport = {
  url: 'https://example.org/r',
  title: 'Lentil soup',
  kind: 'recipe',
  evidence: ['jsonld:Recipe'],
  foods: [{ id: 'lentil', name: 'lentils', tags: ['fiber', 'prebiotic', 'plant'], count: 1 }],
  ingredients: ['1 cup lentils'],
  products: [],
  at: 1,
};

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

describe('GutLensDB', () => {
  it('opens a new database at the current version with every table', async () => {
    const db = new GutLensDB('gut-lens-test-new');
    names.push(db.name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['plants', 'tabPages']);
    db.close();
  });

  it('version 1: data written by v1 reads back under the current schema', async () => {
    const name = 'gut-lens-test-v1';
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({ tabPages: 'tabId', plants: '++id, day, plant, [day+plant]' });
    await v1.table('tabPages').put({ tabId: 7, report });
    await v1.table('plants').add({ day: '2026-11-24', plant: 'lentil', url: report.url });
    v1.close();

    const db = new GutLensDB(name);
    await db.open();
    expect((await db.tabPages.get(7))?.report.title).toBe('Lentil soup');
    expect(await db.plants.where('[day+plant]').equals(['2026-11-24', 'lentil']).count()).toBe(1);
    db.close();
  });
});
