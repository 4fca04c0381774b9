/**
 * Recipe pages without structured data or a known plugin card: find an "Ingredients" heading (in
 * any of the supported languages), take the list items — or the lines of the paragraphs — that
 * follow it up to the method, and keep them only when they read as ingredient lines.
 */
import type { FoodMatcher } from '../foods/matcher';
import type { FoodCore } from '../foods/types';
import { collapseSpace } from './clean-text';
import { descendantsByTag, firstDescendantByTag, tagOf } from './dom-read';
import { elementText, elementTextLines } from './element-text';
import { isBoldGroupTitle, readsAsGroupTitle } from './group-heading-element';
import { tidyLine } from './ingredient-line';
import { FRESH_SLICE, NEEDS_MATCHER, type Steps } from './steps';
import { LIMITS } from './limits';
import { INGREDIENTS_HEADING, METHOD_HEADING, looksLikeAmountLine } from './recipe-vocabulary';
import type { DomElement } from './types';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LIST_TAGS = new Set(['UL', 'OL']);
const LINE_BREAK = new Set(['BR']);
const LIST_ITEM = new Set(['LI']);
const MAX_SIBLINGS = 40;
const BULLET = /^[•·▪◦●*\-–]\s/u;
const MAX_LEVELS = 5;

function shortText(el: DomElement): string {
  const raw = el.textContent ?? '';
  return raw.length > 300 ? '' : collapseSpace(raw);
}

function indexIn(parent: DomElement, child: DomElement): number {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) if (kids[i] === child) return i;
  return -1;
}

/** Text of list items under `el`, outermost items only, in order. */
function listItems(el: DomElement, depth = 0): string[] {
  const items = LIST_TAGS.has(tagOf(el)) ? el.children : descendantsByTag(el, LIST_ITEM);
  const out: string[] = [];
  for (let i = 0; i < items.length && i < LIMITS.elements; i++) {
    const li = items[i];
    const tag = tagOf(li);
    // A list directly inside a list (markup editors write <ul><ul><li>): its items are the lines.
    if (LIST_TAGS.has(tag) && depth < 2) out.push(...listItems(li, depth + 1));
    if (tag !== 'LI') continue;
    const nested = firstDescendantByTag(li, LIST_TAGS);
    const line = nested || isBoldGroupTitle(li) ? '' : elementText(li);
    if (line) out.push(line);
  }
  return out;
}

/** Long sentences without amounts: the method's steps, not ingredients. */
function readsAsSteps(items: readonly string[]): boolean {
  let long = 0;
  for (const item of items) if ((item.length > 80 || (item.length > 30 && /[.!]$/.test(item))) && !looksLikeAmountLine(item)) long++;
  return long / items.length > 0.5;
}

/**
 * Lines of a block without list items: the lines of a paragraph broken by <br>, or one line per
 * row when the block is a stack of rows (amount and name in cells of one row).
 */
function rowLines(el: DomElement): string[] {
  if (tagOf(el) === 'P' || firstDescendantByTag(el, LINE_BREAK)) return elementTextLines(el);
  // The row container: the element within a few levels holding the most children.
  // `children` read once a node: a script DOM may build the list anew on every read.
  let box = el;
  let boxChildren = el.children.length;
  let frontier: DomElement[] = [el];
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: DomElement[] = [];
    for (const node of frontier) {
      const kids = node.children;
      if (kids.length > boxChildren) {
        box = node;
        boxChildren = kids.length;
      }
      for (let i = 0; i < kids.length && next.length < 200; i++) next.push(kids[i]);
    }
    frontier = next;
  }
  if (boxChildren < 2) return elementTextLines(box);
  const out: string[] = [];
  const rows = box.children;
  for (let i = 0; i < rows.length && i < LIMITS.elements; i++) {
    const cells = rows[i].children;
    // Cells of one row (amount, name) are laid out apart even when the markup has no space between.
    const line = cells.length >= 2 && cells.length <= 6 ? collapseSpace(Array.from(cells, (c) => elementText(c)).join(' ')) : elementText(rows[i]);
    if (line) out.push(line);
  }
  return out;
}

/**
 * A block holding several groups, each a heading ("For the sauce") over its own rows: the rows of
 * every group, in order. Null when the block is not laid out that way.
 */
function groupedRows(el: DomElement): string[] | null {
  const headings = descendantsByTag(el, HEADING_TAGS, MAX_SIBLINGS + 1);
  if (headings.length < 2 || headings.length > MAX_SIBLINGS) return null;
  const out: string[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (isMethodHeading(h)) return null;
    const parent = h.parentElement;
    if (!parent) return null;
    const kids = parent.children;
    for (let j = indexIn(parent, h) + 1; j < kids.length && !HEADING_TAGS.has(tagOf(kids[j])); j++) out.push(...rowLines(kids[j]));
  }
  return out.length > 0 ? out : null;
}

