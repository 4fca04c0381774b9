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

/** Nodes looked at by one `next()` before it pauses without an answer. */
const NODES_A_CALL = 1_500;
/** What starting on a root counts for against that (its ancestors checked, a walker made). */
const NODES_A_ROOT = 8;

/** What `next()` found: a text node worth matching, the end (null), or a pause (PAUSED). */
export const PAUSED = 'paused';

/**
 * A resumable walker over the text of one or more roots (the page's body, or the nodes a page
 * added): `next()` returns the next text node worth matching, null at the end, or PAUSED when it
 * has looked at NODES_A_CALL nodes without finding one — a region of thousands of tiles with no
 * text worth matching took one call 30 ms (measured), where a slice has 8. A root may be a text
 * node itself; roots inside a skipped place are passed over.
 */
export function createTextWalker(roots: Node | readonly Node[]): { next(): Text | null | typeof PAUSED } {
  const queue = Array.isArray(roots) ? (roots as readonly Node[]) : [roots as Node];
  let taken = 0;
  let walker: TreeWalker | null = null;
  let looked = 0;
  const filter = {
    acceptNode(node: Node): number {
      // Out of this call's nodes: stop at this element (it is walked into next time).
      if (++looked > NODES_A_CALL && node.nodeType === Node.ELEMENT_NODE && !skipElement(node as Element)) return NodeFilter.FILTER_ACCEPT;
      if (node.nodeType === Node.ELEMENT_NODE) {
        return skipElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return worthMatching(node as Text) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  };
  return {
    next() {
      looked = 0;
      for (;;) {
        const found = walker?.nextNode();
        if (found) {
          if (found.nodeType === Node.TEXT_NODE) return found as Text;
          return PAUSED;
        }
        if (looked > NODES_A_CALL) return PAUSED;
        if (taken >= queue.length) return null;
        const root = queue[taken++];
        looked += NODES_A_ROOT;
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
