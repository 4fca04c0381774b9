/**
 * Breads, crackers, wraps, pastry, pasta and noodles. White and enriched versions are refined grain
 * (never fiber); whole-grain versions count and, for wheat and rye, carry fructans.
 */
import { food, shelf } from './define';

const COOLED: ['resistant-starch-when-cooled'] = ['resistant-starch-when-cooled'];
const REFINED = { notFiber: 'refined-grain' } as const;
const WHITE_WHEAT = { group: 'wheat', notFiber: 'refined-grain' } as const;
const WHOLE_WHEAT = { group: 'wheat', prebiotic: 'fructans' } as const;
const RYE = { group: 'rye', prebiotic: 'fructans' } as const;
const PASTA = { group: 'wheat', notFiber: 'refined-grain', contextRules: COOLED } as const;

export const BREADS = shelf('bread', { plant: true }, [
  food('white-bread', '18069', ['white bread', 'bread', 'sandwich bread', 'white sandwich bread', 'sliced bread', 'slice of bread', 'slices of bread', 'bread slice|s', 'toast', 'white toast', 'bread loaf', 'loaf of bread', 'stale bread', 'day-old bread', 'texas toast', 'milk bread', 'shokupan', 'pullman loaf', 'soft white bread', 'toast bread'], WHITE_WHEAT),
  food('sourdough-bread', '18030', ['sourdough bread', 'sourdough', 'sourdough loaf', 'sourdough boule', 'sourdough slices', 'san francisco sourdough', 'white sourdough'], WHITE_WHEAT),
  food('sourdough-starter', '20081', ['sourdough starter', 'levain', 'sourdough discard', 'active starter', 'mother dough'], { ...WHITE_WHEAT, proxy: 'SR28 has no starter: white flour (20081), what it is made of' }),
  food('french-bread', '18029', ['french bread', 'baguette|s', 'french baguette', 'crusty bread', 'french stick', 'vienna bread', 'bâtard', 'crusty loaf', 'ficelle'], WHITE_WHEAT),
  food('italian-bread', '18033', ['italian bread', 'ciabatta', 'ciabatta bread', 'ciabatta roll|s', 'focaccia', 'rustic bread', 'country bread', 'artisan bread', 'crusty italian bread', 'pugliese'], WHITE_WHEAT),
  food('whole-wheat-bread', '18075', ['whole wheat bread', 'whole-wheat bread', 'wholemeal bread', 'wholewheat bread', 'whole grain bread', 'whole-grain bread', 'wholegrain bread', '100% whole wheat bread', 'brown bread', 'granary bread', 'wholemeal toast', 'whole wheat toast', 'sprouted grain bread', 'ezekiel bread', 'seeded wholemeal bread'], WHOLE_WHEAT),
  food('multigrain-bread', '18036', ['multigrain bread', 'multi-grain bread', 'seeded bread', 'seeded loaf', 'grain bread', 'mixed grain bread', 'seven grain bread', '7-grain bread', 'soy and linseed bread'], { group: 'wheat' }),
  food('rye-bread', '18060', ['rye bread', 'whole-grain rye bread', 'wholegrain rye bread', 'whole grain rye bread', 'dark rye bread', 'light rye bread', 'jewish rye', 'deli rye', 'seeded rye', 'rye sourdough', 'sourdough rye', 'rye loaf', 'vollkornbrot', 'danish rye bread', 'rugbrød', 'black bread', 'borodinsky bread'], RYE),
  food('pumpernickel', '18044', ['pumpernickel', 'pumpernickel bread'], RYE),
  food('oat-bread', '18039', ['oat bread', 'oatmeal bread', 'oat bran bread'], { group: 'oat', prebiotic: 'beta-glucan' }),
  food('pita', '18041', ['pita|s', 'pita bread|s', 'pitta', 'pitta bread|s', 'pita pocket|s', 'white pita', 'lavash', 'lebanese bread', 'flatbread|s', 'flat bread|s'], WHITE_WHEAT),
  food('whole-wheat-pita', '18042', ['whole wheat pita|s', 'whole-wheat pita|s', 'wholemeal pitta', 'whole wheat pita bread', 'wholemeal pita', 'whole grain pita'], WHOLE_WHEAT),
  food('naan', '18041', ['naan', 'naan bread|s', 'nan bread', 'garlic naan', 'roti', 'chapati|s', 'chapatti|s', 'paratha|s', 'roti canai'], { ...WHITE_WHEAT, proxy: 'SR28 has no naan: white pita (18041)' }),
  food('bagel', '18406', ['bagel|s', 'plain bagel|s', 'everything bagel|s', 'sesame bagel|s', 'cinnamon raisin bagel|s', 'bagel thins'], WHITE_WHEAT),
  food('english-muffin', '18258', ['english muffin|s', 'crumpet|s', 'english muffins split'], WHITE_WHEAT),
  food('whole-wheat-english-muffin', '18266', ['whole wheat english muffin|s', 'whole-wheat english muffin|s', 'wholemeal english muffin|s'], WHOLE_WHEAT),
  food('bread-roll', '18342', ['bread roll|s', 'dinner roll|s', 'rolls', 'crusty roll|s', 'kaiser roll|s', 'sub roll|s', 'hoagie roll|s', 'french roll|s', 'bap|s', 'bread bun|s', 'slider buns', 'brioche roll|s', 'soft rolls', 'hot dog bun|s', 'hotdog bun|s', 'hamburger bun|s', 'burger bun|s', 'buns', 'brioche bun|s', 'potato bun|s', 'sandwich roll|s', 'lobster rolls', 'bolillo|s', 'hoagie|s'], WHITE_WHEAT),
  food('whole-wheat-roll', '18348', ['whole wheat roll|s', 'wholemeal roll|s', 'whole wheat bun|s', 'wholemeal bun|s', 'whole grain buns'], WHOLE_WHEAT),
  food('brioche', '18027', ['brioche', 'brioche bread', 'challah', 'challah bread', 'egg bread', 'panettone', 'hawaiian rolls', 'king\'s hawaiian rolls', 'sweet bread', 'pan dulce'], { ...WHITE_WHEAT }),
  food('raisin-bread', '18047', ['raisin bread', 'cinnamon raisin bread', 'fruit loaf', 'fruit bread', 'hot cross bun|s', 'teacake|s'], WHITE_WHEAT),
  food('cornbread', '18023', ['cornbread', 'corn bread', 'corn muffin|s', 'cornbread mix', 'jiffy corn muffin mix', 'johnnycake|s'], { group: 'corn', notFiber: 'refined-grain' }),
  food('flour-tortilla', '18364', ['flour tortilla|s', 'tortilla|s', 'wheat tortilla|s', 'burrito tortilla|s', 'soft taco tortillas', 'wraps', 'tortilla wrap|s', 'large tortillas', 'fajita tortillas', 'burrito wraps'], WHITE_WHEAT),
  food('whole-wheat-tortilla', '18364', ['whole wheat tortilla|s', 'whole-wheat tortilla|s', 'wholemeal wrap|s', 'whole wheat wrap|s', 'whole grain tortillas'], { ...WHOLE_WHEAT, proxy: 'SR28 has no whole-wheat tortilla: flour tortilla (18364)' }),
  food('corn-tortilla', '18363', ['corn tortilla|s', 'white corn tortilla|s', 'yellow corn tortilla|s', 'soft corn tortillas', 'street taco tortillas', 'blue corn tortillas'], { group: 'corn' }),
  food('taco-shell', '18360', ['taco shell|s', 'hard taco shell|s', 'tostada|s', 'tostada shells', 'crunchy taco shells'], { group: 'corn' }),
  food('croissant', '18239', ['croissant|s', 'butter croissant|s', 'pain au chocolat', 'danish pastry', 'danish|es'], { group: 'wheat', notFiber: 'confectionery' }),
  food('puff-pastry', '18337', ['puff pastry', 'frozen puff pastry', 'puff pastry sheet|s', 'rough puff pastry', 'all-butter puff pastry'], WHITE_WHEAT),
  food('phyllo', '18338', ['phyllo', 'phyllo dough', 'filo', 'filo pastry', 'fillo', 'filo sheets', 'phyllo sheets', 'kataifi'], WHITE_WHEAT),
  food('pie-crust', '18334', ['pie crust|s', 'pie dough', 'pie shell|s', 'pastry', 'shortcrust pastry', 'pastry dough', 'refrigerated pie crust', 'pie pastry', 'tart shell|s', 'pastry case', 'sweet shortcrust pastry'], WHITE_WHEAT),
  food('pizza-dough', '20081', ['pizza dough', 'pizza base', 'pizza crust', 'pizza base|s', 'bread dough', 'pizza dough ball'], { ...WHITE_WHEAT, proxy: 'SR28 has no raw pizza dough: white flour (20081)' }),
  food('refrigerated-dough', '18357', ['canned cinnamon roll dough', 'crescent roll dough', 'crescent rolls', 'refrigerated biscuit dough', 'canned biscuits', 'biscuit dough', 'cinnamon roll dough', 'refrigerated crescent rolls', 'pillsbury crescent rolls'], { ...WHITE_WHEAT, fiberMissing: 'SR28 lists refrigerated cinnamon-roll dough (18357) without a fiber value' }),
  food('wonton-wrapper', '18368', ['wonton wrapper|s', 'won ton wrappers', 'dumpling wrapper|s', 'gyoza wrapper|s', 'egg roll wrapper|s', 'spring roll wrapper|s', 'spring roll pastry', 'dumpling skins', 'potsticker wrappers'], WHITE_WHEAT),
  food('breadcrumbs', '18079', ['breadcrumbs', 'bread crumbs', 'dry breadcrumbs', 'dried breadcrumbs', 'plain breadcrumbs', 'italian breadcrumbs', 'seasoned breadcrumbs', 'fresh breadcrumbs', 'fresh bread crumbs', 'toasted breadcrumbs', 'dried bread crumbs', 'breadcrumb', 'panko', 'panko breadcrumbs', 'panko bread crumbs', 'japanese breadcrumbs', 'cracker crumbs', 'matzo meal', 'golden breadcrumbs', 'dry bread crumbs'], { group: 'wheat', notFiber: 'breadcrumbs' }),
  food('croutons', '18242', ['crouton|s', 'garlic croutons', 'seasoned croutons'], { group: 'wheat', notFiber: 'breadcrumbs' }),
  food('stuffing-mix', '18243', ['stuffing mix', 'stuffing', 'stove top stuffing', 'bread stuffing', 'dressing mix', 'stuffing cubes', 'bread cubes'], { group: 'wheat', notFiber: 'breadcrumbs', proxy: 'SR28 has no dry stuffing mix: seasoned croutons (18243)' }),
]);

