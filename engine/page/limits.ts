/**
 * Caps on the work readPage does, so a hostile or huge page (20 MB of HTML, 50,000 nested
 * elements, 5 MB of JSON-LD) costs bounded time. Every loop over page content checks one of these.
 */
export const LIMITS = {
  /** Characters of one JSON-LD script that are parsed; longer scripts are skipped. */
  jsonLdScriptChars: 1_500_000,
  /** JSON-LD scripts looked at per page. */
  jsonLdScripts: 40,
  /** JSON values visited when searching parsed JSON-LD for types. */
  jsonValues: 50_000,
  /** Nesting depth followed inside parsed JSON-LD. */
  jsonDepth: 64,
  /** DOM nodes visited when collecting one element's text. */
  textNodes: 4_000,
  /** Characters kept from one element's text. */
  textChars: 4_000,
  /** Elements taken from one querySelectorAll result. */
  elements: 3_000,
  /** Ingredient lines / product titles returned. */
  lines: 400,
  products: 600,
  /** Elements looked at in the one pass over the page. */
  scanElements: 150_000,
  /** Characters of one embedded application-state source (script, flight data, data-page) parsed. */
  appStateChars: 3_000_000,
  /** Characters of application state parsed per page, all sources together. */
  appStateTotalChars: 6_000_000,
  /** Application-state values (script blocks, flight rows) parsed per page. */
  appStateSources: 60,
  /** JSON values visited when searching application state for a recipe or products. */
  appStateValues: 200_000,
  /** Ancestors climbed from a heading or an item to find its container. */
  ancestors: 12,
} as const;
