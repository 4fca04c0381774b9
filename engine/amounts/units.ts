/**
 * The unit vocabulary: every word (en, es, fr, de, it, nl, pt, and a few Nordic / Central European
 * abbreviations seen on recipe pages) that names a unit, mapped to its canonical unit, with the
 * conversion factors to grams and millilitres. Plain data; the parser compiles it once.
 */
import type { MassUnit, PackageUnit, PieceUnit, Unit, UnitKind, VolumeUnit } from './types';

/** Grams in one of each mass unit. */
export const GRAMS_PER: Record<MassUnit, number> = {
  mg: 0.001,
  g: 1,
  dag: 10,
  kg: 1000,
  oz: 28.3495,
  lb: 453.592,
};

/** Millilitres in one US cup; tbsp = cup / 16, tsp = cup / 48. */
export const ML_PER_CUP = 236.6;

/** Millilitres in one of each volume unit (US customary for cup, spoons, pints). */
export const ML_PER: Record<VolumeUnit, number> = {
  ml: 1,
  cl: 10,
  dl: 100,
  l: 1000,
  cup: ML_PER_CUP,
  tbsp: ML_PER_CUP / 16,
  tsp: ML_PER_CUP / 48,
  'fl-oz': 29.5735,
  pint: 473.2,
  quart: 946.4,
  gallon: 3785.4,
  glass: 200,
  pinch: ML_PER_CUP / 48 / 16,
  dash: ML_PER_CUP / 48 / 8,
};

const PIECE_UNITS: readonly PieceUnit[] = [
  'piece', 'small', 'medium', 'large', 'clove', 'slice', 'handful', 'bunch', 'stick', 'head', 'sprig', 'stalk',
  'leaf', 'ear', 'fillet', 'sheet', 'strip', 'scoop',
];
const PACKAGE_UNITS: readonly PackageUnit[] = ['can', 'package', 'jar', 'bag', 'bottle'];

export function unitKind(unit: Unit): UnitKind {
  if (unit in GRAMS_PER) return 'mass';
  if (unit in ML_PER) return 'volume';
  if ((PACKAGE_UNITS as readonly string[]).includes(unit)) return 'package';
  return 'piece';
}

export function isMassUnit(unit: Unit): unit is MassUnit {
  return unit in GRAMS_PER;
}

export function isVolumeUnit(unit: Unit): unit is VolumeUnit {
  return unit in ML_PER;
}

export function isPackageUnit(unit: Unit): unit is PackageUnit {
  return (PACKAGE_UNITS as readonly string[]).includes(unit);
}

export function isPieceUnit(unit: Unit): unit is PieceUnit {
  return (PIECE_UNITS as readonly string[]).includes(unit);
}

/**
 * Words per canonical unit, matched case-insensitively after a number. A trailing `.` after any
 * word is allowed ("Stk.", "tbsp."). Longer words win, so "cuillère à soupe" beats "cuillère".
 */
