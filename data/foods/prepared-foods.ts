/**
 * Ready-made and composite foods seen on recipe pages and grocery shelves: snacks, baked sweets,
 * soups, dips, meat substitutes. A compound food counts by what it is (gut-foods.md): hummus and
 * falafel are chickpeas, guacamole is avocado, tzatziki is yogurt; chips and pretzels never fiber.
 */
import { food, shelf } from './define';

const SNACK = { notFiber: 'salty-snack' } as const;
const SWEET = { notFiber: 'confectionery' } as const;

export const SNACKS = shelf('snack', { plant: true }, [
  food('potato-chips', '19411', ['potato chips', 'potato chip', 'chips', 'crisps', 'potato crisps', 'kettle chips', 'kettle-cooked chips', 'salted chips', 'plain chips', 'ridged chips', 'pringles', 'salt and vinegar chips', 'bbq chips', 'crushed potato chips'], { group: 'potato', ...SNACK }),
  food('tortilla-chips', '19056', ['tortilla chips', 'tortilla chip', 'corn chips', 'nachos', 'nacho chips', 'totopos', 'doritos', 'fritos', 'tostitos', 'restaurant-style tortilla chips'], { group: 'corn', ...SNACK }),
  food('pretzels', '19812', ['pretzel|s', 'pretzel sticks', 'pretzel twists', 'mini pretzels', 'pretzel rods', 'salted pretzels', 'soft pretzels', 'pretzel crisps', 'bagel chips'], { group: 'wheat', ...SNACK }),
  food('pita-chips', '25037', ['pita chips', 'pitta chips', 'bagel crisps', 'crackerbread', 'cheese puffs', 'cheetos', 'corn puffs', 'puffed corn snack', 'shrimp crackers', 'prawn crackers'], { group: 'wheat', ...SNACK }),
  food('veggie-chips', '25040', ['veggie chips', 'vegetable chips', 'vegetable crisps', 'sweet potato chips', 'kale chips', 'beet chips', 'plantain chips', 'cassava chips', 'taro chips', 'lentil chips', 'chickpea chips', 'pea crisps'], { group: 'veggie-chips', ...SNACK }),
  food('french-fries', '11402', ['french fries', 'fries', 'french fry', 'oven fries', 'frozen fries', 'frozen french fries', 'shoestring fries', 'steak fries', 'potato wedges', 'hot chips', 'tater tots', 'sweet potato fries', 'curly fries', 'chunky chips', 'oven chips'], { group: 'potato' }),
  food('hash-browns', '11390', ['hash browns', 'hash brown|s', 'shredded hash browns', 'frozen hash browns', 'hash brown potatoes', 'potato rosti', 'rösti', 'rosti', 'latkes', 'potato pancakes'], { group: 'potato' }),
  food('mashed-potatoes', '11657', ['mashed potato|es', 'mashed potato', 'leftover mashed potatoes', 'mash', 'potato mash', 'instant mashed potatoes', 'potato flakes', 'instant potato flakes', 'colcannon', 'duchess potatoes'], { group: 'potato', contextRules: ['resistant-starch-when-cooled'] }),
  food('potato-salad', '11414', ['potato salad', 'german potato salad', 'deli potato salad'], { group: 'potato', contextRules: ['resistant-starch-when-cooled'] }),
  food('granola-bar', '19404', ['granola bar|s', 'cereal bar|s', 'muesli bar|s', 'oat bar|s', 'flapjack|s', 'chewy granola bars', 'breakfast bar|s', 'snack bar|s', 'energy bar|s', 'protein bar|s', 'nut bar|s', 'energy balls', 'bliss balls', 'larabar'], { group: 'oat', prebiotic: 'beta-glucan' }),
]);

