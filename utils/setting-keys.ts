/**
 * The settings' keys in `browser.storage.local` and their values when unset: shared by the WXT
 * storage items (settings.ts, popup and settings page) and the content script's light reader
 * (setting-reader.ts), which reads the same keys without bundling WXT's storage library.
 */
export interface Settings {
  /** Hostnames where Gut Lens is paused. */
  pausedSites: string[];
  /** Gut Lens paused on every site. */
  pausedEverywhere: boolean;
  /** The on-page legend is shown. */
  legendShown: boolean;
}

export const SETTING_FALLBACKS: Readonly<Settings> = { pausedSites: [], pausedEverywhere: false, legendShown: true };

export function isPaused(host: string, sites: readonly string[], everywhere: boolean): boolean {
  return everywhere || sites.includes(host);
}
