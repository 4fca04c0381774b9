/**
 * The one element Gut Lens adds to a page: `<gut-lens-ui>` on the root element, with an open
 * shadow root that holds our legend and card. Styles live inside the shadow root, so the page's
 * CSS cannot reach them and ours cannot leak out; key and pointer events stop at the host so
 * the page's shortcuts never see typing in our UI.
 */
import { UI_HOST_TAG } from './mutations';
import uiStyles from './ui.css?inline';

export interface UiHost {
  root: ShadowRoot;
  host: HTMLElement;
  remove(): void;
}

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'wheel'];

export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement(UI_HOST_TAG.toLowerCase());
  host.setAttribute('style', 'all: initial; position: fixed; z-index: 2147483646; inset: auto 0 0 auto;');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = uiStyles;
  root.append(style);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.append(host);
  return { root, host, remove: () => host.remove() };
}