export const BAKED_SWEETS = shelf('baked-sweet', { plant: true, group: 'wheat', ...SWEET }, [
  food('cookies', '18159', ['cookie|s', 'chocolate chip cookie|s', 'sugar cookie|s', 'oatmeal cookies', 'oreo|s', 'oreo cookies', 'shortbread', 'shortbread cookies', 'gingersnap|s', 'ginger snaps', 'vanilla wafer|s', 'nilla wafers', 'amaretti', 'biscotti', 'cantuccini', 'sandwich cookies', 'chocolate wafer cookies', 'wafer cookies', 'butter cookies', 'snickerdoodles', 'macarons', 'macaroons', 'sweet biscuits', 'tea biscuits', 'rich tea biscuits', 'marie biscuits', 'animal crackers', 'lotus biscuits', 'crushed cookies', 'cookie crumbs', 'cookie dough', 'wafers']),
  food('biscuits', '18015', ['biscuit|s', 'buttermilk biscuit|s', 'scone|s', 'drop biscuits', 'southern biscuits', 'cheddar biscuits', 'shortcakes'], { notFiber: 'refined-grain' }),
  food('brownies', '18151', ['brownie|s', 'fudge brownies', 'blondie|s', 'brownie bites']),
  food('cake', '18133', ['cake|s', 'sponge cake', 'pound cake', 'angel food cake', 'vanilla cake', 'chocolate cake', 'birthday cake', 'layer cake', 'sheet cake', 'cupcake|s', 'ladyfinger|s', 'lady fingers', 'savoiardi', 'sponge fingers', 'madeleines', 'swiss roll', 'bundt cake', 'carrot cake', 'coffee cake', 'fruitcake', 'fruit cake', 'christmas cake', 'cake crumbs', 'trifle sponges', 'stollen']),
  food('cheesecake', '18147', ['cheesecake|s', 'new york cheesecake', 'baked cheesecake']),
  food('pie', '18301', ['pie|s', 'apple pie', 'pumpkin pie', 'pecan pie', 'cherry pie', 'fruit pie', 'tarts', 'lemon tart', 'fruit tart', 'galette', 'cobbler', 'crumble', 'apple crumble', 'strudel', 'apple strudel', 'baklava', 'pastries', 'pastry shells']),
  food('doughnut', '18255', ['doughnut|s', 'donut|s', 'glazed donuts', 'churros', 'beignets', 'crullers', 'cinnamon roll|s', 'sticky buns', 'pop-tarts', 'toaster pastries']),
  food('muffin', '18274', ['muffin|s', 'blueberry muffin|s', 'mini muffins', 'bran muffins', 'chocolate chip muffins']),
  food('pancakes', '18288', ['pancake|s', 'buttermilk pancakes', 'crepe|s', 'crêpe|s', 'hotcakes', 'blini', 'dutch baby'], { notFiber: 'refined-grain' }),
  food('waffles', '18365', ['waffle|s', 'frozen waffles', 'belgian waffles', 'eggo waffles', 'stroopwafel|s', 'waffle cones', 'ice cream cones', 'ice cream cone|s', 'sugar cones'], { notFiber: 'refined-grain' }),
]);

