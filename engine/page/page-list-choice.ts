/**
 * Structured data against the page's own ingredient list: the data copy is sometimes a summary
 * (one or two lines), covers only part of the recipe (the cake, not its frosting), or lost every
 * amount. The page's list wins when it holds (nearly) every structured line and shows more, or
 * the very same lines as the reader sees them.
 */

import { LETTER_RANGES } from './word-pattern';

const FEW_LINES = 3;
const COVERAGE = 0.8;
/** Lines the page adds must read as ingredients with an amount, not as buttons, servings or nutrition. */
const AMOUNT_LINE = new RegExp(String.raw`^(?:\d+(?:[.,/⁄]\d+)?|[½⅓⅔¼¾⅛])\s*[${LETTER_RANGES}]*\.?\s+[${LETTER_RANGES}]{3}`, 'u');
const MIN_ADDED = 2;

/** A line compared without case or spacing ("250 g" and "250g" are the same line here). */
function key(line: string): string {
  return line.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function pageListWins(pageLines: readonly string[], dataLines: readonly string[]): boolean {
  const page = pageLines.map(key);
  if (dataLines.length < FEW_LINES) {
    // A summary: the page's list must be longer, and read as ingredients rather than as steps.
    const sentences = pageLines.filter((l) => /[.!]$/.test(l) && l.split(/\s+/).length >= 3).length;
    return pageLines.length > dataLines.length && sentences * 2 < pageLines.length;
  }
  const noAmounts = dataLines.every((line) => !/\d/.test(line));
  const used = new Set<number>();
  let richer = 0;
  for (const line of dataLines) {
    const k = key(line);
    const at = page.findIndex((p, i) => !used.has(i) && p.includes(k));
    if (at < 0) continue;
    used.add(at);
    if (page[at].length > k.length) richer++;
  }
  // The same lines, spaced or capitalised as the page shows them ("10 cl" for the data's "10cl").
  if (used.size === dataLines.length && pageLines.length === dataLines.length && richer === 0) return true;
  if (used.size < COVERAGE * dataLines.length) return false;
  if (noAmounts && richer >= COVERAGE * dataLines.length) return true;
  const added = pageLines.filter((_, i) => !used.has(i));
  return pageLines.length >= dataLines.length + MIN_ADDED && added.every((line) => AMOUNT_LINE.test(line));
}
