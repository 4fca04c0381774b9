/** Which painted food is under the pointer: the caret position under it, checked against the range's boxes. */
import type { Painter, PaintedFood } from './paint';

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): Caret | null {
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}

export function paintedAt(doc: Document, painter: Painter, x: number, y: number): PaintedFood | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const item of painter.inNode(caret.node)) {
    if (caret.offset < item.range.startOffset || caret.offset > item.range.endOffset) continue;
    for (const rect of item.range.getClientRects()) if (inside(rect, x, y)) return item;
  }
  return null;
}
