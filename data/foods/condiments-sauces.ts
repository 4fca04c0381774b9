/**
 * Condiments, sauces, vinegars, pickles and ferments sold as condiments, stocks and dressings.
 * Never fiber (used by the spoon). Sauerkraut and kimchi carry live cultures unless canned;
 * pickles only when the line says fermented.
 */
import { food, shelf } from './define';

const SAUCE = { plant: false, notFiber: 'condiment' } as const;
const FERMENTED_ONLY: ['live-only-when-fermented'] = ['live-only-when-fermented'];
const DEAD_WHEN_CANNED: ['dead-when-canned'] = ['dead-when-canned'];

export const CONDIMENTS = shelf('condiment', SAUCE, [
  food('ketchup', '11935', ['ketchup', 'tomato ketchup', 'catsup'], { plant: true, group: 'tomato' }),
  food('mustard', '02046', ['mustard', 'yellow mustard', 'prepared mustard', 'american mustard', 'dijon mustard', 'dijon', 'wholegrain mustard', 'whole grain mustard', 'whole-grain mustard', 'grainy mustard', 'brown mustard', 'spicy brown mustard', 'english mustard', 'stone ground mustard', 'honey mustard', 'german mustard', 'seeded mustard'], { plant: true, group: 'mustard' }),
  food('mayonnaise', '04025', ['mayonnaise', 'mayo', 'light mayonnaise', 'vegan mayo', 'vegan mayonnaise', 'kewpie mayonnaise', 'kewpie mayo', 'aioli', 'garlic aioli', 'japanese mayonnaise', 'sriracha mayo'], { notFiber: 'oil-fat' }),
  food('bbq-sauce', '06150', ['bbq sauce', 'barbecue sauce', 'barbeque sauce', 'bbq', 'smoky bbq sauce'], { plant: false }),
  food('hot-sauce', '06169', ['hot sauce', 'tabasco', 'tabasco sauce', "frank's red hot", 'franks hot sauce', 'buffalo sauce', 'louisiana hot sauce', 'cholula', 'valentina', 'chili sauce', 'chilli sauce', 'peri peri sauce', 'piri piri sauce', 'hot pepper sauce', 'chipotle sauce'], {}),
  food('sriracha', '06631', ['sriracha', 'sriracha sauce', 'sriracha hot sauce', 'sriracha chili sauce'], {}),
  food('sweet-chili-sauce', '06972', ['sweet chili sauce', 'sweet chilli sauce', 'thai sweet chili sauce', 'sweet chile sauce'], {}),
  food('chili-paste', '06961', ['chili paste', 'chilli paste', 'sambal oelek', 'sambal', 'chili garlic sauce', 'chilli garlic sauce', 'garlic chili paste', 'garlic chilli paste', 'harissa', 'harissa paste', 'gochujang', 'korean chili paste', 'doubanjiang', 'chili bean paste', 'chile paste', 'calabrian chili paste', 'aji amarillo paste', 'chili crisp', 'chilli crisp', 'chili oil', 'chilli oil', 'sichuan pepper oil', 'sichuan chili oil', 'lao gan ma'], { proxy: 'SR28 has no chili pastes: hot chili sauce (06961)' }),
  food('curry-paste', '06962', ['curry paste', 'red curry paste', 'green curry paste', 'yellow curry paste', 'thai red curry paste', 'thai green curry paste', 'massaman curry paste', 'panang curry paste', 'tikka masala paste', 'korma paste', 'rogan josh paste', 'tandoori paste', 'madras curry paste', 'laksa paste', 'rendang paste', 'shrimp paste', 'belacan'], { proxy: 'SR28 has no curry paste: green chili sauce (06962)' }),
  food('salsa', '06164', ['salsa', 'tomato salsa', 'chunky salsa', 'mild salsa', 'medium salsa', 'hot salsa', 'jarred salsa', 'pico de gallo', 'salsa fresca', 'salsa roja', 'restaurant-style salsa'], {}),
  food('ajvar', '11943', ['ajvar', 'lyutenitsa', 'lutenica', 'pepper relish', 'pepper spread', 'red pepper spread', 'roasted pepper spread', 'zacuscă', 'zacusca', 'muhammara', 'romesco', 'romesco sauce'], { plant: true, group: 'capsicum', proxy: 'SR28 has no ajvar: canned pimento (11943), its main part' }),
  food('salsa-verde', '27047', ['salsa verde', 'green salsa', 'tomatillo salsa', 'chimichurri', 'zhoug', 'mojo verde'], {}),
  food('pesto', '06626', ['pesto', 'basil pesto', 'pesto sauce', 'pesto genovese', 'red pesto', 'sun-dried tomato pesto', 'vegan pesto', 'pistou', 'kale pesto'], {}),
  food('marinara-sauce', '06931', ['marinara sauce', 'marinara', 'pasta sauce', 'spaghetti sauce', 'tomato pasta sauce', 'jarred marinara', 'arrabbiata sauce', 'napolitana sauce', 'bolognese sauce', 'vodka sauce', 'sugo', 'passata sauce', 'red sauce', 'jarred pasta sauce'], { plant: true, group: 'tomato' }),
  food('pizza-sauce', '06152', ['pizza sauce', 'pizza topping sauce'], { plant: true, group: 'tomato' }),
  food('enchilada-sauce', '27063', ['enchilada sauce', 'red enchilada sauce', 'green enchilada sauce', 'mole sauce', 'mole', 'mole paste', 'ranchero sauce'], {}),
  food('soy-sauce', '16123', ['soy sauce', 'soya sauce', 'light soy sauce', 'dark soy sauce', 'low-sodium soy sauce', 'low sodium soy sauce', 'reduced-sodium soy sauce', 'shoyu', 'sweet soy sauce', 'kecap manis', 'ketjap manis', 'thick soy sauce', 'mushroom soy sauce', 'usukuchi', 'liquid aminos', 'coconut aminos', 'ponzu', 'ponzu sauce'], {}),
  food('tamari', '16124', ['tamari', 'tamari sauce', 'gluten-free tamari', 'gluten free soy sauce', 'low sodium tamari', 'reduced sodium tamari'], {}),
  food('fish-sauce', '06179', ['fish sauce', 'thai fish sauce', 'nam pla', 'nuoc mam', 'vegan fish sauce', 'anchovy sauce', 'colatura'], {}),
  food('oyster-sauce', '06176', ['oyster sauce', 'vegetarian oyster sauce', 'mushroom oyster sauce', 'stir-fry sauce', 'stir fry sauce'], {}),
  food('hoisin-sauce', '06175', ['hoisin sauce', 'hoisin', 'plum sauce', 'char siu sauce', 'black bean sauce', 'sweet bean sauce', 'duck sauce', 'xo sauce'], {}),
  food('teriyaki-sauce', '06112', ['teriyaki sauce', 'teriyaki', 'teriyaki marinade', 'yakitori sauce', 'eel sauce', 'unagi sauce', 'tonkatsu sauce', 'okonomiyaki sauce', 'sukiyaki sauce'], {}),
  food('worcestershire-sauce', '06971', ['worcestershire sauce', 'worcestershire', 'worcester sauce', 'steak sauce', 'a1 sauce', 'hp sauce', 'brown sauce', 'maggi seasoning'], {}),
  food('tartar-sauce', '27049', ['tartar sauce', 'tartare sauce', 'remoulade', 'thousand island dressing', 'burger sauce', 'special sauce', 'cocktail sauce', 'marie rose sauce'], {}),
  food('cranberry-sauce', '09081', ['cranberry sauce', 'jellied cranberry sauce', 'whole berry cranberry sauce', 'cranberry relish'], { plant: true, group: 'cranberry', notFiber: 'condiment' }),
  food('horseradish', '02055', ['horseradish', 'prepared horseradish', 'horseradish sauce', 'creamed horseradish', 'horseradish cream'], { plant: true, group: 'horseradish' }),
  food('capers', '02054', ['caper|s', 'capers in brine', 'caperberries', 'caper berries', 'nonpareil capers', 'salted capers'], { plant: true }),
  food('pickle-relish', '11945', ['pickle relish', 'relish', 'sweet relish', 'sweet pickle relish', 'dill relish', 'hot dog relish', 'piccalilli', 'chow chow', 'branston pickle', 'chutney', 'mango chutney', 'tomato chutney', 'onion chutney', 'chutneys'], { plant: true, group: 'cucumber' }),
  food('salad-dressing', '04114', ['salad dressing', 'italian dressing', 'dressing', 'vinaigrette', 'balsamic vinaigrette', 'french dressing', 'greek dressing', 'house dressing', 'lemon vinaigrette', 'honey mustard dressing', 'sesame dressing', 'ginger dressing', 'poppyseed dressing'], { notFiber: 'oil-fat' }),
  food('ranch-dressing', '04639', ['ranch dressing', 'ranch', 'ranch dip', 'ranch seasoning', 'ranch dressing mix', 'blue cheese dressing', 'caesar dressing', 'green goddess dressing', 'buttermilk ranch'], { notFiber: 'oil-fat' }),
  food('gravy', '06116', ['gravy', 'brown gravy', 'beef gravy', 'turkey gravy', 'chicken gravy', 'gravy mix', 'gravy granules', 'onion gravy', 'au jus'], { notFiber: 'stock' }),
  food('liquid-smoke', '02050', ['liquid smoke', 'smoke flavouring', 'hickory liquid smoke'], { notFiber: 'extract', proxy: 'SR28 has no liquid smoke: vanilla extract (02050), another flavouring' }),
]);

