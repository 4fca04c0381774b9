/**
 * The attributes the one walk over a saved page (page-scan-walk.ts) looks at, read once per
 * element, each by name. Values come from `getAttributeNode`, as written in the markup — linkedom's `getAttribute('class')` would build a
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
  dataPrice: boolean;
  dataPage: boolean;
}

function none(): WalkAttributes {
  return { cls: null, id: null, itemprop: null, itemtype: null, typeOf: null, property: null, role: null, content: null, name: null, type: null, src: false, dataPrice: false, dataPage: false };
}

/** An element without attributes: one shared, never written. */
export const NO_ATTRIBUTES: Readonly<WalkAttributes> = Object.freeze(none());

function value(el: DomElement, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

function present(el: DomElement, name: string): boolean {
  return el.getAttributeNode(name) !== null;
}

/**
 * Each wanted attribute asked for by name: `getAttributeNames` would build a list object per
 * element (in linkedom, an Array subclass — slow to build), where a lookup by name allocates
 * nothing. Attributes only `<meta>` (content, name) or `<script>` (src, type) are read for are
 * asked of those alone; `tag` is the element's upper-case tag name.
 */
export function readAttributes(el: DomElement, tag: string): Readonly<WalkAttributes> {
  if (!el.hasAttributes()) return NO_ATTRIBUTES;
  const meta = tag === 'META';
  const script = tag === 'SCRIPT';
  return {
    cls: value(el, 'class'),
    id: value(el, 'id'),
    itemprop: value(el, 'itemprop'),
    itemtype: value(el, 'itemtype'),
    typeOf: value(el, 'typeof'),
    property: value(el, 'property'),
    role: value(el, 'role'),
    content: meta ? value(el, 'content') : null,
    name: meta ? value(el, 'name') : null,
    type: script ? value(el, 'type') : null,
    src: script && present(el, 'src'),
    dataPrice: present(el, 'data-price'),
    dataPage: present(el, 'data-page'),
  };
}
