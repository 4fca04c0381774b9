/**
 * Tidying extracted ingredient lines: checkbox and bullet glyphs dropped, garbled encoding
 * repaired, group headings ("For the sauce:", "For the swirl") and empty lines left out, an amount
 * split from its name joined back, a list repeated whole (a print copy) read once, the list capped.
 */
import { LIMITS } from './limits';
import { repairMojibake } from './mojibake';
import { INGREDIENTS_HEADING, isBareAmount } from './recipe-vocabulary';
import { drain, type Steps } from './steps';
import { wordPattern } from './word-pattern';

const LEADING_GLYPHS = /^[\s▢☐□■◻◽✓✔•●○◦▪▫·*\-–—]+(?=\S)/u;

/** A group heading inside an ingredient list, not an ingredient. */
export function isGroupHeading(line: string): boolean {
  if (/\d/.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (/:\s*$/.test(line)) return words <= 8;
  // Without the colon: "For the swirl", "Für den Belag", "Pour la pâte", or the list's own title.
  return words <= 5 && (GROUP_OPENING.test(line) || INGREDIENTS_HEADING.test(line));
}

/** "For the …" in the supported languages: a group heading's usual opening. */
const GROUP_OPENING = wordPattern(
  String.raw`^(?:for the|für (?:den|die|das)|pour (?:la|le|les|l['’])|per (?:il|la|lo|le|i|gli|l['’])|para (?:el|la|los|las|o|a|os|as)|voor (?:de|het))\s`,
);

export function tidyLine(line: string): string {
  // Notes wrapped twice ("((softened))"), as recipe plugins' JSON-LD writes them, read once. Space
  // inside a note's brackets ("(packed )") is left as the page wrote it: it is the page's text.
  return repairMojibake(line).replace(LEADING_GLYPHS, '').replace(/\(\(([^()]*)\)\)/g, '($1)').trim();
}

export function tidyLines(lines: readonly string[]): string[] {
  return drain(tidyLinesSteps(lines));
}

/** `tidyLines` as steps (steps.ts): a line a step (the first uses patterns that compile on first use). */
export function* tidyLinesSteps(lines: readonly string[]): Steps<string[]> {
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < LIMITS.lines; i++) {
    if (i > 0) yield;
    let line = tidyLine(lines[i]);
    if (!line || isGroupHeading(line)) continue;
    const next = i + 1 < lines.length ? tidyLine(lines[i + 1]) : '';
    if (isBareAmount(line) && next && !/^\d/.test(next) && !isBareAmount(next) && !isGroupHeading(next)) {
      line = `${line} ${next}`;
      i++;
    }
    out.push(line);
  }
  return readOnce(out);
}

/** A list that is the same lines twice over (the card and its print copy): one copy. */
function readOnce(lines: string[]): string[] {
  const half = lines.length / 2;
  if (lines.length < 4 || !Number.isInteger(half)) return lines;
  for (let i = 0; i < half; i++) if (lines[i] !== lines[i + half]) return lines;
  return lines.slice(0, half);
}
