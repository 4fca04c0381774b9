/**
 * Tidying extracted ingredient lines: checkbox and bullet glyphs dropped, group headings
 * ("For the sauce:") and empty lines left out, the list capped.
 */
import { LIMITS } from './limits';

const LEADING_GLYPHS = /^[\s▢☐□■◻◽✓✔•●○◦▪▫·*\-–—]+(?=\S)/u;

/** A group heading inside an ingredient list, not an ingredient. */
export function isGroupHeading(line: string): boolean {
  if (!/:\s*$/.test(line)) return false;
  if (/\d/.test(line)) return false;
  return line.split(/\s+/).length <= 8;
}

export function tidyLine(line: string): string {
  // Notes wrapped twice ("((softened))"), as recipe plugins' JSON-LD writes them, read once.
  return line.replace(LEADING_GLYPHS, '').replace(/\(\(([^()]*)\)\)/g, '($1)').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
}

export function tidyLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = tidyLine(raw);
    if (!line || isGroupHeading(line)) continue;
    out.push(line);
    if (out.length >= LIMITS.lines) break;
  }
  return out;
}
