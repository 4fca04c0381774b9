/**
 * Words that must never appear in a tip or a swap: Gut Lens gives advice about food and habits
 * only, and promotes no product. Matched as whole words, case-insensitive; tests/unit/tips.test.ts
 * and swaps.test.ts scan every text against this list.
 */

/** Medical and supplement vocabulary. */
export const FORBIDDEN_MEDICAL_WORDS: readonly string[] = [
  'supplement',
  'supplements',
  'supplementation',
  'probiotic supplement',
  'pill',
  'pills',
  'capsule',
  'capsules',
  'tablet',
  'tablets',
  'injection',
  'injections',
  'inject',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'drug',
  'drugs',
  'laxative',
  'laxatives',
  'antibiotic',
  'antibiotics',
  'dosage',
  'prescription',
  'gummies',
  'powdered fiber',
  'fiber powder',
];

/** The same medical and supplement vocabulary in the other six languages, for the translated texts. */
export const FORBIDDEN_MEDICAL_WORDS_TRANSLATED: readonly string[] = [
  // es
  'suplemento', 'suplementos', 'pastilla', 'pastillas', 'cápsula', 'cápsulas', 'comprimido', 'comprimidos',
  'medicamento', 'medicamentos', 'fármaco', 'fármacos', 'laxante', 'laxantes', 'antibiótico', 'antibióticos',
  'inyección', 'inyecciones', 'receta médica',
  // fr
  'complément alimentaire', 'compléments alimentaires', 'gélule', 'gélules', 'pilule', 'pilules',
  'comprimé', 'comprimés', 'médicament', 'médicaments', 'laxatif', 'laxatifs', 'antibiotique',
  'antibiotiques', 'ordonnance',
  // de
  'Nahrungsergänzungsmittel', 'Nahrungsergänzung', 'Tablette', 'Tabletten', 'Kapsel', 'Kapseln', 'Pille',
  'Pillen', 'Medikament', 'Medikamente', 'Arzneimittel', 'Abführmittel', 'Antibiotikum', 'Antibiotika',
  'Spritze', 'Spritzen',
  // it
  'integratore', 'integratori', 'pillola', 'pillole', 'capsula', 'capsule', 'compressa', 'compresse',
  'farmaco', 'farmaci', 'medicinale', 'medicinali', 'lassativo', 'lassativi', 'antibiotico', 'antibiotici',
  'iniezione', 'iniezioni',
  // nl
  'supplementen', 'voedingssupplement', 'voedingssupplementen', 'pil', 'pillen', 'capsules', 'tablet',
  'medicijn', 'medicijnen', 'geneesmiddel', 'geneesmiddelen', 'laxeermiddel', 'laxeermiddelen',
  'antibioticum', 'antibiotica', 'injectie', 'injecties',
  // pt
  'suplemento alimentar', 'suplementos alimentares', 'comprimido', 'cápsula', 'pílula', 'pílulas',
  'medicamento', 'remédio', 'remédios', 'laxante', 'antibiótico', 'injeção', 'injeções', 'receita médica',
];

/** Brand and product names of foods, drinks and supplements sold in our languages' markets. */
export const FORBIDDEN_BRANDS: readonly string[] = [
  'Activia',
  'Actimel',
  'Yakult',
  'Danone',
  'Chobani',
  'Fage',
  'Siggi',
  'Oikos',
  'Lifeway',
  'Culturelle',
  'Metamucil',
  'Benefiber',
  'FiberCon',
  'Citrucel',
  'Kellogg',
  "Kellogg's",
  'Quaker',
  'Weetabix',
  'All-Bran',
  'Nestlé',
  'Nestle',
  'Coca-Cola',
  'Coke',
  'Pepsi',
  'Red Bull',
  'Health-Ade',
  "GT's",
  'KeVita',
  'Nutella',
  'Ryvita',
  'Wasa',
  'Huel',
  'Alpro',
  'Oatly',
  'Pringles',
  'Doritos',
  "Lay's",
  'Cheerios',
  'Special K',
  'Müller',
  'Arla',
  'Heinz',
  "Hellmann's",
  'Kraft',
  'Philadelphia',
  'Ocean Spray',
  'Tropicana',
];

export const FORBIDDEN_WORDS: readonly string[] = [
  ...new Set([...FORBIDDEN_MEDICAL_WORDS, ...FORBIDDEN_MEDICAL_WORDS_TRANSLATED, ...FORBIDDEN_BRANDS]),
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const BOUNDARY = '[^\\p{L}\\p{N}]';
/** One pattern for every word (longest first, so "probiotic supplement" wins over "supplement"). */
const PATTERN = new RegExp(
  `(?<=^|${BOUNDARY})(?:${[...FORBIDDEN_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?=$|${BOUNDARY})`,
  'giu',
);

/** Brand names that are everyday words of a language: German "Kraft" is strength. */
const EVERYDAY_WORDS: Readonly<Record<string, readonly string[]>> = { de: ['Kraft'] };

/**
 * The forbidden words found in `text` (whole words, case-insensitive), as listed above. `lang`,
 * when given, lets that language's everyday words through.
 */
export function forbiddenWordsIn(text: string, lang?: string): string[] {
  const allowed = new Set((lang ? (EVERYDAY_WORDS[lang] ?? []) : []).map((word) => word.toLowerCase()));
  const found = new Set<string>();
  for (const match of text.matchAll(PATTERN)) {
    const lower = match[0].toLowerCase();
    if (allowed.has(lower)) continue;
    const word = FORBIDDEN_WORDS.find((candidate) => candidate.toLowerCase() === lower);
    if (word) found.add(word);
  }
  return [...found];
}
