/**
 * Background: the one writer to the database, the server side of the message map, and the badge.
 */
import { GutLensDB } from '../utils/db';
import { onMessages } from '../utils/messages';
import { recordPlants, weekPlants } from '../utils/week-plants';
import { setSwapPref, swapPrefs } from '../utils/swap-prefs';
import { withFiberEstimate } from '../utils/fiber-estimate';
import { FOODS } from '../data/foods';
import { nameIndexFor } from '../utils/name-indexes';

export default defineBackground(() => {
  const db = new GutLensDB();

  onMessages({
    async reportPage(report, sender) {
      if (sender.tabId === undefined) return;
      report = withFiberEstimate(report);
      await db.tabPages.put({ tabId: sender.tabId, report });
      if (report.kind === 'recipe' && report.plants) await recordPlants(db, report.plants, report.url, new Date());
      const gut = report.foods.filter((f) => f.tags.some((t) => t !== 'plant')).length;
      await browser.action.setBadgeText({ tabId: sender.tabId, text: gut > 0 ? String(gut) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId: sender.tabId, color: '#1f6b45' });
    },
    async getPage({ tabId }) {
      return (await db.tabPages.get(tabId))?.report ?? null;
    },
    getNameIndex: ({ langs }) => nameIndexFor(FOODS, langs),
    getWeekPlants: ({ now }) => weekPlants(db, new Date(now)),
    getSwapPrefs: () => swapPrefs(db),
    setSwapPref: ({ swapId, pref }) => setSwapPref(db, swapId, pref, Date.now()),
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    db.tabPages.delete(tabId).catch((error: unknown) => console.error('[gut-lens:tabs]', error));
  });
});
