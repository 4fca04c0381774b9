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
  foods: [{ id: 'lentil', name: 'lentils', tags: ['fiber', 'prebiotic', 'plant'], count: 1, firstLine: 0 }],
  lines: [{ text: '1 cup lentils', foodIds: ['lentil'] }],
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
    expect(db.tables.map((t) => t.name).sort()).toEqual(['plants', 'swapPrefs', 'tabPages']);
    db.close();
  });

  it('version 1: plants written by v1 survive; v1 tab reports (old shape) are dropped', async () => {
    const name = 'gut-lens-test-v1';
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({ tabPages: 'tabId', plants: '++id, day, plant, [day+plant]' });
    const v1Report = { url: report.url, title: 'Lentil soup', kind: 'recipe', evidence: [], foods: [], ingredients: ['1 cup lentils'], products: [], at: 1 };
    await v1.table('tabPages').put({ tabId: 7, report: v1Report });
    await v1.table('plants').add({ day: '2026-11-24', plant: 'lentil', url: report.url });
    v1.close();

    const db = new GutLensDB(name);
    await db.open();
    expect(await db.tabPages.count()).toBe(0);
    expect(await db.plants.where('[day+plant]').equals(['2026-11-24', 'lentil']).count()).toBe(1);
    db.close();
  });

  it('version 2: reports and swap preferences written by v2 read back', async () => {
    const name = 'gut-lens-test-v2';
    names.push(name);
    const v2 = new GutLensDB(name);
    await v2.tabPages.put({ tabId: 3, report });
    await v2.swapPrefs.put({ swapId: 'white-rice-to-barley', pref: 'saved', at: 5 });
    v2.close();
    const db = new GutLensDB(name);
    expect((await db.tabPages.get(3))?.report.lines[0].foodIds).toEqual(['lentil']);
    expect((await db.swapPrefs.where('pref').equals('saved').toArray()).map((p) => p.swapId)).toEqual(['white-rice-to-barley']);
    db.close();
  });
});
