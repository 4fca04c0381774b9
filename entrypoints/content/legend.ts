/**
 * The compact on-page legend: one swatch per tag (colour and underline style), the number of
 * gut-friendly foods, "previous/next food" for keyboard users, and a button that hides it (a small
 * round button brings it back). Plain DOM inside our shadow root.
 */
import type { GutTag } from '../../engine/foods/types';
import { t } from './i18n';

export interface LegendHandlers {
  onStep(direction: 1 | -1): void;
  onToggle(shown: boolean): void;
}

export interface Legend {
  setCount(count: number): void;
  setShown(shown: boolean): void;
  remove(): void;
}

const TAGS: GutTag[] = ['fiber', 'prebiotic', 'probiotic'];

function button(doc: Document, label: string, text: string, onClick: () => void): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button';
  el.textContent = text;
  el.setAttribute('aria-label', label);
  el.addEventListener('click', onClick);
  return el;
}

export function createLegend(root: ShadowRoot, handlers: LegendHandlers): Legend {
  const doc = root.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'legend';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', t('legendLabel', 'Gut Lens legend'));
  box.dataset.testid = 'gut-lens-legend';
  for (const tag of TAGS) {
    const swatch = doc.createElement('span');
    swatch.className = `swatch ${tag}`;
    swatch.append(doc.createElement('i'), doc.createTextNode(t(`tag_${tag}`, tag)));
    box.append(swatch);
  }
  const count = doc.createElement('span');
  count.className = 'count';
  count.setAttribute('aria-live', 'polite');
  box.append(
    count,
    button(doc, t('previousFood', 'Previous food'), '‹', () => handlers.onStep(-1)),
    button(doc, t('nextFood', 'Next food'), '›', () => handlers.onStep(1)),
    button(doc, t('hideLegend', 'Hide the legend'), '×', () => handlers.onToggle(false)),
  );
  const reopen = button(doc, t('showLegend', 'Show the Gut Lens legend'), 'G', () => handlers.onToggle(true));
  reopen.className = 'reopen';
  root.append(box, reopen);

  const legend: Legend = {
    setCount(n) {
      count.textContent = t('foodCount', `${n} gut-friendly`, String(n));
    },
    setShown(shown) {
      box.hidden = !shown;
      reopen.hidden = shown;
    },
    remove() {
      box.remove();
      reopen.remove();
    },
  };
  legend.setShown(true);
  return legend;
}
