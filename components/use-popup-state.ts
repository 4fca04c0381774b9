/**
 * What the popup shows: the page report first (it is the summary), with the week's plants and the
 * swap preferences in parallel; the bundled data chunk once the report is in.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type PageReport, type SwapPrefs, type WeekPlants } from '../utils/messages';
import type { GutData } from './gut-data';

/**
 * The tab the popup speaks of: the active tab, or `?tab=ID` when the popup is opened as a page of
 * its own (pinned in a tab, or by the tests, where a toolbar popup cannot be opened).
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export interface PopupState {
  tabId?: number;
  /** undefined while loading; null when nothing was reported for the tab. */
  report?: PageReport | null;
  data?: GutData;
  week?: WeekPlants;
  prefs?: SwapPrefs;
  setSwapPref(swapId: string, pref: 'saved' | 'hidden' | 'none'): Promise<void>;
}

function logError(what: string) {
  return (error: unknown) => console.error(`[gut-lens:popup:${what}]`, error);
}

export function usePopupState(search: string, loadData: () => Promise<GutData>): PopupState {
  const [tabId, setTabId] = useState<number>();
  const [report, setReport] = useState<PageReport | null>();
  const [data, setData] = useState<GutData>();
  const [week, setWeek] = useState<WeekPlants>();
  const [prefs, setPrefs] = useState<SwapPrefs>();

  useEffect(() => {
    targetTabId(search)
      .then(async (id) => {
        setTabId(id);
        setReport(id === undefined ? null : ((await sendMessage('getPage', { tabId: id })) ?? null));
      })
      .catch((error: unknown) => {
        logError('getPage')(error);
        setReport(null);
      })
      // The data chunk (food list, swaps, tips) is parsed after the summary is up, not before it.
      .then(() => loadData())
      .then(setData, logError('data'));
    sendMessage('getWeekPlants', { now: Date.now() }).then(setWeek, logError('getWeekPlants'));
    sendMessage('getSwapPrefs', {}).then(setPrefs, logError('getSwapPrefs'));
  }, [search, loadData]);

  const setSwapPref = useCallback(async (swapId: string, pref: 'saved' | 'hidden' | 'none') => {
    const next = await sendMessage('setSwapPref', { swapId, pref });
    if (next) setPrefs(next);
  }, []);

  return { tabId, report, data, week, prefs, setSwapPref };
}