export const VINEGARS = shelf('vinegar', { plant: false, notFiber: 'condiment' }, [
  food('vinegar', '02053', ['vinegar', 'white vinegar', 'distilled white vinegar', 'distilled vinegar', 'spirit vinegar', 'white distilled vinegar', 'cleaning vinegar', 'malt vinegar', 'pickling vinegar'], {}),
  food('apple-cider-vinegar', '02048', ['apple cider vinegar', 'cider vinegar', 'acv', 'raw apple cider vinegar', 'apple cider vinegar with the mother', 'unfiltered apple cider vinegar', 'apple vinegar'], {}),
  food('wine-vinegar', '02068', ['red wine vinegar', 'white wine vinegar', 'wine vinegar', 'sherry vinegar', 'champagne vinegar', 'cava vinegar', 'moscatel vinegar'], {}),
  food('balsamic-vinegar', '02069', ['balsamic vinegar', 'balsamic', 'white balsamic vinegar', 'balsamic glaze', 'balsamic reduction', 'aged balsamic vinegar', 'balsamic vinegar of modena'], { fiberMissing: 'SR28 lists balsamic vinegar (02069) without a fiber value' }),
  food('rice-vinegar', '02053', ['rice vinegar', 'rice wine vinegar', 'seasoned rice vinegar', 'unseasoned rice vinegar', 'black vinegar', 'chinkiang vinegar', 'chinese black vinegar', 'sushi vinegar', 'coconut vinegar'], { proxy: 'SR28 has no rice vinegar: distilled vinegar (02053)' }),
]);

