/** The hover card's words for a food: reason labels and short source names from the bundled tables. */
import { REASONS } from '../../data/reasons';
import { SOURCES } from '../../data/sources';
import { describeFood, type FoodInfo } from '../../engine/foods/food-info';
import type { FoodCore } from '../../engine/foods/types';

const reasonText = (key: string): string => (REASONS as Record<string, { label: string } | undefined>)[key]?.label ?? key;
/** A citation's short form for the card: its first sentence (authors or title), cut, with its year. */
export function shortCitation(citation: string): string {
  const first = citation.split(/\.\s/)[0].replace(/\s*,?\s*et al$/, ' et al.');
  const cut = first.length > 70 ? `${first.slice(0, 67).trimEnd()}…` : first;
  const year = /\b(19|20)\d\d\b/.exec(citation)?.[0];
  return year && !cut.includes(year) ? `${cut} (${year})` : cut;
}

const sourceText = (key: string): string => {
  const source = (SOURCES as Record<string, { citation: string } | undefined>)[key];
  return source ? shortCitation(source.citation) : key;
};

export function foodInfo(food: FoodCore): FoodInfo {
  return describeFood(food, reasonText, sourceText);
}
