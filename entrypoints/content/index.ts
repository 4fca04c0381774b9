/**
 * Content script entry: settings, pause and resume, client-side navigation and the popup's
 * "scroll to" request. Each page visit is one session (session.ts); everything is cancelled with
 * WXT's context, and nothing is ever thrown into the page.
 */
import './style.css';
import { compileMatcher, type FoodMatcher } from '../../engine/foods/matcher';
import { FOODS } from '../../data/foods';
import { onMessages } from '../../utils/messages';
import { isPaused, legendShown, pausedEverywhere, pausedSites } from '../../utils/settings';
import { logError } from './guard';
import { startSession, type Session } from './session';
import { NAVIGATION_SETTLE_MS, recheckBudget, recheckWhenContentArrives } from './recheck';

let compiled: FoodMatcher | null = null;
/** The matcher is compiled once per content-script instance, and only on a food page. */
const matcher = () => (compiled ??= compileMatcher(FOODS));

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const host = location.hostname;
      let [sites, everywhere, legend] = await Promise.all([
        pausedSites.getValue(),
        pausedEverywhere.getValue(),
        legendShown.getValue(),
      ]);
      let session: Session | null = null;
      let starting: Promise<void> | null = null;

      let stopRecheck: (() => void) | null = null;
      const start = () => {
        stopRecheck?.();
        stopRecheck = null;
        starting = startSession(ctx, { matcher, legendShown: legend, onLegendToggle: (shown) => void legendShown.setValue(shown) })
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
      const unwatch = [
        pausedSites.watch((value) => {
          sites = value;
          applyPause();
        }),
        pausedEverywhere.watch((value) => {
          everywhere = value;
          applyPause();
        }),
        legendShown.watch((value) => {
          legend = value;
          session?.setLegendShown(value);
        }),
      ];
      ctx.onInvalidated(() => unwatch.forEach((stop) => stop()));

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

      if (!isPaused(host, sites, everywhere)) start();
    } catch (error) {
      logError('content', error);
    }
  },
});
