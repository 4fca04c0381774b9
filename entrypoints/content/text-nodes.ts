/**
 * Collecting the page's visible text nodes: a TreeWalker over text with a skip list for places
 * Gut Lens must never touch (scripts, styles, form fields, editable regions, code, our own UI).
 */
import { LETTER_RANGES } from '../../engine/page/word-pattern';

/** Elements never walked into, by `localName` (lowercase for HTML, SVG and MathML alike). */
const SKIP_NAMES = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre',
  'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'head', 'title', 'button', 'gut-lens-ui',
]);

function skipElement(element: Element): boolean {
  if (SKIP_NAMES.has(element.localName)) return true;
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
 *
 * The TreeWalker has no filter: a JavaScript filter is a call from the browser into the script for
 * every node, which took a recipe page's walk from 5.5 to 11 ms on its first run (measured in
 * Chromium). Skipped elements are stepped over here instead (to their next sibling, or an
 * ancestor's).
 */
export function createTextWalker(roots: Node | readonly Node[]): { next(): Text | null | typeof PAUSED } {
  const queue = Array.isArray(roots) ? (roots as readonly Node[]) : [roots as Node];
  let taken = 0;
  let walker: TreeWalker | null = null;
  // The node the walker stands on that is still to be looked at (after stepping over a subtree).
  let pending: Node | null = null;
  /** Step over the subtree the walker stands on: the node after it, or null at the root's end. */
  const pastSubtree = (w: TreeWalker): Node | null => {
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      if (!w.parentNode()) return null;
    }
  };
  return {
    next() {
      let looked = 0;
      for (;;) {
        if (walker) {
          const node = pending ?? walker.nextNode();
          pending = null;
          if (node) {
            if (node.nodeType === Node.TEXT_NODE) {
              if (worthMatching(node as Text)) return node as Text;
            } else if (skipElement(node as Element)) {
              pending = pastSubtree(walker);
              if (!pending) walker = null;
            }
            if (++looked > NODES_A_CALL) return PAUSED;
            continue;
          }
          walker = null;
        }
        if (looked > NODES_A_CALL) return PAUSED;
        if (taken >= queue.length) return null;
        const root = queue[taken++];
        looked += NODES_A_ROOT;
        if (insideSkipped(root)) continue;
        if (root.nodeType === Node.TEXT_NODE) {
          if (worthMatching(root as Text)) return root as Text;
          continue;
        }
        if (root.nodeType === Node.ELEMENT_NODE && skipElement(root as Element)) continue;
        const doc = root.ownerDocument ?? (root as Document);
        walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      }
    },
  };
}
