/**
 * Cheap reads of an element that give what the usual ones give, for DOMs written in JavaScript
 * (linkedom) where the usual ones cost: `getAttribute('class')` builds a token list there,
 * `tagName` looks up the document's type, and `children` builds the whole list to be counted.
 * In a browser these are native reads either way.
 */
import type { DomElement, DomNode } from './types';

/** The class attribute as written ('' without one). Class tests read tokens or substrings alike. */
export function classOf(el: DomElement): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** Upper-case tag names by local name: a page uses a few dozen, read for each of its elements. */
const UPPER_TAGS = new Map<string, string>();

/** The tag name in upper case (`tagName.toUpperCase()`), without a new string for each element. */
export function tagOf(el: DomElement): string {
  const name = el.localName;
  let tag = UPPER_TAGS.get(name);
  if (tag === undefined) {
    tag = name.toUpperCase();
    if (UPPER_TAGS.size < 1_000) UPPER_TAGS.set(name, tag);
  }
  return tag;
}

/** How many element children `el` has, counted no further than `cap`. */
export function childCountUpTo(el: DomElement, cap: number): number {
  let n = 0;
  for (let c = el.firstElementChild; c && n < cap; c = c.nextElementSibling) n++;
  return n;
}

const TEXT = 3;
const CDATA = 4;
const ELEMENT = 1;

/**
 * `(el.textContent ?? '').slice(0, chars)` without joining the text of a large subtree: its text
 * nodes in document order, until `chars` characters are read.
 */
export function textStart(el: DomElement, chars: number): string {
  let out = '';
  const stack: DomNode[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) stack.push(c);
  stack.reverse();
  while (stack.length > 0 && out.length < chars) {
    const node = stack.pop() as DomNode;
    if (node.nodeType === TEXT || node.nodeType === CDATA) out += node.textContent ?? '';
    else if (node.nodeType === ELEMENT) {
      const start = stack.length;
      for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
      reverseFrom(stack, start);
    }
  }
  return out.slice(0, chars);
}

function reverseFrom<T>(list: T[], start: number): void {
  for (let i = start, j = list.length - 1; i < j; i++, j--) {
    const t = list[i];
    list[i] = list[j];
    list[j] = t;
  }
}

/** Push `el`'s element children onto `stack` so that they pop in document order. */
export function pushChildren(stack: DomElement[], el: DomElement): void {
  const start = stack.length;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  reverseFrom(stack, start);
}

/**
 * `el.querySelectorAll('a,b')` for a selector of tag names only (upper case in `tags`): a walk in
 * document order, stopped after `limit` matches. A DOM written in JavaScript compiles a selector
 * on every query, which costs more than walking the small subtrees these questions are asked of.
 * Template contents are not searched, as queries do not search them.
 */
export function descendantsByTag(el: DomElement, tags: ReadonlySet<string>, limit = Infinity): DomElement[] {
  const out: DomElement[] = [];
  const stack: DomElement[] = [];
  pushChildren(stack, el);
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as DomElement;
    const tag = tagOf(node);
    if (tags.has(tag)) out.push(node);
    if (tag !== 'TEMPLATE') pushChildren(stack, node);
  }
  return out;
}

/** `el.querySelector('a,b')` for tag names only, as above. */
export function firstDescendantByTag(el: DomElement, tags: ReadonlySet<string>): DomElement | null {
  return descendantsByTag(el, tags, 1)[0] ?? null;
}
