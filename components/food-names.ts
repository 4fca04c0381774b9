/** A food's name in the UI language, from the food list; the English id-based name otherwise. */
import type { Food, Lang } from '../engine/foods/types';

export function foodName(id: string, foodsById: ReadonlyMap<string, Food> | undefined, lang: Lang, fallback?: string): string {
  const names = foodsById?.get(id)?.names;
  const own = names?.[lang]?.[0];
  if (own) return lang === 'de' ? germanNounCase(own) : own;
  return names?.en?.[0] ?? fallback ?? id.replace(/-/g, ' ');
}

/** Words German writes lower case inside a food name ("Lachs aus der Dose", "Chili con Carne"). */
const GERMAN_LOWER = new Set(['aus', 'der', 'die', 'das', 'dem', 'den', 'des', 'mit', 'ohne', 'und', 'oder', 'in', 'im', 'vom', 'von', 'zum', 'zur', 'con', 'de', 'à', 'la']);
/** Endings of a declined adjective before its noun ("getrocknete Tomaten", "brauner Zucker"). */
const GERMAN_ADJECTIVE = /(?:e|er|es|en|em)$/;

/** A French or other foreign word in a German name is a loan noun ("Crème Fraîche"). */
const FOREIGN = /[àâçéèêëîïôûù]/;

/**
 * The food list keeps names lower case for matching; German writes nouns with a capital. Each word
 * is capitalised but small words and a declined adjective right before its noun:
 * "getrocknete tomaten" -> "getrocknete Tomaten", "kräuter der provence" -> "Kräuter der Provence".
 */
export function germanNounCase(name: string): string {
  const words = name.split(' ');
  return words
    .map((word, i) => {
      const next = words[i + 1];
      const adjective =
        next !== undefined && GERMAN_ADJECTIVE.test(word) && !FOREIGN.test(word) && !GERMAN_LOWER.has(next) && /^\p{L}/u.test(next);
      if (GERMAN_LOWER.has(word) || adjective) return word;
      return word.charAt(0).toLocaleUpperCase('de') + word.slice(1);
    })
    .join(' ');
}
