/**
 * The one message map between content script, background and popup. Every message has a typed
 * payload and a typed response; nothing crosses a boundary as `any`.
 */
import { browser } from 'wxt/browser';
import type { PageKind } from '../engine/page/types';
import type { Tag } from '../engine/foods/types';

/** One bundled food as found on a page, with how often and whether it sits in the recipe/products. */
export interface PageFood {
  id: string;
  name: string;
  tags: Tag[];
  count: number;
}

/** What the content script reports about the page in a tab. */
export interface PageReport {
  url: string;
  title: string;
  kind: PageKind;
  evidence: string[];
  foods: PageFood[];
  ingredients: string[];
  products: string[];
  servings?: number;
  at: number;
}

export interface ProtocolMap {
  /** content → background: the page in the sender's tab was read. */
  reportPage: { data: PageReport; response: void };
  /** popup → background: what the content script reported for a tab. */
  getPage: { data: { tabId: number }; response: PageReport | null };
  /** popup → content: scroll the page to the first occurrence of a food. */
  scrollToFood: { data: { foodId: string }; response: boolean };
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