export const UNIT_WORDS: Record<Unit, readonly string[]> = {
  mg: ['mg', 'milligram', 'milligrams', 'milligramm', 'milligrammes', 'miligramos', 'milligrammi'],
  g: [
    'g', 'gr', 'grs', 'gm', 'gms', 'gram', 'grams', 'gramm', 'gramme', 'grammes', 'gramo', 'gramos', 'grammi',
    'grammo', 'grama', 'gramas',
  ],
  dag: ['dag', 'dkg'],
  kg: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramm', 'kilogramme', 'kilogrammes', 'kilogramos', 'chilo', 'quilo', 'quilos'],
  oz: ['oz', 'ozs', 'ounce', 'ounces', 'onza', 'onzas', 'once', 'onces', 'unze', 'unzen'],
  lb: ['lb', 'lbs', 'pound', 'pounds', 'libra', 'libras', 'livre', 'livres'],
  ml: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters', 'mililitro', 'mililitros', 'millilitro', 'millilitri'],
  cl: ['cl', 'centilitre', 'centilitres', 'centiliter', 'centilitro', 'centilitros'],
  dl: ['dl', 'decilitre', 'deciliter', 'decilitro', 'decilitros'],
  l: ['l', 'lt', 'ltr', 'litre', 'litres', 'liter', 'liters', 'litro', 'litros', 'litri'],
  cup: [
    'c', 'cup', 'cups', 'taza', 'tazas', 'tasse', 'tassen', 'tazza', 'tazze', 'kop', 'kopje', 'kopjes', 'xícara',
    'xícaras', 'xicara', 'xicaras', 'xícara (chá)', 'xícaras (chá)', 'xícara de chá', 'xícaras de chá', 'chávena',
    'chávenas', 'bögre', 'szklanka', 'szklanki',
  ],
  tbsp: [
    'tbsp', 'tbsps', 'tbs', 'tbl', 'tblsp', 'tablespoon', 'tablespoons', 'T', 'tb', 'el', 'eetlepel', 'eetlepels',
    'esslöffel', 'essl', 'cucharada', 'cucharadas', 'cda', 'cdas', 'cs', 'c.s', 'c. s', 'c. à s', 'c.à.s', 'c. à. s',
    'càs', 'cas', 'cuil. à soupe', 'cuillère à soupe', 'cuillères à soupe', 'cuillere a soupe', 'cuilleres a soupe',
    'c. à soupe', 'cucchiaio', 'cucchiai', 'colher de sopa', 'colheres de sopa', 'colher (sopa)',
    'colheres (sopa)', 'c. sopa', 'ss', 'spsk', 'msk', 'ek', 'pl', 'lžíce', 'łyżka', 'łyżki', 'eßlöffel',
  ],
  tsp: [
    'tsp', 'tsps', 'teaspoon', 'teaspoons', 't', 'tl', 'theelepel', 'theelepels', 'teelöffel', 'cucharadita',
    'cucharaditas', 'cdta', 'cdtas', 'cdita', 'cditas', 'cc', 'c.c', 'c. c', 'c. à c', 'c.à.c', 'c. à. c', 'càc', 'cac',
    'cuil. à café', 'cuillère à café', 'cuillères à café', 'cuillere a cafe', 'cuilleres a cafe', 'c. à café',
    'cucchiaino', 'cucchiaini', 'colher de chá', 'colheres de chá', 'colher (chá)', 'colheres (chá)', 'c. chá', 'ts',
    'tsk', 'kk', 'čl', 'łyżeczka', 'łyżeczki',
  ],
  'fl-oz': ['fl oz', 'fl. oz', 'fl.oz', 'floz', 'fluid ounce', 'fluid ounces'],
  pint: ['pint', 'pints', 'pt'],
  quart: ['quart', 'quarts', 'qt', 'qts'],
  gallon: ['gallon', 'gallons', 'gal'],
  glass: ['glass', 'glasses', 'vaso', 'vasos', 'verre', 'verres', 'bicchiere', 'bicchieri', 'copo', 'copos'],
  pinch: [
    'pinch', 'pinches', 'pizca', 'pizcas', 'pincée', 'pincées', 'prise', 'prisen', 'pizzico', 'pizzichi', 'snufje',
    'snuf', 'snufjes', 'pitada', 'pitadas', 'messerspitze', 'štipka', 'szczypta', 'csipet', 'knivspids',
  ],
  dash: ['dash', 'dashes', 'splash', 'chorrito', 'trait', 'scheutje', 'spritzer', 'schuss'],
  piece: [
    'piece', 'pieces', 'pc', 'pcs', 'stk', 'stück', 'stueck', 'stuk', 'stuks', 'pièce', 'pièces', 'pieza', 'piezas',
    'pezzo', 'pezzi', 'unidade', 'unidades', 'unidad', 'ks', 'db', 'whole',
  ],
  small: ['small', 'petit', 'petite', 'petits', 'petites', 'pequeño', 'pequeña', 'pequeños', 'pequeñas', 'pequeno', 'pequena', 'piccolo', 'piccola', 'piccoli', 'piccole', 'kleine', 'kleiner', 'klein', 'kleines'],
  medium: ['medium', 'med', 'medium-sized', 'medium sized', 'moyen', 'moyenne', 'moyens', 'moyennes', 'mediano', 'mediana', 'medianos', 'medianas', 'médio', 'média', 'médios', 'médias', 'mittelgroße', 'mittelgroßer', 'mittelgroß', 'middelgrote', 'middelgroot'],
  large: ['large', 'big', 'extra-large', 'extra large', 'grand', 'grande', 'grandes', 'grands', 'grosse', 'grosses', 'gros', 'große', 'großer', 'großes', 'groß', 'grote', 'groot', 'grosso', 'grossa', 'grossi', 'nagy'],
  clove: [
    'clove', 'cloves', 'diente', 'dientes', 'gousse', 'gousses', 'zehe', 'zehen', 'spicchio', 'spicchi', 'teen',
    'teentje', 'teentjes', 'tenen', 'dente', 'dentes', 'fedd', 'gerezd', 'strúčik', 'strúčiky', 'strúčikov',
  ],
  slice: ['slice', 'slices', 'rebanada', 'rebanadas', 'tranche', 'tranches', 'scheibe', 'scheiben', 'fetta', 'fette', 'plak', 'plakje', 'plakjes', 'plakken', 'fatia', 'fatias', 'rodaja', 'rodajas'],
  handful: ['handful', 'handfuls', 'puñado', 'puñados', 'poignée', 'poignées', 'handvoll', 'manciata', 'manciate', 'handje', 'handvol', 'punhado', 'punhados'],
  bunch: ['bunch', 'bunches', 'manojo', 'manojos', 'botte', 'bottes', 'bund', 'bünde', 'mazzo', 'mazzetto', 'mazzi', 'bos', 'bosje', 'bosjes', 'maço', 'maços'],
  stick: ['stick', 'sticks', 'barra', 'barras', 'stange', 'stangen'],
  head: ['head', 'heads', 'cabeza', 'cabezas', 'tête', 'têtes', 'kopf', 'köpfe', 'testa', 'krop', 'kropje', 'cabeça', 'cabeças', 'fej'],
  sprig: ['sprig', 'sprigs', 'ramita', 'ramitas', 'brin', 'brins', 'zweig', 'zweige', 'zweiglein', 'rametto', 'rametti', 'takje', 'takjes', 'raminho', 'raminhos', 'ramo', 'ramos'],
  stalk: ['stalk', 'stalks', 'rib', 'ribs', 'tallo', 'tallos', 'branche', 'branches', 'stiel', 'stiele', 'gambo', 'gambi', 'stengel', 'stengels', 'talo', 'talos', 'stilk', 'stilke', 'stängel'],
  leaf: ['leaf', 'leaves', 'hoja', 'hojas', 'feuille', 'feuilles', 'blatt', 'blätter', 'foglia', 'foglie', 'blad', 'blaadje', 'blaadjes', 'folha', 'folhas'],
  ear: ['ear', 'ears', 'mazorca', 'mazorcas', 'épi', 'épis', 'kolben', 'pannocchia', 'pannocchie', 'maiskolf', 'maiskolven', 'espiga', 'espigas'],
  sheet: ['sheet', 'sheets', 'lámina', 'láminas', 'foglio', 'fogli', 'vel', 'vellen'],
  strip: ['strip', 'strips', 'rasher', 'rashers', 'tira', 'tiras', 'lanière', 'streifen', 'striscia', 'reep', 'repen', 'reepjes'],
  scoop: ['scoop', 'scoops', 'cacito', 'messlöffel', 'misurino', 'schepje', 'scoopje'],
  fillet: ['fillet', 'fillets', 'filet', 'filets', 'filete', 'filetes', 'filetto', 'filetti', 'filé', 'filés'],
  can: ['can', 'cans', 'tin', 'tins', 'lata', 'latas', 'boîte', 'boîtes', 'boite', 'boites', 'dose', 'dosen', 'lattina', 'lattine', 'barattolo', 'barattoli', 'blik', 'blikken', 'blikje', 'blikjes', 'boks', 'bokser', 'konzerv'],
  package: ['package', 'packages', 'pkg', 'pack', 'packs', 'packet', 'packets', 'paquete', 'paquetes', 'sobre', 'sobres', 'paquet', 'paquets', 'sachet', 'sachets', 'packung', 'packungen', 'pck', 'pkt', 'päckchen', 'pckg', 'confezione', 'confezioni', 'bustina', 'bustine', 'pak', 'pakje', 'pakjes', 'zakje', 'zakjes', 'pacote', 'pacotes', 'envelope', 'envelopes', 'csomag', 'box', 'boxes', 'carton', 'cartons', 'container', 'containers', 'tub', 'tubs'],
  jar: ['jar', 'jars', 'frasco', 'frascos', 'bocal', 'bocaux', 'pot', 'pots', 'vasetto', 'vasetti', 'glas', 'gläser', 'pote', 'potes', 'potje', 'potjes'],
  bag: ['bag', 'bags', 'bolsa', 'bolsas', 'sac', 'beutel', 'sacchetto', 'zak', 'saco', 'sacos'],
  bottle: ['bottle', 'bottles', 'botella', 'botellas', 'bouteille', 'bouteilles', 'flasche', 'flaschen', 'bottiglia', 'bottiglie', 'fles', 'flessen', 'garrafa', 'garrafas'],
};

/**
 * Words that are a unit only with this exact case: "T" is a tablespoon and "t" a teaspoon in US
 * recipes; "c" alone is an English cup. Everything else ("EL", "TL", "Tbsp") matches any case.
 */
export const CASE_SENSITIVE_WORDS: ReadonlySet<string> = new Set(['T', 't', 'c']);

/** Units that mean one when a line starts with them and no number: "Pinch of salt". */
export const IMPLICIT_ONE: ReadonlySet<Unit> = new Set<Unit>(['pinch', 'dash', 'handful', 'bunch', 'sprig']);