function isMethodHeading(el: DomElement): boolean {
  const text = shortText(el);
  return text.length > 0 && text.length < 60 && METHOD_HEADING.test(text);
}

/** Ingredient lines following a heading, climbing to the heading's ancestors until some are found. */
export function linesAfter(heading: DomElement): string[] {
  let node: DomElement | null = heading;
  for (let level = 0; level < MAX_LEVELS && node; level++) {
    const parent: DomElement | null = node.parentElement;
    if (!parent) break;
    const kids = parent.children;
    const start = indexIn(parent, node);
    const lines: string[] = [];
    for (let j = start + 1; j < kids.length && j <= start + MAX_SIBLINGS && lines.length < LIMITS.lines; j++) {
      const sib = kids[j];
      const tag = tagOf(sib);
      const headingWithLines = HEADING_TAGS.has(tag) && (sib.textContent ?? '').length > 60 && firstDescendantByTag(sib, LINE_BREAK) !== null;
      if (!headingWithLines && (HEADING_TAGS.has(tag) || (tag !== 'UL' && tag !== 'OL' && isMethodHeading(sib)))) {
        if (isMethodHeading(sib) || INGREDIENTS_HEADING.test(shortText(sib))) break;
        continue; // a group heading inside the ingredient list
      }
      if (lines.length > 0) {
        const inner = firstDescendantByTag(sib, HEADING_TAGS);
        if (inner && isMethodHeading(inner)) break;
      }
      const items = listItems(sib);
      if (items.length > 0 && lines.length > 0 && readsAsSteps(items)) break;
      if (items.length > 0) {
        lines.push(...items);
        continue;
      }
      if (tag === 'P' || tag === 'DIV' || tag === 'SPAN' || headingWithLines) {
        const textLines = (groupedRows(sib) ?? rowLines(sib)).filter((l) => l.length < 200);
        if (textLines.length === 0) continue; // an empty spacer block
        const nextTag = j + 1 < kids.length ? tagOf(kids[j + 1]) : '';
        if (lines.length > 0 && textLines.length === 1 && LIST_TAGS.has(nextTag) && readsAsGroupTitle(textLines[0])) continue; // a group's title between lists
        if (textLines.every((l) => looksLikeAmountLine(tidyLine(l)) || l.length < 60 || (lines.length === 0 && BULLET.test(l)))) lines.push(...textLines);
        else if (lines.length > 0) break;
      }
    }
    if (lines.length >= 2) return lines;
    node = parent;
  }
  return [];
}

/** The share of lines with an amount or a food name. */
export function ingredientShare(lines: readonly string[], matcher: FoodMatcher<FoodCore>): number {
  let like = 0;
  for (const line of lines) if (looksLikeAmountLine(tidyLine(line)) || matcher.match(line).length > 0) like++;
  return lines.length === 0 ? 0 : like / lines.length;
}

/** Short text of a heading candidate without reading long paragraphs: headings, or small elements. */
function headingText(el: DomElement): string {
  if (!HEADING_TAGS.has(tagOf(el)) && el.childNodes.length > 3) return '';
  return shortText(el);
}

/**
 * The first list under an ingredients heading that reads as ingredients — by default, half its
 * lines with an amount or a food; `accept` replaces that test when the caller has a better one.
 * As steps (steps.ts): a reader in slices looks at a few candidates, or tries one list, a step.
 */
/** Heading candidates looked at in one step (a list tried under one is a step of its own). */
const CANDIDATES_A_STEP = 30;

export function* ingredientsByHeadingSteps(
  candidates: readonly DomElement[],
  matcher: () => FoodMatcher<FoodCore>,
  accept?: (lines: string[]) => boolean,
): Steps<{ lines: string[]; evidence: string } | null> {
  const tried = new Set<DomElement>();
  // The heading pattern may be tested here for the first time on the page (compiled then).
  if (candidates.length > 0) yield FRESH_SLICE;
  for (let i = 0; i < candidates.length && i < LIMITS.elements; i++) {
    if (i > 0 && i % CANDIDATES_A_STEP === 0) yield;
    const el = candidates[i];
    const text = headingText(el);
    if (!text || text.length > 60 || !INGREDIENTS_HEADING.test(text)) continue;
    if (tried.has(el)) continue;
    tried.add(el);
    // What follows the heading is read up to the method's heading: another pattern's first use.
    yield FRESH_SLICE;
    const lines = linesAfter(el);
    yield;
    if (lines.length < 2) continue;
    if (!accept) yield NEEDS_MATCHER;
    if (accept ? accept(lines) : ingredientShare(lines, matcher()) >= 0.5) return { lines, evidence: `heading:${text.slice(0, 30).toLowerCase()}` };
  }
  return null;
}
