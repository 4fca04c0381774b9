/**
 * What the hover card says about a food: its tags with a reason each, fiber per 100 g and the
 * sources, as plain text. Reason and source texts come from the data tables passed in.
 */
import type { FoodCore, GutTag } from './types';
import { displayName } from './name-table';

export interface FoodInfo {
  id: string;
  name: string;
  claims: { tag: GutTag; reason: string }[];
  fiber: number;
  highFiber: boolean;
  sources: string[];
}

/** The EU's "high fibre" claim: 6 g per 100 g (Regulation (EC) No 1924/2006, Annex). */
export const HIGH_FIBER_G = 6;

export function describeFood(
  food: FoodCore,
  reasonText: (key: string) => string,
  sourceText: (key: string) => string,
): FoodInfo {
  const claims: FoodInfo['claims'] = [];
  const sources: string[] = [];
  for (const claim of food.tags) {
    if (claim.tag === 'plant') continue;
    claims.push({ tag: claim.tag, reason: reasonText(claim.reason) });
    const source = sourceText(claim.source);
    if (!sources.includes(source)) sources.push(source);
  }
  return {
    id: food.id,
    name: displayName(food),
    claims,
    fiber: food.fiber,
    highFiber: food.fiber >= HIGH_FIBER_G && food.tags.some((c) => c.tag === 'fiber'),
    sources,
  };
}

/** A citation's short form for the card: its first sentence (authors or title), cut, with its year. */
export function shortCitation(citation: string): string {
  const first = citation.split(/\.\s/)[0].replace(/\s*,?\s*et al$/, ' et al.');
  const cut = first.length > 70 ? `${first.slice(0, 67).trimEnd()}…` : first;
  const year = /\b(19|20)\d\d\b/.exec(citation)?.[0];
  return year && !cut.includes(year) ? `${cut} (${year})` : cut;
}

/**
 * The words the card needs besides the UI messages: short citations by source key (made at build
 * time). Reason labels are UI messages (`reason_<key>` in every locale).
 */
export interface CardTexts {
  sources: Record<string, string>;
}

export function cardTexts(sources: Record<string, { citation: string }>): CardTexts {
  return {
    sources: Object.fromEntries(Object.entries(sources).map(([key, s]) => [key, shortCitation(s.citation)])),
  };
}
