/**
 * User settings in `browser.storage.local`, typed and versioned through WXT storage items. The
 * content script watches them, so pausing takes effect at once without a reload.
 */
import { storage } from '#imports';

/** Hostnames where Gut Lens is paused. */
export const pausedSites = storage.defineItem<string[]>('local:pausedSites', { fallback: [], version: 1 });
/** Gut Lens paused on every site. */
export const pausedEverywhere = storage.defineItem<boolean>('local:pausedEverywhere', { fallback: false, version: 1 });
/** The on-page legend is shown. */
export const legendShown = storage.defineItem<boolean>('local:legendShown', { fallback: true, version: 1 });

export function isPaused(host: string, sites: readonly string[], everywhere: boolean): boolean {
  return everywhere || sites.includes(host);
}
