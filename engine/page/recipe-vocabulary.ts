/**
 * Words of recipe pages in en/es/fr/de/it/nl/pt (and neighbours: da, no, sv, fi, pl, cs, sk, sl,
 * hr, hu, tr, ru): section headings for
 * ingredients and for the method, and what an ingredient line reads like — an amount, a unit.
 * Word lists are lowercase `wordPattern`s (word-pattern.ts: cheap to start in a content script).
 */
import { LETTER_RANGES, wordPattern, wordPatternWithTail } from './word-pattern';

/**
 * A heading that opens the ingredient list ("Ingredients", "Zutaten für 4 Personen", …). The
 * articles share one `\s+`: written `the\s+|los\s+|…` they made the pattern's first use ten times
 * slower (2.4 ms against 0.23 ms in V8, measured), on every page whose headings are read.
 */
export const INGREDIENTS_HEADING = wordPatternWithTail(
  String.raw`^\s*(?:(?:the|los|les|gli|de|os)\s+)?(?:ingredients?|ingrédients?|ingredientes?|zutaten|ingredienti|ingrediënten|ingredienten|benodigdheden|hozzávalók|ingredienser|ingredienserne|składniki|ingredience|ingrediencie|suroviny|sestavine|sastojci|ainekset|malzemeler|ингредиенты|what you(?:'|’)?ll need|things you(?:'|’)?ll need|you will need|was du brauchst|du brauchst|ce qu(?:'|’)il (?:vous )?faut|shopping list|einkaufsliste|lista de la compra)(?![${LETTER_RANGES}])`,
  40,
);

/** A heading that opens the method: the ingredient list ends here. */
export const METHOD_HEADING = wordPattern(
  String.raw`^\s*(?:the\s+)?(?:instructions?|directions?|method|preparation|steps|how to make|to make|procedure|preparación|elaboración|instrucciones|modo de preparación|préparation|étapes|instructions|zubereitung|anleitung|so geht'?s|preparazione|procedimento|bereiding|bereidingswijze|werkwijze|modo de preparo|preparo|preparação|elkészítés|fremgangsmåde|fremgangsmåte|tilberedning|gör så här|tillagning|instruktioner|postup|příprava|príprava|przygotowanie|sposób przygotowania|valmistus|ohje|hazırlanışı|приготовление|nutrition|notes?|tips?)(?![${LETTER_RANGES}])`,
);

const UNITS = [
  'cups?', 'c\\.', 'tbsp?s?\\.?', 'tablespoons?', 'tsp?s?\\.?', 'teaspoons?', 'oz\\.?', 'ounces?', 'lbs?\\.?', 'pounds?', 'g', 'gr?', 'grams?',
  'kg', 'ml', 'cl', 'dl', 'l', 'litres?', 'liters?', 'pinch', 'dash', 'cloves?', 'cans?', 'tins?', 'packs?', 'packets?', 'bunch', 'sticks?',
  'slices?', 'pieces?', 'handful', 'sprigs?', 'stk\\.?', 'stück', 'el', 'tl', 'msp\\.?', 'prise', 'bund', 'zehen?', 'dose', 'becher',
  'cs', 'cc', 'c\\. à soupe', 'c\\. à café', 'cuillères?', 'pincée', 'gousses?', 'cucharadas?', 'cucharaditas?', 'tazas?', 'dientes?',
  'cucchiai', 'cucchiaio', 'cucchiaini?', 'spicchi', 'eetlepels?', 'theelepels?', 'stuks?', 'teentjes?', 'colheres?', 'xícaras?',
  'dentes?', 'db', 'ek', 'tk', 'evőkanál', 'teáskanál', 'csipet', 'gerezd', 'stilke?', 'spsk', 'tsk', 'fed',
].join('|');

/** An amount at the start of a line: `2`, `1/2`, `½`, `1 1/2`, `1.5`, `2-3`, `a`, `one`. */
const AMOUNT_START = /^\s*(?:\d+(?:[.,]\d+)?(?:\s*[-–/⁄]\s*\d+)?|[½⅓⅔¼¾⅛⅜⅝⅞⅕⅙]|\d+\s*[½⅓⅔¼¾⅛])/u;
const UNIT_WORD = wordPattern(`(?<![${LETTER_RANGES}])(?:${UNITS})(?![${LETTER_RANGES}])`);

/** Does this line read like an ingredient (an amount or a unit)? Food names are checked by the caller. */
export function looksLikeAmountLine(line: string): boolean {
  return AMOUNT_START.test(line) || (line.length < 120 && UNIT_WORD.test(line) && /\d/.test(line));
}

const BARE_AMOUNT = wordPattern(`^(?:${AMOUNT_START.source.slice(1)})(?:\\s*(?:${UNITS}))?\\s*$`);

/** A line that is only an amount ("2", "1/2 teaspoon"): the name was split onto the next line. */
export function isBareAmount(line: string): boolean {
  return BARE_AMOUNT.test(line);
}
