/**
 * User settings in `browser.storage.local`, typed and versioned through WXT storage items. The
 * content script watches them, so pausing takes effect at once without a reload.
 */
import { storage } from '#imports';

import { SETTING_FALLBACKS } from './setting-keys';

/** Hostnames where Gut Lens is paused. */
export const pausedSites = storage.defineItem<string[]>('local:pausedSites', { fallback: SETTING_FALLBACKS.pausedSites, version: 1 });
/** Gut Lens paused on every site. */
export const pausedEverywhere = storage.defineItem<boolean>('local:pausedEverywhere', {
  fallback: SETTING_FALLBACKS.pausedEverywhere,
  version: 1,
});
/** The on-page legend is shown. */
export const legendShown = storage.defineItem<boolean>('local:legendShown', { fallback: SETTING_FALLBACKS.legendShown, version: 1 });

