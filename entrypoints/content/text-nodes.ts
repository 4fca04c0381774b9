/**
 * Collecting the page's visible text nodes: a TreeWalker over text with a skip list for places
 * Gut Lens must never touch (scripts, styles, form fields, editable regions, code, our own UI).
 */
import { LETTER_RANGES } from '../../engine/page/word-pattern';

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE',
  'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'BUTTON', 'GUT-LENS-UI',
]);

function skipElement(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const THREE_LETTERS = new RegExp(`[${LETTER_RANGES}]{3}`, 'u');
const worthMatching = (text: Text): boolean => text.data.length > 2 && THREE_LETTERS.test(text.data);

/** Is this node inside a place we never touch (a form field, an editable region, code, our UI)? */
function insideSkipped(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (skipElement(el)) return true;
  return false;
}

/**
 * A resumable walker over the text of one or more roots (the page's body, or the nodes a page
 * added): `next()` returns the next text node worth matching, or null at the end. A root may be a
 * text node itself; roots inside a skipped place are passed over.
 */
export function createTextWalker(roots: Node | readonly Node[]): { next(): Text | null } {
  const queue = Array.isArray(roots) ? [...(roots as readonly Node[])] : [roots as Node];
  let walker: TreeWalker | null = null;
  const filter = {
    acceptNode(node: Node): number {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return skipElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return worthMatching(node as Text) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  };
  return {
    next() {
      for (;;) {
        const found = walker?.nextNode() as Text | null | undefined;
        if (found) return found;
        const root = queue.shift();
        if (!root) return null;
        if (insideSkipped(root)) continue;
        if (root.nodeType === Node.TEXT_NODE) {
          walker = null;
          if (worthMatching(root as Text)) return root as Text;
          continue;
        }
        if (root.nodeType === Node.ELEMENT_NODE && skipElement(root as Element)) continue;
        const doc = root.ownerDocument ?? (root as Document);
        walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
      }
    },
  };
}