export const CRACKERS = shelf('cracker', { plant: true }, [
  food('crackers', '18228', ['cracker|s', 'saltine|s', 'saltine cracker|s', 'soda cracker|s', 'oyster crackers', 'water crackers', 'water biscuits', 'ritz crackers', 'butter crackers', 'club crackers', 'cream crackers', 'table water crackers', 'rice crackers', 'cheese crackers', 'goldfish crackers'], { group: 'wheat', notFiber: 'refined-grain' }),
  food('whole-wheat-crackers', '18235', ['whole wheat crackers', 'whole-wheat crackers', 'wholegrain crackers', 'whole grain crackers', 'wholemeal crackers', 'triscuits', 'triscuit', 'wheat thins'], { group: 'wheat', prebiotic: 'fructans' }),
  food('rye-crispbread', '18216', ['rye crispbread|s', 'crispbread|s', 'knäckebröd', 'knackebrod', 'ryvita', 'wasa crispbread', 'rye crackers', 'rye crisps'], RYE),
  food('oat-crackers', '08120', ['oat crackers', 'oatcake|s', 'oat cakes', 'scottish oatcakes', 'rough oatcakes'], { group: 'oat', prebiotic: 'beta-glucan', proxy: 'SR28 has no oatcakes: rolled oats (08120), their main part' }),
  food('matzo', '18217', ['matzo', 'matzah', 'matzo crackers', 'matzoh', 'matza'], { group: 'wheat', notFiber: 'refined-grain' }),
  food('melba-toast', '18220', ['melba toast', 'rusks', 'zwieback', 'breadsticks', 'bread sticks', 'grissini', 'crostini', 'bruschetta toasts'], { group: 'wheat', notFiber: 'refined-grain' }),
  food('rice-cakes', '19816', ['rice cake|s', 'brown rice cakes', 'puffed rice cakes', 'corn cakes', 'corn thins'], { group: 'rice' }),
  food('graham-crackers', '18173', ['graham cracker|s', 'graham cracker crumbs', 'digestive biscuit|s', 'digestives', 'honey graham crackers', 'graham crumbs', 'biscoff', 'speculoos'], { group: 'wheat', notFiber: 'confectionery' }),
]);

