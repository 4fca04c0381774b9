/**
 * The small card shown on hover or keyboard focus of a highlighted food: the food, its tags with
 * the reason for each, fiber per 100 g, and the sources. Plain DOM inside our shadow root.
 */
import type { FoodInfo } from '../../engine/foods/food-info';
import { t } from './i18n';

export interface Card {
  show(info: FoodInfo, anchor: DOMRect): void;
  hide(): void;
  readonly shownFor: string | null;
  remove(): void;
}

export function createCard(root: ShadowRoot): Card {
  const doc = root.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'card';
  box.setAttribute('role', 'tooltip');
  box.dataset.testid = 'gut-lens-card';
  box.hidden = true;
  root.append(box);
  let shownFor: string | null = null;

  return {
    get shownFor() {
      return shownFor;
    },
    show(info, anchor) {
      shownFor = info.id;
      box.replaceChildren();
      const title = doc.createElement('h2');
      title.textContent = info.name;
      const list = doc.createElement('ul');
      for (const claim of info.claims) {
        const item = doc.createElement('li');
        const tag = doc.createElement('span');
        tag.className = 'tag';
        tag.textContent = `${t(`tag_${claim.tag}`, claim.tag)}: `;
        item.append(tag, doc.createTextNode(claim.reason));
        list.append(item);
      }
      const fiber = doc.createElement('p');
      fiber.className = 'fiber-line';
      fiber.textContent = t('fiberPer100', `Fiber: ${info.fiber} g per 100 g`, String(info.fiber));
      if (info.highFiber) fiber.textContent += ` · ${t('highFiber', 'high fibre')}`;
      const source = doc.createElement('p');
      source.className = 'source';
      source.textContent = `${t('sources', 'Sources')}: ${info.sources.join('; ')}`;
      box.append(title, list, fiber, source);
      box.hidden = false;
      // Below the food when there is room, above it otherwise; kept inside the viewport.
      const width = 290;
      const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
      const below = anchor.bottom + 8;
      box.style.left = `${left}px`;
      box.style.top = `${below}px`;
      const height = box.getBoundingClientRect().height;
      if (below + height > innerHeight - 8) box.style.top = `${Math.max(8, anchor.top - height - 8)}px`;
    },
    hide() {
      shownFor = null;
      box.hidden = true;
    },
    remove() {
      box.remove();
    },
  };
}
