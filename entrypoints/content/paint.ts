/**
 * Painting found foods with the CSS Custom Highlight API: ranges go into one named highlight per
 * tag, and the page's DOM is never changed. Names are namespaced so no site CSS can collide.
 * The painter also remembers which food each range is, for the hover card and "scroll to".
 */
import type { GutTag } from '../../engine/foods/types';

export type PageTheme = 'light' | 'dark';

/** The registered name of a highlight: one set of colours for light pages, one for dark pages. */
export function highlightName(key: GutTag | 'focus', theme: PageTheme): string {
  return theme === 'dark' ? `gut-lens-${key}-dark` : `gut-lens-${key}`;
}

export interface PaintedFood {
  foodId: string;
  tag: GutTag;
  range: Range;
}

export interface Painter {
  readonly supported: boolean;
  add(painted: PaintedFood): void;
  /** Every painted food in a text node (for pointer lookups). */
  inNode(node: Node): readonly PaintedFood[];
  /** Painted foods in page order of painting. */
  all(): readonly PaintedFood[];
  /** Mark one painted food as focused (keyboard or "scroll to"), or none. */
  focus(painted: PaintedFood | null): void;
  /** Hide every highlight (pause) without forgetting the ranges. */
  hide(): void;
  show(): void;
  /** Drop ranges whose text left the document. */
  prune(): void;
  clear(): void;
  readonly count: number;
}

export function createPainter(theme: PageTheme = 'light'): Painter {
  const name = (key: GutTag | 'focus') => highlightName(key, theme);
  const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  const highlights = new Map<GutTag | 'focus', Highlight>();
  let painted: PaintedFood[] = [];
  let byNode = new WeakMap<Node, PaintedFood[]>();
  let visible = true;

  const ensure = (key: GutTag | 'focus'): Highlight => {
    let highlight = highlights.get(key);
    if (!highlight) {
      highlight = new Highlight();
      if (key === 'focus') highlight.priority = 1;
      highlights.set(key, highlight);
      if (visible) CSS.highlights.set(name(key), highlight);
    }
    return highlight;
  };
  const unregister = () => {
    for (const key of highlights.keys()) CSS.highlights.delete(name(key));
  };

  return {
    supported,
    get count() {
      return painted.length;
    },
    add(item) {
      painted.push(item);
      const node = item.range.startContainer;
      const list = byNode.get(node);
      if (list) list.push(item);
      else byNode.set(node, [item]);
      if (supported) ensure(item.tag).add(item.range);
    },
    inNode: (node) => byNode.get(node) ?? [],
    all: () => painted,
    focus(item) {
      if (!supported) return;
      const highlight = ensure('focus');
      highlight.clear();
      if (item) highlight.add(item.range);
    },
    hide() {
      visible = false;
      if (supported) unregister();
    },
    show() {
      visible = true;
      if (supported) for (const [key, highlight] of highlights) CSS.highlights.set(name(key), highlight);
    },
    prune() {
      const kept: PaintedFood[] = [];
      for (const item of painted) {
        if (item.range.startContainer.isConnected && !item.range.collapsed) kept.push(item);
        else if (supported) highlights.get(item.tag)?.delete(item.range);
      }
      if (kept.length === painted.length) return;
      painted = kept;
      byNode = new WeakMap();
      for (const item of kept) {
        const list = byNode.get(item.range.startContainer);
        if (list) list.push(item);
        else byNode.set(item.range.startContainer, [item]);
      }
    },
    clear() {
      if (supported) unregister();
      highlights.clear();
      painted = [];
      byNode = new WeakMap();
    },
  };
}
