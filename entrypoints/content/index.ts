/**
 * Content script entry: settings, pause and resume, client-side navigation and the popup's
 * "scroll to" request. Each page visit is one session (session.ts); everything is cancelled with
 * WXT's context, and nothing is ever thrown into the page.
 */
// First: its clock starts before any other module of the script runs.
import { LOAD_START } from './load-start';
import './style.css';
import { firstLookSteps } from '../../engine/page/food-page-gate';
import type { DomDocument } from '../../engine/page/types';
import { CONTENT_FOODS, NAME_INDEX } from 'virtual:gut-lens/content-foods';
import { onMessages, sendMessage } from '../../utils/messages';
import { isPaused } from '../../utils/setting-keys';
import { readSettings, saveLegendShown, watchSettings } from '../../utils/setting-reader';
import { createFoodMatcherCache } from './food-matcher';
import { logError } from './guard';
import { pageLanguages } from './page-language';
import { startSession, type Session } from './session';
import { idleScheduler, measureSince, runSteps } from './slices';
import { NAVIGATION_SETTLE_MS, recheckBudget, recheckWhenContentArrives } from './recheck';

const matchers = createFoodMatcherCache(CONTENT_FOODS, NAME_INDEX);

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const host = location.hostname;
      const settingsRead = readSettings();
      // What the page paid for the script to start: its modules, WXT's context, the settings' request.
      measureSince(LOAD_START, 'load');
      const settings = await settingsRead;
      const setupStart = performance.now();
      let { pausedSites: sites, pausedEverywhere: everywhere, legendShown: legend } = settings;
      let session: Session | null = null;
      let starting: Promise<void> | null = null;

      let stopRecheck: (() => void) | null = null;
      // `gateOpen`: the first look already taken on this page (not after a navigation or a recheck).
      const start = (gateOpen?: boolean) => {
        stopRecheck?.();
        stopRecheck = null;
        starting = startSession(ctx, { matchers, legendShown: legend, gateOpen, onLegendToggle: (shown) => void saveLegendShown(shown).catch((error: unknown) => logError('settings', error)) })
          .then((s) => {
            session = s;
            if (isPaused(host, sites, everywhere)) s.pause();
            // Pages that render their content late (apps that fetch it) are asked again, a few times.
            if (s.kind === 'other') stopRecheck = recheckWhenContentArrives(ctx, () => {
              session = null;
              start();
            });
          })
          .catch((error: unknown) => logError('session', error));
      };
      const applyPause = () => {
        if (isPaused(host, sites, everywhere)) session?.pause();
        else if (session) session.resume();
        else if (!starting) start();
      };

      ctx.onInvalidated(() => session?.stop());
      const unwatch = watchSettings((changed) => {
        if (changed.pausedSites !== undefined) sites = changed.pausedSites;
        if (changed.pausedEverywhere !== undefined) everywhere = changed.pausedEverywhere;
        if (changed.pausedSites !== undefined || changed.pausedEverywhere !== undefined) applyPause();
        if (changed.legendShown !== undefined) {
          legend = changed.legendShown;
          session?.setLegendShown(legend);
        }
      });
      ctx.onInvalidated(unwatch);

      const stopServing = onMessages({ scrollToFood: ({ foodId }) => session?.scrollToFood(foodId) ?? false });
      ctx.onInvalidated(stopServing);

      // Client-side navigation: a new URL is a new page; decide its kind again.
      // The navigation event comes before the app renders the new page: let it render first.
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        session?.stop();
        session = null;
        starting = null;
        recheckBudget.reset();
        ctx.setTimeout(() => {
          if (!isPaused(host, sites, everywhere) && !starting) start();
        }, NAVIGATION_SETTLE_MS);
      });

      // The content script ships English names; a page in another of our languages (or one that
      // does not say) gets a name index with that language's names from the background before it
      // is read. Only a page that may be a food page is worth it (most pages stop at the first look).
      const langs = pageLanguages(document.documentElement.lang);
      measureSince(setupStart, 'start');
      const gateOpen = langs.length
        ? await runSteps(firstLookSteps(document as unknown as DomDocument), idleScheduler(ctx, ctx.signal), 'gate')
        : undefined;
      if (gateOpen) {
        const index = await sendMessage('getNameIndex', { langs }).catch((error: unknown) => {
          logError('names', error);
          return null;
        });
        // Only an index of this script's format and list (a background just updated may differ).
        if (index?.v === NAME_INDEX.v && index.foods === NAME_INDEX.foods) matchers.reset(index);
      }
      if (!isPaused(host, sites, everywhere)) start(gateOpen);
    } catch (error) {
      logError('content', error);
    }
  },
});
