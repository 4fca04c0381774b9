/**
 * The one message map between content script, background and popup. Every message has a typed
 * payload and a typed response; nothing crosses a boundary as `any`.
 */
import { browser } from 'wxt/browser';
import type { PageKind } from '../engine/page/types';
import type { Lang } from '../engine/foods/types';
import type { NameIndex } from '../engine/foods/name-index-format';
import type { FiberEstimate, PageFood, PageLine, PlantCount } from '../engine/summary/types';

export type { FiberEstimate, PageFood, PageLine, PlantCount };

/** What the content script reports about the page in a tab. */
export interface PageReport {
  url: string;
  title: string;
  kind: PageKind;
  evidence: string[];
  foods: PageFood[];
  /** The ingredient lines (recipe) or product titles (grocery), in page order. */
  lines: PageLine[];
  servings?: number;
  fiber?: FiberEstimate;
  /** Distinct plants in the lines (herbs and spices count a quarter). */
  plants?: PlantCount;
  /** A recipe cooks live-culture foods (the cultures will not survive). */
  cookedLiveCultures?: boolean;
  at: number;
}

/** The week's plant diversity, from recipes viewed in the last 7 local days. */
export interface WeekPlants {
  /** Herbs and spices count a quarter. */
  count: number;
  goal: number;
  groups: string[];
}

export interface SwapPrefs {
  saved: string[];
  hidden: string[];
}

export interface ProtocolMap {
  /** content → background: the page in the sender's tab was read. */
  reportPage: { data: PageReport; response: void };
  /** popup → background: what the content script reported for a tab. */
  getPage: { data: { tabId: number }; response: PageReport | null };
  /** popup → content: scroll the page to the first occurrence of a food. */
  scrollToFood: { data: { foodId: string }; response: boolean };
  /**
   * content → background: a name index of the content script's food list with English and the
   * page's languages (the content script ships English only); null when it cannot be made.
   */
  getNameIndex: { data: { langs: Lang[] }; response: NameIndex | null };
  /** popup → background: plants seen this week. */
  getWeekPlants: { data: { now: number }; response: WeekPlants };
  /** popup → background: saved and hidden swaps. */
  getSwapPrefs: { data: Record<string, never>; response: SwapPrefs };
  /** popup → background: save or unsave a swap; hide a swap for good. */
  setSwapPref: { data: { swapId: string; pref: 'saved' | 'hidden' | 'none' }; response: SwapPrefs };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = ProtocolMap[K]['data'];
export type MessageResponse<K extends MessageType> = ProtocolMap[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  gutLens: K;
  data: MessageData<K>;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).gutLens === 'string';
}

/** Send to the extension's background (or popup). */
export function sendMessage<K extends MessageType>(type: K, data: MessageData<K>): Promise<MessageResponse<K>> {
  const envelope: Envelope<K> = { gutLens: type, data };
  return browser.runtime.sendMessage(envelope) as Promise<MessageResponse<K>>;
}

/** Send to the content script of one tab. */
export function sendTabMessage<K extends MessageType>(
  tabId: number,
  type: K,
  data: MessageData<K>,
): Promise<MessageResponse<K>> {
  const envelope: Envelope<K> = { gutLens: type, data };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<MessageResponse<K>>;
}

export interface Sender {
  tabId?: number;
  url?: string;
}

export type Handlers = {
  [K in MessageType]?: (data: MessageData<K>, sender: Sender) => MessageResponse<K> | Promise<MessageResponse<K>>;
};

/**
 * Serve some of the messages. Returns a function that stops listening. A handler's error is
 * logged under the message's name and answered with `undefined`, never thrown across.
 */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; url?: string }) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.gutLens] as
      | ((data: unknown, sender: Sender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.data, { tabId: sender.tab?.id, url: sender.url }))
      .catch((error: unknown) => {
        console.error(`[gut-lens:${message.gutLens}]`, error);
        return undefined;
      });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
