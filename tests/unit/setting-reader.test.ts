/** The content script's light settings reader sees what the WXT storage items write, and back. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { legendShown, pausedEverywhere, pausedSites } from '../../utils/settings';
import { readSettings, saveLegendShown, watchSettings } from '../../utils/setting-reader';
import type { Settings } from '../../utils/setting-keys';

describe('content-script settings reader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the fallbacks when nothing is stored, and what the storage items wrote', async () => {
    expect(await readSettings()).toEqual({ pausedSites: [], pausedEverywhere: false, legendShown: true });
    await pausedSites.setValue(['example.com']);
    await pausedEverywhere.setValue(true);
    await legendShown.setValue(false);
    expect(await readSettings()).toEqual({ pausedSites: ['example.com'], pausedEverywhere: true, legendShown: false });
  });

  it('reads a stored value of the wrong type as unset', async () => {
    await fakeBrowser.storage.local.set({ pausedSites: 'example.com', legendShown: 'no' });
    expect(await readSettings()).toEqual({ pausedSites: [], pausedEverywhere: false, legendShown: true });
  });

  it('hears changes made through the storage items, and stops when asked', async () => {
    const heard: Partial<Settings>[] = [];
    const stop = watchSettings((changed) => heard.push(changed));
    await pausedSites.setValue(['a.example']);
    await legendShown.setValue(false);
    stop();
    await pausedEverywhere.setValue(true);
    expect(heard).toEqual([{ pausedSites: ['a.example'] }, { legendShown: false }]);
  });

  it('writes the legend where the storage item reads it', async () => {
    await saveLegendShown(false);
    expect(await legendShown.getValue()).toBe(false);
  });
});