export const MEALS_DIPS = shelf('prepared', { plant: false }, [
  food('veggie-burger', '16147', ['veggie burger|s', 'vegetarian burger|s', 'vegan burger|s', 'plant-based burger|s', 'beyond burger', 'beyond meat', 'impossible burger', 'impossible meat', 'plant-based meat', 'vegan mince', 'plant-based mince', 'meatless crumbles', 'veggie crumbles', 'quorn', 'quorn mince', 'vegan sausage|s', 'vegetarian sausage|s', 'meatless sausage', 'veggie sausages', 'vegan chicken', 'plant-based chicken', 'vegan bacon', 'vegetarian mince', 'meat substitute', 'mock meat', 'soy burger', 'vegan nuggets', 'plant-based nuggets', 'vegan kebab', 'vegetarian kebab'], { notFiber: 'meat-substitute' }),
  food('falafel', '16057', ['falafel|s', 'falafel mix', 'falafel balls'], { plant: true, group: 'chickpea', prebiotic: 'gos', proxy: 'SR28 lists falafel without fiber: cooked chickpeas (16057), what it is made of' }),
  food('guacamole', '09037', ['guacamole', 'guac', 'avocado dip', 'avocado mash', 'smashed avocado'], { plant: true, group: 'avocado', proxy: 'SR28 has no guacamole: avocado (09037), what it is made of' }),
  food('tzatziki', '01116', ['tzatziki', 'tzatziki sauce', 'cacik', 'raita', 'cucumber raita', 'yogurt sauce', 'yogurt dip', 'yoghurt dip', 'garlic yogurt sauce'], { probiotic: 'live-cultures', proxy: 'SR28 has no tzatziki: plain yogurt (01116), what it is made of' }),
  food('coleslaw', '21127', ['coleslaw', 'cole slaw', 'slaw', 'creamy coleslaw'], { plant: true, group: 'cabbage' }),
  food('black-bean-soup', '06002', ['black bean soup', 'bean soup', 'canned bean soup', 'lentil soup', 'split pea soup', 'pea soup', 'dal soup'], { plant: true, group: 'black-bean', prebiotic: 'gos' }),
  food('chili-con-carne', '16059', ['chili con carne', 'chilli con carne', 'beef chili', 'chili with beans', 'canned chili', 'turkey chili', 'chili beans', 'texas chili'], {}),
  food('tomato-soup', '06159', ['tomato soup', 'condensed tomato soup', 'cream of tomato soup', 'gazpacho', 'tomato bisque'], { plant: true, group: 'tomato' }),
  food('chicken-noodle-soup', '06019', ['chicken noodle soup', 'chicken soup', 'chicken and rice soup', 'vegetable soup', 'minestrone', 'minestrone soup', 'canned soup', 'soup', 'ramen soup', 'pho'], {}),
  food('cream-soup', '06043', ['cream of mushroom soup', 'condensed cream of mushroom soup', 'cream of chicken soup', 'condensed cream of chicken soup', 'cream of celery soup', 'cream of potato soup', 'condensed soup', 'cheddar cheese soup'], {}),
  food('onion-soup-mix', '06094', ['onion soup mix', 'dry onion soup mix', 'french onion soup mix', 'soup mix', 'lipton onion soup mix', 'packet onion soup mix', 'french onion soup', 'onion soup'], { notFiber: 'stock' }),
  food('pizza', '21302', ['pizza|s', 'frozen pizza', 'cheese pizza', 'pepperoni pizza', 'margherita pizza', 'flatbread pizza', 'pizza slices', 'calzone'], { plant: true, group: 'wheat', notFiber: 'refined-grain' }),
  food('burrito', '21061', ['burrito|s', 'bean burrito|s', 'bean and cheese burrito|s', 'frozen burritos', 'enchiladas', 'quesadilla|s', 'taco|s', 'tacos', 'nachos supreme', 'chimichanga'], { plant: true, group: 'burrito' }),
  food('pot-pie', '22906', ['pot pie', 'chicken pot pie', 'meat pie', 'pasty', 'pasties', 'sausage roll|s', 'empanada|s', 'samosa|s', 'spring roll|s', 'egg roll|s', 'dumpling|s', 'potsticker|s', 'gyoza', 'wonton|s', 'dim sum', 'pierogi', 'pierogies', 'pelmeni', 'momos', 'bao', 'bao buns'], {}),
  food('beef-stew', '22905', ['beef stew', 'stew', 'casserole', 'goulash', 'pot roast dinner', 'frozen meal', 'tv dinner', 'ready meal', 'microwave meal', 'frozen dinner', 'meal kit'], {}),
  food('chicken-nuggets', '05006', ['chicken nugget|s', 'chicken tenders breaded', 'chicken fingers', 'popcorn chicken', 'breaded chicken', 'fried chicken', 'chicken schnitzel', 'fish sticks', 'fish fingers', 'fish cakes', 'crab cakes', 'breaded fish', 'battered fish', 'fish and chips', 'meatballs', 'frozen meatballs', 'burger', 'burgers', 'hamburger|s', 'cheeseburger|s'], { proxy: 'SR28 has no plain breaded poultry: chicken (05006)' }),
  food('sandwich', '18069', ['sandwich|es', 'sub sandwich', 'wrap sandwich', 'club sandwich', 'grilled cheese', 'blt', 'panini', 'toastie|s', 'croque monsieur', 'hot dog sandwich'], { plant: true, group: 'wheat', notFiber: 'refined-grain', proxy: 'SR28 has no generic sandwich: white bread (18069)' }),
  food('sushi', '20052', ['sushi', 'sushi rolls', 'maki', 'nigiri', 'california roll|s', 'onigiri', 'rice balls', 'poke bowl', 'bibimbap'], { plant: true, group: 'rice', notFiber: 'refined-grain', contextRules: ['resistant-starch-when-cooled'], proxy: 'SR28 has no sushi: short-grain white rice (20052)' }),
  food('fried-rice', '20044', ['fried rice', 'egg fried rice', 'pilaf', 'rice pilaf', 'pilau', 'risotto', 'paella', 'biryani', 'jollof rice', 'jambalaya', 'rice pudding', 'congee', 'arroz con pollo', 'rice and beans', 'spanish rice', 'mexican rice'], { plant: true, group: 'rice', notFiber: 'refined-grain', contextRules: ['resistant-starch-when-cooled'], proxy: 'SR28 has no fried rice: white rice (20044)' }),
  food('mac-and-cheese', '20120', ['mac and cheese', 'macaroni and cheese', 'mac n cheese', 'mac & cheese', 'boxed mac and cheese', 'kraft dinner', 'pasta salad', 'pasta bake', 'spaghetti bolognese', 'lasagna dish', 'spaghetti and meatballs', 'carbonara', 'pad thai', 'lo mein', 'chow mein', 'noodle soup', 'instant noodles cup'], { plant: true, group: 'wheat', notFiber: 'refined-grain', contextRules: ['resistant-starch-when-cooled'], proxy: 'SR28 has no mac and cheese: enriched dry pasta (20120)' }),
]);

export const PREPARED_FOODS = [...SNACKS, ...BAKED_SWEETS, ...MEALS_DIPS];
