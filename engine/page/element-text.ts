/**
 * The text of an element as a reader sees it: text nodes joined, a space at block and line-break
 * boundaries, script / style / hidden-input content left out, whitespace collapsed. Iterative and
 * capped (LIMITS.textNodes, LIMITS.textChars), so deep or huge subtrees cost bounded time.
 */
import { cleanMarkupText, collapseSpace } from './clean-text';
import { classOf, tagOf } from './dom-read';
import { LIMITS } from './limits';
import type { DomElement, DomNode } from './types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);
const BLOCK = new Set([
  'BR', 'P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'TD', 'TH', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'LABEL',
]);
const ELEMENT = 1;
const TEXT = 3;

const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden)(?:\s|$)/;

function isScreenReaderOnly(el: DomElement): boolean {
  return SCREEN_READER_ONLY.test(classOf(el));
}

/** The element's text split at line breaks and block boundaries: one entry per visual line. */
export function elementTextLines(el: DomElement): string[] {
  return elementText(el, SKIP, '\n')
    .split('\n')
    .map((l) => (/&[#a-z0-9]+;|<\/?[a-z]/i.test(l) ? cleanMarkupText(l) : collapseSpace(l)))
    .filter((l) => l.length > 0);
}

export function elementText(el: DomElement, skip: ReadonlySet<string> = SKIP, blockSeparator = ' '): string {
  const parts: string[] = [];
  let chars = 0;
  let visited = 0;
  // Stack of nodes; a string entry is a separator pushed after a block's children.
  const stack: (DomNode | string)[] = [];
  const kids = el.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  while (stack.length > 0 && visited < LIMITS.textNodes && chars < LIMITS.textChars) {
    const node = stack.pop() as DomNode | string;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    visited++;
    if (node.nodeType === TEXT) {
      const t = node.textContent ?? '';
      parts.push(blockSeparator === ' ' ? t : t.replace(/\s+/g, ' '));
      chars += t.length;
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const tag = tagOf(node as DomElement);
    if (skip.has(tag)) continue;
    if ((node as DomElement).hasAttribute('hidden') || isScreenReaderOnly(node as DomElement)) continue;
    if (BLOCK.has(tag)) {
      parts.push(blockSeparator);
      stack.push(blockSeparator);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  const joined = parts.join('');
  const text = blockSeparator === ' ' ? collapseSpace(joined) : joined.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim();
  // Text nodes are already decoded; a page that double-escaped shows entities literally.
  if (blockSeparator !== ' ') return text;
  return /&[#a-z0-9]+;|<\/?[a-z]/i.test(text) ? cleanMarkupText(text) : text;
}
