/** The popup: this page's gut summary, swaps, the tip of the day, the week's plants, pause controls. */
import { useMemo } from 'preact/hooks';
import { sendTabMessage, type PageFood } from '../../utils/messages';
import type { GutData } from '../../components/gut-data';
import { DailyTip } from '../../components/DailyTip';
import { foodName } from '../../components/food-names';
import { msg, uiLang } from '../../components/i18n';
import { PageSummary } from '../../components/PageSummary';
import { PauseControls } from '../../components/PauseControls';
import { SourcesLink } from '../../components/SourcesLink';
import { SwapList } from '../../components/SwapList';
import { usePopupState, type TabReport } from '../../components/use-popup-state';
import { WeekPlants } from '../../components/WeekPlants';
import { hostOf } from '../../components/host';

/** The food list, swaps and tips: a chunk of their own, so the summary never waits for them. */
const loadData = (): Promise<GutData> => import('../../components/gut-data').then((module) => module.loadGutData(uiLang()));

/** `first`: the tab's report, asked for before the first render. */
export function App({ first }: { first: Promise<TabReport> }) {
  const state = usePopupState(first, loadData);
  const { tabId, report, data, week, prefs } = state;
  const lang = uiLang();
  const today = useMemo(() => new Date(), []);
  const nameOf = (food: PageFood) => foodName(food.id, data?.foodsById, lang, food.name);
  const onShow =
    tabId !== undefined && report
      ? (foodId: string) => {
          sendTabMessage(tabId, 'scrollToFood', { foodId }).catch((error: unknown) =>
            console.error('[gut-lens:popup:scrollToFood]', error),
          );
        }
      : undefined;

  const foodPage = report?.kind === 'recipe' || report?.kind === 'grocery';
  const swaps = data && prefs && report !== undefined && (
    <SwapList
      data={data}
      report={report}
      prefs={prefs}
      lang={lang}
      date={today}
      onShow={onShow}
      setSwapPref={state.setSwapPref}
    />
  );

  return (
    <main class="popup">
      <header class="top">
        <h1>{msg('extName')}</h1>
      </header>
      <PageSummary report={report} nameOf={nameOf} onShow={onShow} />
      {/* On a food page the swaps are about it: they come first. Elsewhere, the day's tip and plants. */}
      {foodPage && swaps}
      {data && <DailyTip tips={data.tips} date={today} lang={data.adviceLang} />}
      {week && <WeekPlants week={week} />}
      {!foodPage && swaps}
      {report !== undefined && <PauseControls host={hostOf(report?.url)} />}
      <footer class="foot">
        <SourcesLink label={msg('openOptions')} hash="" />
      </footer>
    </main>
  );
}
