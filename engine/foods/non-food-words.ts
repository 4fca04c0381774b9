/**
 * Words and phrases that look like food names but are not, as data. General classes only
 * (dates on labels, colours and materials, "free of", negation, words that are a food in one
 * language and an everyday word in another), never a single labelled line.
 */
import type { Lang } from './types';

/**
 * Phrases that contain a food name in a non-food sense. Matched like food names (longest first),
 * so "use-by date" is consumed whole and "date" inside it is never a food.
 */
export const NON_FOOD_PHRASES: readonly string[] = [
  // dates on labels and in text
  'use by date', 'use-by date', 'best before date', 'best-before date', 'sell by date', 'sell-by date',
  'expiry date', 'expiration date', 'release date', 'delivery date', 'date night', 'date range',
  'date added', 'date published', 'date modified',
  // colours, materials and scents of non-food products
  'olive green', 'lime green', 'mint green', 'pea green', 'cherry red', 'tomato red', 'lemon yellow',
  'peach colour', 'peach color', 'walnut finish', 'walnut wood', 'cherry wood', 'oak wood',
  'coconut shell', 'almond colour', 'almond color',
  // cooking terms that are not the food itself
  'egg wash', 'cream of tartar', 'room temperature',
];

/**
 * A food word right after one of these words is not the food ("up to date", "by date"). Keyed by
 * the food word; checked only when that word matched, so common words cost nothing here.
 */
export const NOT_FOOD_AFTER: Readonly<Record<string, readonly string[]>> = {
  date: ['to', 'by', 'due', 'start', 'end', 'expiry', 'expiration', 'before', 'delivery', 'release', 'the', 'a', 'this', 'that'],
  dates: ['due', 'start', 'end', 'expiry', 'expiration', 'delivery', 'release', 'the', 'these'],
};

/** Words that, right before a food, say it is not an ingredient ("not whipping cream", "without sugar"). */
export const NEGATION_BEFORE: Record<Lang, readonly string[]> = {
  en: ['not', 'no', 'without'],
  es: ['sin', 'no'],
  fr: ['sans', 'pas', 'non'],
  de: ['ohne', 'kein', 'keine', 'keinen', 'nicht'],
  it: ['senza', 'non'],
  nl: ['zonder', 'geen', 'niet'],
  pt: ['sem', 'nao'],
};

/** Words that, right after a food, say the product is free of it ("dairy-free", "glutenfrei"). */
export const NEGATION_AFTER: readonly string[] = ['free', 'frei', 'vrij', 'libre', 'sans'];

/**
 * Everyday words of a language that some other language's food list uses as a name
 * ("more" is Italian for blackberries, "room" Dutch for cream, "pan" Spanish for bread).
 * In a text of that language, or of unknown language, such a word is not a food unless the
 * food list names it in that language too.
 */
export const FALSE_FRIENDS: Partial<Record<Lang, readonly string[]>> = {
  en: ['more', 'pan', 'pans', 'sale', 'room', 'the', 'pain', 'most', 'fave', 'rape', 'peer', 'mare', 'son', 'pane', 'data', 'mais'],
  fr: ['mais', 'pas', 'te'],
  es: ['te', 'como', 'mas'],
  it: ['dal', 'con', 'fetta', 'fette', 'latte'],
  pt: ['te', 'mais'],
};

/**
 * Products named "HEAD of FOOD" in the Romance languages that are not the food itself
 * ("huile d'olive", "aceite de oliva", "jus de citron", "sirop d'érable"): a food right after
 * one of these heads and a "de/d'/di/da/du..." is not counted, unless the list names the whole
 * product (a listed name is always matched first, longest first). Folded.
 */
export const PRODUCT_HEADS: readonly string[] = [
  'huile', 'huiles', 'aceite', 'aceites', 'olio', 'azeite', 'oleo',
  'jus', 'zumo', 'jugo', 'succo', 'sumo', 'suco',
  'vinaigre', 'vinagre', 'aceto',
  'sirop', 'jarabe', 'sirope', 'sciroppo', 'xarope',
  'extrait', 'extracto', 'estratto', 'extrato', 'arome', 'aroma',
  'bouillon', 'caldo', 'brodo', 'fumet', 'fond',
  'liqueur', 'licor', 'liquore',
];

/** The "of" that joins a product head to its food in the Romance languages. */
export const PRODUCT_OF: readonly string[] = ['de', 'd', 'di', 'da', 'del', 'della', 'dell', 'du', 'des', 'do', 'dos', 'das', 'al', 'all', 'alla'];
