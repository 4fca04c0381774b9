/**
 * The attributes the one walk over a saved page (page-scan-walk.ts) looks at, read once per
 * element: the element's attribute names first, then only the values it has. Values come from
 * `getAttributeNode`, as written in the markup — linkedom's `getAttribute('class')` would build a
 * token list for each element (tests on class tokens and substrings read the same either way).
 */
import type { DomElement } from './types';

export interface WalkAttributes {
  cls: string | null;
  id: string | null;
  itemprop: string | null;
  itemtype: string | null;
  typeOf: string | null;
  property: string | null;
  role: string | null;
  content: string | null;
  name: string | null;
  type: string | null;
  src: boolean;
  href: boolean;
  dataPrice: boolean;
  dataPage: boolean;
}

function none(): WalkAttributes {
  return { cls: null, id: null, itemprop: null, itemtype: null, typeOf: null, property: null, role: null, content: null, name: null, type: null, src: false, href: false, dataPrice: false, dataPage: false };
}

/** An element without attributes: one shared, never written. */
export const NO_ATTRIBUTES: Readonly<WalkAttributes> = Object.freeze(none());

function value(el: DomElement, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

export function readAttributes(el: DomElement): Readonly<WalkAttributes> {
  if (!el.hasAttributes()) return NO_ATTRIBUTES;
  const out = none();
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    switch (name) {
      case 'class': out.cls = value(el, name); break;
      case 'id': out.id = value(el, name); break;
      case 'itemprop': out.itemprop = value(el, name); break;
      case 'itemtype': out.itemtype = value(el, name); break;
      case 'typeof': out.typeOf = value(el, name); break;
      case 'property': out.property = value(el, name); break;
      case 'role': out.role = value(el, name); break;
      case 'content': out.content = value(el, name); break;
      case 'name': out.name = value(el, name); break;
      case 'type': out.type = value(el, name); break;
      case 'src': out.src = true; break;
      case 'href': out.href = true; break;
      case 'data-price': out.dataPrice = true; break;
      case 'data-page': out.dataPage = true; break;
      default:
    }
  }
  return out;
}