export const PASTA_NOODLES = shelf('pasta', { plant: true }, [
  food('pasta', '20120', ['pasta', 'dried pasta', 'dry pasta', 'short pasta', 'long pasta', 'penne', 'penne rigate', 'fusilli', 'rotini', 'rigatoni', 'farfalle', 'bow tie pasta', 'bowtie pasta', 'conchiglie', 'pasta shells', 'shell pasta', 'medium shells', 'jumbo pasta shells', 'ziti', 'cavatappi', 'orecchiette', 'paccheri', 'gemelli', 'campanelle', 'radiatore', 'ditalini', 'tubetti', 'mafaldine', 'casarecce', 'strozzapreti', 'cavatelli', 'trofie', 'pasta of choice', 'white pasta', 'regular pasta', 'mezze maniche', 'elbow pasta'], PASTA),
  food('spaghetti', '20120', ['spaghetti', 'spaghettini', 'linguine', 'linguini', 'bucatini', 'capellini', 'angel hair pasta', 'angel hair', 'vermicelli pasta', 'thin spaghetti'], PASTA),
  food('fettuccine', '20120', ['fettuccine', 'fettucine', 'fettuccini', 'tagliatelle', 'pappardelle', 'tagliolini', 'fresh pasta', 'egg pasta', 'fresh egg pasta', 'fresh fettuccine', 'fresh tagliatelle'], PASTA),
  food('macaroni', '20120', ['macaroni', 'elbow macaroni', 'elbows', 'macaroni noodles', 'mac and cheese pasta'], PASTA),
  food('lasagna-sheets', '20120', ['lasagna noodles', 'lasagne noodles', 'lasagna sheets', 'lasagne sheets', 'fresh lasagne sheets', 'fresh lasagna sheets', 'no-boil lasagna noodles', 'oven-ready lasagna noodles', 'lasagne', 'lasagna', 'cannelloni tubes', 'manicotti shells', 'cannelloni', 'manicotti'], PASTA),
  food('orzo', '20120', ['orzo', 'risoni', 'orzo pasta', 'pastina', 'stelline', 'acini di pepe', 'fideo', 'fideos'], PASTA),
  food('whole-wheat-pasta', '20124', ['whole wheat pasta', 'whole-wheat pasta', 'wholewheat pasta', 'wholemeal pasta', 'whole grain pasta', 'whole-grain pasta', 'wholegrain pasta', 'whole wheat spaghetti', 'whole-wheat spaghetti', 'wholemeal spaghetti', 'whole wheat penne', 'whole-wheat penne', 'whole wheat macaroni', 'whole wheat fusilli', 'whole wheat lasagna noodles', 'whole wheat linguine', 'spelt pasta'], { ...WHOLE_WHEAT, contextRules: COOLED }),
  food('legume-pasta', '16157', ['chickpea pasta', 'lentil pasta', 'red lentil pasta', 'bean pasta', 'black bean pasta', 'edamame pasta', 'banza', 'pea pasta', 'green lentil pasta'], { group: 'chickpea', prebiotic: 'gos', contextRules: COOLED, proxy: 'SR28 has no pulse pasta: chickpea flour (16157), what it is made of' }),
  food('stuffed-pasta', '22901', ['tortellini', 'ravioli', 'cheese tortellini', 'cheese ravioli', 'tortelloni', 'agnolotti', 'mezzelune', 'cappelletti', 'fresh ravioli'], { group: 'wheat', notFiber: 'refined-grain' }),
  food('gnocchi', '11352', ['gnocchi', 'potato gnocchi', 'gnocchi di patate', 'shelf-stable gnocchi'], { group: 'potato', contextRules: COOLED, proxy: 'SR28 has no gnocchi: raw potatoes (11352), their main part' }),
  food('egg-noodles', '20109', ['egg noodle|s', 'wide egg noodles', 'extra wide egg noodles', 'chow mein noodles', 'lo mein noodles', 'hokkien noodles', 'wonton noodles', 'spätzle', 'spaetzle', 'dumpling noodles', 'mie noodles'], { ...PASTA }),
  food('ramen-noodles', '06583', ['ramen noodle|s', 'ramen', 'instant noodle|s', 'instant ramen', 'ramen noodle packets', 'maggi noodles', 'top ramen', '2-minute noodles', 'cup noodles'], { ...PASTA }),
  food('udon-noodles', '20120', ['udon noodle|s', 'udon', 'wheat noodle|s', 'chinese wheat noodles', 'somen', 'somen noodles', 'noodle|s', 'fresh noodles', 'thick noodles', 'dan dan noodles', 'knife-cut noodles'], { ...PASTA, proxy: 'SR28 has no udon: enriched dry pasta (20120)' }),
  food('soba-noodles', '20114', ['soba noodle|s', 'soba', 'buckwheat noodle|s', 'cha soba'], { group: 'buckwheat', contextRules: COOLED, fiberMissing: 'SR28 lists soba (20114) without a fiber value' }),
  food('rice-noodles', '20133', ['rice noodle|s', 'rice stick noodles', 'rice sticks', 'rice vermicelli', 'vermicelli', 'vermicelli noodles', 'pad thai noodles', 'flat rice noodles', 'ho fun', 'pho noodles', 'bánh phở', 'banh pho', 'rice paper', 'rice paper wrappers', 'spring roll rice paper'], { group: 'rice', ...REFINED, contextRules: COOLED }),
  food('glass-noodles', '16082', ['glass noodle|s', 'cellophane noodle|s', 'bean thread noodle|s', 'bean threads', 'mung bean noodles', 'sweet potato noodles', 'dangmyeon', 'japchae noodles', 'shirataki noodles', 'konjac noodles'], { group: 'mung-bean', notFiber: 'thickener' }),
]);

export const BREADS_PASTA = [...BREADS, ...CRACKERS, ...PASTA_NOODLES];
