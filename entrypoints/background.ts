/**
 * Background: the one writer to the database and the server side of the message map.
 */
import { GutLensDB } from '../utils/db';
import { onMessages } from '../utils/messages';

export default defineBackground(() => {
  const db = new GutLensDB();

  onMessages({
    async reportPage(report, sender) {
      if (sender.tabId === undefined) return;
      await db.tabPages.put({ tabId: sender.tabId, report });
      const gut = report.foods.filter((f) => f.tags.some((t) => t !== 'plant')).length;
      await browser.action.setBadgeText({ tabId: sender.tabId, text: gut > 0 ? String(gut) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId: sender.tabId, color: '#1f7a4d' });
    },
    async getPage({ tabId }) {
      return (await db.tabPages.get(tabId))?.report ?? null;
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    db.tabPages.delete(tabId).catch((error: unknown) => console.error('[gut-lens:tabs]', error));
  });
});