export const PICKLES_FERMENTS = shelf('ferment', { plant: true }, [
  food('pickle', '11937', ['pickle|s', 'dill pickle|s', 'pickled cucumber|s', 'gherkin|s', 'cornichon|s', 'kosher dill pickle|s', 'dill pickle spears', 'pickle spears', 'sour pickles', 'half-sour pickles', 'fermented pickles', 'lacto-fermented pickles', 'bread and butter pickles', 'sweet pickles', 'dill pickle chips', 'pickle chips'], { group: 'cucumber', contextRules: FERMENTED_ONLY }),
  food('pickled-vegetables', '11937', ['pickled vegetables', 'pickled carrots', 'pickled radish', 'pickled radishes', 'pickled red onion|s', 'pickled onion|s', 'quick-pickled onions', 'pickled beets', 'pickled ginger', 'sushi ginger', 'pickled jalapeño slices', 'giardiniera', 'torshi', 'fermented vegetables', 'lacto-fermented vegetables', 'pickled daikon', 'takuan', 'pickled mustard greens', 'pickled cabbage', 'tsukemono'], { group: 'pickled-vegetables', contextRules: FERMENTED_ONLY, proxy: 'SR28 has no mixed pickled vegetables: dill pickles (11937)' }),
  food('sauerkraut', '11439', ['sauerkraut', 'sauerkraut juice', 'raw sauerkraut', 'fermented cabbage', 'sour cabbage', 'kraut'], { group: 'cabbage', probiotic: 'live-cultures', contextRules: DEAD_WHEN_CANNED }),
  food('kimchi', '11118', ['kimchi', 'kimchee', 'cabbage kimchi', 'napa cabbage kimchi', 'vegan kimchi', 'kimchi juice', 'radish kimchi', 'kkakdugi'], { group: 'napa-cabbage', probiotic: 'live-cultures', contextRules: DEAD_WHEN_CANNED }),
  food('curtido', '11439', ['curtido', 'salvadoran curtido'], { group: 'cabbage', probiotic: 'live-cultures', contextRules: DEAD_WHEN_CANNED, proxy: 'SR28 has no curtido: sauerkraut (11439)' }),
]);

export const STOCKS = shelf('stock', { plant: false, notFiber: 'stock' }, [
  food('chicken-stock', '06172', ['chicken stock', 'chicken broth', 'low-sodium chicken broth', 'low sodium chicken broth', 'reduced-sodium chicken broth', 'chicken bone broth', 'bone broth', 'stock', 'broth', 'homemade chicken stock', 'chicken stock concentrate', 'turkey stock', 'turkey broth'], {}),
  food('beef-stock', '06170', ['beef stock', 'beef broth', 'low-sodium beef broth', 'beef bone broth', 'veal stock', 'brown stock', 'beef consommé', 'beef consomme', 'consommé', 'demi-glace'], {}),
  food('vegetable-stock', '06700', ['vegetable stock', 'vegetable broth', 'veggie broth', 'veggie stock', 'low-sodium vegetable broth', 'vegetable bouillon', 'mushroom broth', 'mushroom stock', 'vegan broth'], {}),
  food('fish-stock', '06174', ['fish stock', 'seafood stock', 'fish broth', 'shrimp stock', 'clam juice', 'dashi', 'dashi stock', 'hondashi', 'fumet'], {}),
  food('bouillon', '06081', ['bouillon', 'bouillon cube|s', 'stock cube|s', 'chicken bouillon', 'chicken bouillon cube|s', 'beef bouillon', 'beef bouillon cube|s', 'bouillon powder', 'chicken bouillon granules', 'stock powder', 'better than bouillon', 'oxo cube|s', 'knorr stock pot', 'stock pot', 'chicken powder', 'vegetable stock cube|s', 'beef stock cube|s', 'chicken stock cube|s'], {}),
]);

export const CONDIMENTS_SAUCES = [...CONDIMENTS, ...VINEGARS, ...PICKLES_FERMENTS, ...STOCKS];
