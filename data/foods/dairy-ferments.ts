/**
 * Milk, cream, cultured dairy, cheeses and other live-culture foods. Live cultures by gut-foods.md:
 * yogurt of every kind, kefir, cultured buttermilk, sour cream, crème fraîche, quark and fresh
 * cultured cheeses, aged or ripened cheeses; not mozzarella, ricotta, cream cheese, cottage cheese…
 */
import { food, shelf } from './define';

const LIVE = { probiotic: 'live-cultures' } as const;

export const DAIRY = shelf('dairy', { plant: false }, [
  // Milk and cream.
  food('milk', '01077', ['milk', 'whole milk', 'full-fat milk', 'full fat milk', 'full cream milk', 'full-cream milk', 'homogenized milk', 'fresh milk', 'cow\'s milk', 'dairy milk', 'vitamin d milk', 'warm milk', 'cold milk', 'lukewarm milk', 'milk of choice', 'a2 milk']),
  food('reduced-fat-milk', '01079', ['2% milk', 'reduced-fat milk', 'reduced fat milk', 'semi-skimmed milk', 'semi skimmed milk', 'low-fat milk', 'lowfat milk', 'low fat milk', '1% milk', 'light milk', 'lite milk']),
  food('skim-milk', '01085', ['skim milk', 'skimmed milk', 'nonfat milk', 'non-fat milk', 'fat-free milk', 'fat free milk']),
  food('evaporated-milk', '01096', ['evaporated milk', 'evaporated whole milk', 'evaporated skim milk', 'carnation milk']),
  food('condensed-milk', '01095', ['sweetened condensed milk', 'condensed milk', 'sweetened condensed', 'dulce de leche', 'caramelised condensed milk'], { notFiber: 'sweetener' }),
  food('milk-powder', '01091', ['milk powder', 'powdered milk', 'dry milk', 'dried milk', 'nonfat dry milk', 'skim milk powder', 'dry milk powder', 'instant milk powder', 'whole milk powder']),
  food('goat-milk', '01106', ['goat milk', "goat's milk", 'goats milk', 'sheep milk', "sheep's milk"]),
  food('heavy-cream', '01053', ['heavy cream', 'heavy whipping cream', 'whipping cream', 'double cream', 'thickened cream', 'cream', 'fresh cream', 'pouring cream', 'thick cream', 'pure cream', 'cooking cream', 'clotted cream'], { notFiber: 'oil-fat' }),
  food('light-cream', '01050', ['light cream', 'single cream', 'table cream', 'coffee cream', 'media crema'], { notFiber: 'oil-fat' }),
  food('half-and-half', '01049', ['half and half', 'half-and-half', 'half & half', 'half n half'], { notFiber: 'oil-fat' }),
  food('whipped-cream', '01054', ['whipped cream', 'whipped topping', 'cool whip', 'squirty cream', 'aerosol cream', 'chantilly cream'], { notFiber: 'oil-fat' }),
  food('butter', '01001', ['butter', 'salted butter', 'unsalted butter', 'sweet cream butter', 'softened butter', 'melted butter', 'cold butter', 'european butter', 'cultured butter', 'grass-fed butter', 'stick of butter', 'sticks of butter', 'butter sticks'], { notFiber: 'oil-fat' }),
  food('ghee', '01003', ['ghee', 'clarified butter', 'butter oil', 'brown butter'], { notFiber: 'oil-fat' }),
  // Cultured dairy: live cultures.
  food('yogurt', '01116', ['yogurt|s', 'yoghurt|s', 'yoghourt', 'plain yogurt', 'plain yoghurt', 'natural yogurt', 'natural yoghurt', 'whole milk yogurt', 'whole-milk yogurt', 'full-fat yogurt', 'full fat yogurt', 'unsweetened yogurt', 'plain unsweetened yogurt', 'low-fat yogurt', 'nonfat yogurt', 'plain low-fat yogurt', 'probiotic yogurt', 'live yogurt', 'bio yogurt', 'dahi', 'set yogurt', 'curd yogurt', 'cultured yogurt', 'sheep yogurt', 'goat yogurt', 'coconut yogurt', 'dairy-free yogurt', 'plant-based yogurt', 'soy yogurt'], LIVE),
  food('greek-yogurt', '01293', ['greek yogurt', 'greek yoghurt', 'greek-style yogurt', 'greek style yogurt', 'greek-style yoghurt', 'greek style yoghurt', 'strained yogurt', 'plain greek yogurt', 'nonfat greek yogurt', '0% greek yogurt', 'full-fat greek yogurt', 'whole milk greek yogurt', 'low-fat greek yogurt', 'thick yogurt', 'thick greek yogurt'], LIVE),
  food('flavored-yogurt', '01120', ['flavored yogurt', 'flavoured yogurt', 'flavoured yoghurt', 'fruit yogurt', 'fruit yoghurt', 'sweetened yogurt', 'vanilla yogurt', 'vanilla yoghurt', 'strawberry yogurt', 'blueberry yogurt', 'vanilla greek yogurt', 'honey greek yogurt', 'yogurt tube|s', 'drinking yogurt', 'yogurt drink', 'lassi'], LIVE),
  food('skyr', '01256', ['skyr', 'icelandic yogurt', 'icelandic skyr', 'icelandic-style yogurt'], { ...LIVE, proxy: 'SR28 has no skyr: nonfat plain Greek yogurt (01256)' }),
  food('labneh', '01293', ['labneh', 'labne', 'labna', 'yogurt cheese'], { ...LIVE, proxy: 'SR28 has no labneh: whole-milk plain Greek yogurt (01293)' }),
  food('kefir', '01289', ['kefir', 'milk kefir', 'plain kefir', 'kefir milk', 'kefir drink', 'cultured milk', 'ayran', 'doogh'], LIVE),
  food('fermented-milk-drink', '01289', ['fermented milk', 'fermented milk drink', 'cultured milk drink', 'acidophilus milk', 'acidophilin', 'bifidumbacterin', 'bifidok', 'ryazhenka', 'prostokvasha', 'matsoni', 'filmjölk', 'filmjolk', 'viili', 'yakult', 'actimel', 'probiotic drink', 'probiotic yogurt drink', 'cultured dairy drink'], { ...LIVE, proxy: 'SR28 has no other cultured milks: plain kefir (01289)' }),
  food('oat-yogurt', '14639', ['oat yogurt', 'oat yoghurt', 'oatgurt', 'oat-based yogurt', 'fermented oat drink', 'fermented oat product', 'fermented oat breakfast', 'cultured oat drink', 'oat kefir'], { ...LIVE, plant: true, group: 'oat', proxy: 'SR28 has no fermented oat products: rice milk (14639), a cereal drink; no beta-glucan claim, like oat milk' }),
  food('buttermilk', '01230', ['buttermilk', 'cultured buttermilk', 'low-fat buttermilk', 'lowfat buttermilk', 'whole buttermilk'], LIVE),
  food('sour-cream', '01056', ['sour cream', 'soured cream', 'light sour cream', 'reduced-fat sour cream', 'full-fat sour cream', 'smetana', 'crema', 'mexican crema', 'crema mexicana'], { ...LIVE, notFiber: 'oil-fat' }),
  food('creme-fraiche', '01056', ['crème fraîche', 'creme fraiche', 'crème fraiche', 'creme fraîche'], { ...LIVE, notFiber: 'oil-fat', proxy: 'SR28 has no crème fraîche: cultured sour cream (01056)' }),
  food('quark', '01016', ['quark', 'quark cheese', 'magerquark', 'fromage frais', 'fromage blanc', 'topfen'], { ...LIVE, proxy: 'SR28 has no quark: low-fat cottage cheese (01016)' }),
  food('farmer-cheese', '01016', ['farmer cheese', "farmer's cheese", 'farmers cheese', 'tvorog', 'tvaroh', 'twarog', 'pot cheese', 'curd cheese', 'izvara'], { ...LIVE, proxy: 'SR28 has no farmer cheese: low-fat cottage cheese (01016)' }),
  food('goat-cheese', '01159', ['goat cheese', "goat's cheese", 'goats cheese', 'chèvre', 'chevre', 'soft goat cheese', 'fresh goat cheese', 'goat cheese log', 'crumbled goat cheese'], LIVE),
  // Aged or ripened cheeses: live cultures.
  food('cheddar', '01009', ['cheddar', 'cheddar cheese', 'sharp cheddar', 'sharp cheddar cheese', 'extra sharp cheddar', 'mild cheddar', 'medium cheddar', 'mature cheddar', 'extra mature cheddar', 'aged cheddar', 'white cheddar', 'vintage cheddar', 'tasty cheese', 'shredded cheddar', 'grated cheddar', 'red leicester', 'double gloucester', 'cheshire cheese'], LIVE),
  food('parmesan', '01033', ['parmesan', 'parmesan cheese', 'asiago', 'asiago cheese', 'aged asiago', 'parmigiano', 'parmigiano-reggiano', 'parmigiano reggiano', 'parmigiano reggiano cheese', 'grated parmesan', 'shaved parmesan', 'parmesan rind', 'parmesan shavings', 'parmesan-style cheese', 'sbrinz'], LIVE),
  food('grana-padano', '01033', ['grana padano'], { ...LIVE, proxy: 'SR28 has no grana padano: hard parmesan (01033)' }),
  food('pecorino', '01038', ['pecorino', 'pecorino romano', 'pecorino cheese', 'romano', 'romano cheese', 'pecorino sardo', 'pecorino toscano'], LIVE),
  food('gouda', '01022', ['gouda', 'gouda cheese', 'smoked gouda', 'aged gouda', 'young gouda', 'leerdammer', 'maasdam'], LIVE),
  food('edam', '01018', ['edam', 'edam cheese'], LIVE),
  food('gruyere', '01023', ['gruyère', 'gruyere', 'gruyere cheese', 'gruyère cheese', 'comté', 'comte', 'comté cheese', 'beaufort', 'appenzeller', 'raclette', 'raclette cheese'], LIVE),
  food('swiss-cheese', '01040', ['swiss cheese', 'emmental', 'emmentaler', 'emmenthal', 'emmenthaler', 'jarlsberg', 'baby swiss'], LIVE),
  food('manchego', '01038', ['manchego', 'manchego cheese', 'zamorano'], { ...LIVE, proxy: 'SR28 has no manchego: pecorino romano (01038), another aged sheep cheese' }),
  food('feta', '01019', ['feta', 'fetta', 'feta cheese', 'fetta cheese', 'crumbled feta', 'greek feta', 'danish feta', 'sheep feta', 'sirene', 'white brined cheese', 'bulgarian feta', 'brined cheese', 'telemea'], LIVE),
  food('blue-cheese', '01004', ['blue cheese', 'bleu cheese', 'crumbled blue cheese', 'danish blue', 'blue vein cheese', 'cambozola', 'dolcelatte'], LIVE),
  food('gorgonzola', '01004', ['gorgonzola', 'gorgonzola dolce', 'gorgonzola piccante'], { ...LIVE, group: 'blue-cheese', proxy: 'SR28 has no gorgonzola: blue cheese (01004)' }),
  food('roquefort', '01039', ['roquefort', 'roquefort cheese'], LIVE),
  food('stilton', '01004', ['stilton', 'stilton cheese', 'blue stilton'], { ...LIVE, proxy: 'SR28 has no stilton: blue cheese (01004)' }),
  food('brie', '01006', ['brie', 'brie cheese', 'double cream brie', 'triple cream brie'], LIVE),
  food('camembert', '01007', ['camembert', 'camembert cheese'], LIVE),
  food('monterey-jack', '01025', ['monterey jack', 'monterey jack cheese', 'jack cheese', 'pepper jack', 'pepper jack cheese', 'colby jack', 'colby-jack', 'colby jack cheese'], LIVE),
  food('colby', '01011', ['colby', 'colby cheese', 'longhorn cheese'], LIVE),
  food('mexican-cheese-blend', '01251', ['mexican cheese blend', 'mexican blend cheese', 'mexican cheese', 'shredded mexican cheese', 'taco cheese', 'mexican-style cheese blend', 'four cheese mexican blend'], LIVE),
  food('fontina', '01020', ['fontina', 'fontina cheese', 'taleggio', 'havarti', 'havarti cheese', 'port salut', 'muenster', 'munster', 'munster cheese', 'limburger', 'tilsit', 'butterkase', 'reblochon'], LIVE),
  food('provolone', '01035', ['provolone', 'provolone cheese', 'aged provolone', 'kashkaval', 'kasseri', 'caciocavallo'], LIVE),
  food('cotija', '01267', ['cotija', 'cotija cheese', 'queso cotija', 'queso añejo', 'queso anejo', 'aged mexican cheese'], LIVE),
  // Fresh or processed cheeses: no live cultures.
  food('mozzarella', '01026', ['mozzarella', 'mozzarella cheese', 'fresh mozzarella', 'buffalo mozzarella', 'mozzarella di bufala', 'bocconcini', 'ciliegine', 'shredded mozzarella', 'grated mozzarella', 'low-moisture mozzarella', 'part-skim mozzarella', 'pizza cheese', 'string cheese', 'fior di latte', 'scamorza', 'pizza mozzarella']),
  food('burrata', '01026', ['burrata', 'stracciatella cheese'], { proxy: 'SR28 has no burrata: whole-milk mozzarella (01026)' }),
  food('oaxaca-cheese', '01166', ['oaxaca cheese', 'queso oaxaca', 'quesillo', 'asadero cheese', 'queso asadero', 'chihuahua cheese', 'queso chihuahua', 'queso quesadilla']),
  food('ricotta', '01036', ['ricotta', 'ricotta cheese', 'whole milk ricotta', 'whole-milk ricotta', 'part-skim ricotta', 'fresh ricotta', 'ricotta salata']),
  food('cream-cheese', '01017', ['cream cheese', 'philadelphia cream cheese', 'philadelphia', 'light cream cheese', 'neufchatel', 'neufchâtel', 'soft cheese', 'whipped cream cheese', 'full-fat cream cheese', 'spreadable cream cheese', 'cream cheese spread', 'block cream cheese']),
  food('mascarpone', '01017', ['mascarpone', 'mascarpone cheese'], { proxy: 'SR28 has no mascarpone: cream cheese (01017)' }),
  food('cottage-cheese', '01012', ['cottage cheese', 'small curd cottage cheese', 'large curd cottage cheese', 'low-fat cottage cheese', 'full-fat cottage cheese', 'creamed cottage cheese']),
  food('paneer', '01228', ['paneer', 'panir', 'chhena', 'indian cottage cheese'], { proxy: 'SR28 has no paneer: queso fresco (01228), another acid-set fresh cheese' }),
  food('queso-fresco', '01228', ['queso fresco', 'queso blanco', 'fresh cheese', 'queso para freir', 'queso panela', 'panela cheese']),
  food('halloumi', '01228', ['halloumi', 'haloumi', 'hallomi', 'grilling cheese', 'bread cheese', 'juustoleipä'], { proxy: 'SR28 has no halloumi: queso fresco (01228)' }),
  food('processed-cheese', '01042', ['american cheese', 'processed cheese', 'cheese slices', 'cheese singles', 'kraft singles', 'velveeta', 'process cheese', 'sliced american cheese', 'cheese sauce', 'nacho cheese', 'queso dip', 'cheese fondue', 'fondue', 'cheese whiz', 'cheez whiz', 'laughing cow']),
  food('vegan-cheese', '01161', ['vegan cheese', 'dairy-free cheese', 'plant-based cheese', 'vegan parmesan', 'dairy-free queso', 'vegan cream cheese', 'cashew cheese', 'non-dairy cheese'], { proxy: 'SR28 has no plant-based cheese: imitation mozzarella (01161)' }),
  food('nutritional-yeast', '43406', ['nutritional yeast', 'nooch', 'savory yeast flakes', 'yeast flakes', 'nutritional yeast flakes'], { notFiber: 'condiment', proxy: 'SR28 has no nutritional yeast: yeast extract spread (43406)' }),
  food('ice-cream', '19095', ['ice cream', 'vanilla ice cream', 'chocolate ice cream', 'gelato', 'ice-cream', 'frozen custard', 'soft serve', 'sorbet', 'sherbet'], { notFiber: 'confectionery' }),
  food('frozen-yogurt', '19293', ['frozen yogurt', 'frozen yoghurt', 'froyo'], { notFiber: 'confectionery' }),
]);

/** Eggs: the dairy-and-eggs aisle, their own category. */
export const EGGS = shelf('egg', { plant: false }, [
  food('egg', '01123', ['egg|s', 'large egg|s', 'medium egg|s', 'small egg|s', 'extra-large egg|s', 'whole egg|s', 'free-range egg|s', 'free range egg|s', 'beaten egg|s', 'organic eggs', 'pastured eggs', 'hard-boiled egg|s', 'hard boiled egg|s', 'boiled egg|s', 'room temperature eggs', 'jumbo eggs', 'duck egg|s', 'quail egg|s']),
  food('egg-white', '01124', ['egg white|s', 'egg-white|s', 'large egg white|s', 'liquid egg whites'], { group: 'egg' }),
  food('egg-yolk', '01125', ['egg yolk|s', 'yolk|s', 'large egg yolk|s', 'egg-yolk|s'], { group: 'egg' }),
]);
