/**
 * Painting found foods with the CSS Custom Highlight API: ranges go into one named highlight per
 * tag, and the page's DOM is never changed. Names are namespaced so no site CSS can collide.
 */
import type { GutTag } from '../../engine/foods/types';

export const HIGHLIGHT_NAMES: Record<GutTag, string> = {
  fiber: 'gut-lens-fiber',
  prebiotic: 'gut-lens-prebiotic',
  probiotic: 'gut-lens-probiotic',
};

export interface Painter {
  add(tag: GutTag, range: Range): void;
  /** Hide every highlight (pause) without forgetting the ranges. */
  hide(): void;
  show(): void;
  clear(): void;
  readonly supported: boolean;
}

export function createPainter(): Painter {
  const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  const highlights = new Map<GutTag, Highlight>();
  let visible = true;
  const ensure = (tag: GutTag): Highlight => {
    let highlight = highlights.get(tag);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(tag, highlight);
      if (visible) CSS.highlights.set(HIGHLIGHT_NAMES[tag], highlight);
    }
    return highlight;
  };
  return {
    supported,
    add(tag, range) {
      if (supported) ensure(tag).add(range);
    },
    hide() {
      visible = false;
      if (supported) for (const tag of highlights.keys()) CSS.highlights.delete(HIGHLIGHT_NAMES[tag]);
    },
    show() {
      visible = true;
      if (supported) for (const [tag, highlight] of highlights) CSS.highlights.set(HIGHLIGHT_NAMES[tag], highlight);
    },
    clear() {
      if (supported) for (const tag of highlights.keys()) CSS.highlights.delete(HIGHLIGHT_NAMES[tag]);
      highlights.clear();
    },
  };
}
