/** Swaps the user saved, and swaps hidden for good. */
import type { GutLensDB } from './db';
import type { SwapPrefs } from './messages';

export async function swapPrefs(db: GutLensDB): Promise<SwapPrefs> {
  const rows = await db.swapPrefs.toArray();
  return {
    saved: rows.filter((r) => r.pref === 'saved').map((r) => r.swapId),
    hidden: rows.filter((r) => r.pref === 'hidden').map((r) => r.swapId),
  };
}

export async function setSwapPref(db: GutLensDB, swapId: string, pref: 'saved' | 'hidden' | 'none', at: number): Promise<SwapPrefs> {
  if (pref === 'none') await db.swapPrefs.delete(swapId);
  else await db.swapPrefs.put({ swapId, pref, at });
  return swapPrefs(db);
}
