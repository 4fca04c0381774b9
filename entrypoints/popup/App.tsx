/** The popup: what Gut Lens found on the current tab. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type PageReport } from '../../utils/messages';
import { FoodList } from '../../components/FoodList';

/**
 * The tab the popup speaks of: the active tab, or `?tab=ID` when the popup is opened as a page of
 * its own (pinned in a tab, or by the Firefox tests, where a toolbar popup cannot be opened).
 */
async function targetTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type Load = { state: 'loading' } | { state: 'ready'; report: PageReport | null };

export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      const report = tabId === undefined ? null : await sendMessage('getPage', { tabId });
      setLoad({ state: 'ready', report: report ?? null });
    })().catch((error: unknown) => {
      console.error('[gut-lens:popup]', error);
      setLoad({ state: 'ready', report: null });
    });
  }, []);

  return (
    <main class="popup">
      <h1>{browser.i18n.getMessage('extName') || 'Gut Lens'}</h1>
      {load.state === 'loading' ? (
        <p aria-busy="true">…</p>
      ) : (
        <section data-testid="page-summary" data-kind={load.report?.kind ?? 'none'}>
          {load.report && load.report.kind !== 'other' ? (
            <FoodList foods={load.report.foods} />
          ) : (
            <p>{browser.i18n.getMessage('emptyPage') || 'No recipe or grocery page here.'}</p>
          )}
        </section>
      )}
    </main>
  );
}
