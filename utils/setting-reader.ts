/**
 * The content script's view of the settings: read, watched and (the legend) written straight
 * through `browser.storage.local`, under the keys the WXT storage items of settings.ts use. The
 * content script ships without WXT's storage library this way (about 5 KB gzip).
 */
import { browser } from 'wxt/browser';
import { SETTING_FALLBACKS, type Settings } from './setting-keys';

const KEYS = Object.keys(SETTING_FALLBACKS) as (keyof Settings)[];

function valueOf<K extends keyof Settings>(key: K, stored: unknown): Settings[K] {
  const fallback = SETTING_FALLBACKS[key];
  if (stored === undefined || stored === null) return fallback;
  // A stored value of the wrong type (an old or corrupt entry) reads as unset.
  return (Array.isArray(fallback) ? Array.isArray(stored) : typeof stored === typeof fallback) ? (stored as Settings[K]) : fallback;
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEYS);
  return {
    pausedSites: valueOf('pausedSites', stored.pausedSites),
    pausedEverywhere: valueOf('pausedEverywhere', stored.pausedEverywhere),
    legendShown: valueOf('legendShown', stored.legendShown),
  };
}

/** Calls `onChange` with the settings that changed; returns the function that stops watching. */
export function watchSettings(onChange: (changed: Partial<Settings>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed: Partial<Settings> = {};
    let any = false;
    for (const key of KEYS) {
      if (!(key in changes)) continue;
      (changed as Record<string, unknown>)[key] = valueOf(key, changes[key]?.newValue);
      any = true;
    }
    if (any) onChange(changed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function saveLegendShown(shown: boolean): Promise<void> {
  return browser.storage.local.set({ legendShown: shown });
}
