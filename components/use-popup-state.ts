/**
 * What the popup shows: the page report first (it is the summary, asked for before the first
 * render), then the week's plants, the swap preferences and the bundled data chunk.
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
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

/** The tab and what its content script reported (null: nothing reported, or no tab). */
export interface TabReport {
  tabId?: number;
  report: PageReport | null;
}

/**
 * Ask the background for the tab's report. The popup calls this before its first render, so the
 * answer is on its way while Preact renders the loading state (effects run only after a paint).
 */
export async function requestReport(search: string): Promise<TabReport> {
  let tabId: number | undefined;
  try {
    tabId = await targetTabId(search);
    return { tabId, report: tabId === undefined ? null : ((await sendMessage('getPage', { tabId })) ?? null) };
  } catch (error) {
    logError('getPage')(error);
    return { tabId, report: null };
  }
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

export function usePopupState(first: Promise<TabReport>, loadData: () => Promise<GutData>): PopupState {
  const [tabId, setTabId] = useState<number>();
  const [report, setReport] = useState<PageReport | null>();
  const [data, setData] = useState<GutData>();
  const [week, setWeek] = useState<WeekPlants>();
  const [prefs, setPrefs] = useState<SwapPrefs>();

  // A layout effect: subscribed right after the first render, not after the first paint (Preact
  // runs plain effects a frame later), so the summary shows as soon as the answer is in.
  useLayoutEffect(() => {
    const summary = first.then((answer) => {
      setTabId(answer.tabId);
      setReport(answer.report);
    });
    // The background answers in the order it is asked: the week's plants and swap preferences
    // after the summary. The data chunk (food list, swaps, tips) is parsed after the summary is up.
    summary.then(() => loadData()).then(setData, logError('data'));
    summary.then(() => {
      sendMessage('getWeekPlants', { now: Date.now() }).then(setWeek, logError('getWeekPlants'));
      sendMessage('getSwapPrefs', {}).then(setPrefs, logError('getSwapPrefs'));
    });
  }, [first, loadData]);

  const setSwapPref = useCallback(async (swapId: string, pref: 'saved' | 'hidden' | 'none') => {
    const next = await sendMessage('setSwapPref', { swapId, pref });
    if (next) setPrefs(next);
  }, []);

  return { tabId, report, data, week, prefs, setSwapPref };
}
