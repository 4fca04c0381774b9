/** Grains, flours, starches and breakfast cereals, as bought (dry). */
import { food, shelf } from './define';

const COOLED: ['resistant-starch-when-cooled'] = ['resistant-starch-when-cooled'];
const REFINED = { notFiber: 'refined-grain' } as const;
const WHOLE_WHEAT = { group: 'wheat', prebiotic: 'fructans' } as const;

export const GRAINS_FLOURS = shelf('grain', { plant: true }, [
  // Oats: beta-glucan in every form.
  food('oats', '08120', ['rolled oats', 'oats', 'oatmeal', 'old-fashioned oats', 'old fashioned oats', 'old-fashioned rolled oats', 'porridge oats', 'quick oats', 'quick-cooking oats', 'instant oats', 'jumbo oats', 'oat flakes', 'steel-cut oats', 'steel cut oats', 'pinhead oats', 'irish oats', 'scottish oats', 'oat groats', 'porridge'], { group: 'oat', prebiotic: 'beta-glucan' }),
  food('oat-bran', '20033', ['oat bran'], { group: 'oat', prebiotic: 'beta-glucan' }),
  food('oat-flour', '20132', ['oat flour', 'ground oats'], { group: 'oat', prebiotic: 'beta-glucan' }),
  // Barley: beta-glucan (and fructans).
  food('barley', '20004', ['barley', 'pearl barley', 'pearled barley', 'hulled barley', 'pot barley', 'barley groats'], { prebiotic: 'beta-glucan' }),
  food('barley-flour', '20130', ['barley flour', 'barley meal'], { group: 'barley', prebiotic: 'beta-glucan' }),
  food('barley-malt-flour', '20131', ['malted barley flour', 'barley malt flour', 'diastatic malt powder', 'malt powder'], { group: 'barley' }),
  // Rice: white rice is refined; all rice gains resistant starch when cooked and cooled.
  food('white-rice', '20044', ['white rice', 'rice', 'long-grain rice', 'long grain rice', 'long-grain white rice', 'long grain white rice', 'jasmine rice', 'thai jasmine rice', 'basmati rice', 'white basmati rice', 'parboiled rice', 'converted rice', 'instant rice', 'minute rice', 'microwave rice', 'cooked rice', 'steamed rice', 'day-old rice', 'leftover rice', 'medium-grain rice', 'medium grain rice', 'rice grains'], { group: 'rice', ...REFINED, contextRules: COOLED }),
  food('short-grain-rice', '20052', ['short-grain rice', 'short grain rice', 'arborio rice', 'arborio', 'carnaroli rice', 'carnaroli', 'risotto rice', 'sushi rice', 'calrose rice', 'pudding rice', 'japanese rice', 'bomba rice', 'paella rice', 'vialone nano'], { group: 'rice', ...REFINED, contextRules: COOLED }),
  food('glutinous-rice', '20054', ['glutinous rice', 'sticky rice', 'sweet rice', 'mochi rice', 'sweet glutinous rice'], { group: 'rice', ...REFINED, contextRules: COOLED }),
  food('brown-rice', '20036', ['brown rice', 'long-grain brown rice', 'long grain brown rice', 'short-grain brown rice', 'brown basmati rice', 'brown jasmine rice', 'wholegrain rice', 'whole-grain rice', 'whole grain rice', 'medium grain brown rice', 'red rice', 'black rice', 'forbidden rice', 'wehani rice'], { group: 'rice', contextRules: COOLED }),
  food('wild-rice', '20088', ['wild rice', 'wild rice blend'], { contextRules: COOLED }),
  food('rice-flour', '20061', ['rice flour', 'white rice flour', 'glutinous rice flour', 'sweet rice flour', 'mochiko'], { group: 'rice', ...REFINED }),
  food('brown-rice-flour', '20090', ['brown rice flour'], { group: 'rice' }),
  food('rice-bran', '20060', ['rice bran'], { group: 'rice' }),
  // Wheat, whole grain: fructans.
  food('whole-wheat-flour', '20080', ['whole wheat flour', 'whole-wheat flour', 'wholewheat flour', 'wholemeal flour', 'whole meal flour', 'whole grain flour', 'whole-grain flour', 'whole grain wheat flour', 'whole-grain wheat flour', 'wholemeal plain flour', 'wholemeal self-raising flour', 'stoneground wholemeal flour', 'graham flour', 'atta', 'atta flour', 'chapati flour', 'whole wheat pastry flour', 'brown flour'], WHOLE_WHEAT),
  food('white-whole-wheat-flour', '20649', ['white whole wheat flour', 'white whole-wheat flour', 'whole white wheat flour'], WHOLE_WHEAT),
  food('wheat-berries', '20075', ['wheat berries', 'wheat berry', 'whole wheat berries', 'soft white wheat berries', 'hard red wheat berries', 'wheat kernels', 'whole wheat grains'], WHOLE_WHEAT),
  food('wheat-bran', '20077', ['wheat bran', 'bran', 'unprocessed bran', "miller's bran", 'natural bran'], WHOLE_WHEAT),
  food('wheat-germ', '20078', ['wheat germ', 'toasted wheat germ'], { group: 'wheat' }),
  food('bulgur', '20012', ['bulgur', 'bulgur wheat', 'bulghur', 'bulghur wheat', 'burghul', 'bulgar wheat', 'cracked wheat', 'fine bulgur', 'coarse bulgur'], WHOLE_WHEAT),
  food('farro', '20140', ['farro', 'emmer', 'emmer wheat', 'einkorn', 'pearled farro'], {
    ...WHOLE_WHEAT,
    proxy: 'SR28 has no farro (emmer): spelt (20140), its close hulled-wheat relative',
  }),
  food('spelt', '20140', ['spelt', 'spelt berries', 'spelt grain', 'dinkel'], WHOLE_WHEAT),
  food('spelt-flour', '20140', ['spelt flour', 'wholegrain spelt flour', 'whole spelt flour', 'white spelt flour'], {
    ...WHOLE_WHEAT,
    proxy: 'SR28 has no spelt flour: uncooked spelt (20140)',
  }),
  food('freekeh', '20071', ['freekeh', 'frikeh', 'farik', 'green wheat'], {
    ...WHOLE_WHEAT,
    proxy: 'SR28 has no freekeh (young roasted wheat): hard red spring wheat (20071)',
  }),
  food('kamut', '20138', ['kamut', 'khorasan wheat', 'khorasan'], WHOLE_WHEAT),
  // Wheat, refined.
  food('all-purpose-flour', '20081', ['all-purpose flour', 'all purpose flour', 'all-purpose white flour', 'plain flour', 'plain white flour', 'flour', 'white flour', 'ap flour', 'wheat flour', 'white wheat flour', 'unbleached flour', 'unbleached all-purpose flour', 'bleached flour', 'maida', '00 flour', 'tipo 00 flour', 'type 00 flour', 'pizza flour', 'enriched flour'], { group: 'wheat', ...REFINED }),
  food('self-raising-flour', '20082', ['self-raising flour', 'self raising flour', 'self-rising flour', 'self rising flour'], { group: 'wheat', ...REFINED }),
  food('bread-flour', '20083', ['bread flour', 'strong flour', 'strong white flour', 'strong bread flour', 'strong white bread flour', 'high-gluten flour', 'high gluten flour', 'baker\'s flour'], { group: 'wheat', ...REFINED }),
  food('cake-flour', '20084', ['cake flour', 'pastry flour', 'cake and pastry flour', 'soft flour', 'soft wheat flour'], { group: 'wheat', ...REFINED }),
  food('semolina', '20066', ['semolina', 'semolina flour', 'durum semolina', 'durum wheat semolina', 'semola', 'semolina rimacinata', 'durum flour', 'farina', 'cream of wheat', 'sooji', 'suji', 'rava'], { group: 'wheat', ...REFINED }),
  food('couscous', '20028', ['couscous', 'pearl couscous', 'israeli couscous', 'giant couscous', 'moroccan couscous', 'instant couscous'], { group: 'wheat', ...REFINED }),
  food('vital-wheat-gluten', '20083', ['vital wheat gluten', 'wheat gluten', 'gluten flour', 'seitan'], {
    group: 'wheat',
    notFiber: 'meat-substitute',
    proxy: 'SR28 has no vital wheat gluten: bread flour (20083)',
  }),
  // Rye: fructans.
  food('rye-flour', '20063', ['rye flour', 'dark rye flour', 'wholemeal rye flour', 'whole rye flour', 'whole grain rye flour', 'pumpernickel flour', 'medium rye flour'], { group: 'rye', prebiotic: 'fructans' }),
  food('light-rye-flour', '20065', ['light rye flour', 'white rye flour'], { group: 'rye', prebiotic: 'fructans' }),
  food('rye-berries', '20062', ['rye berries', 'rye grain', 'rye grains', 'whole rye', 'rye kernels', 'rye flakes', 'rolled rye'], { group: 'rye', prebiotic: 'fructans' }),
  // Other grains and pseudo-grains.
  food('quinoa', '20035', ['quinoa', 'white quinoa', 'red quinoa', 'black quinoa', 'tricolor quinoa', 'tri-color quinoa', 'quinoa flakes']),
  food('quinoa-flour', '20035', ['quinoa flour'], { group: 'quinoa', proxy: 'SR28 has no quinoa flour: uncooked quinoa (20035)' }),
  food('millet', '20031', ['millet', 'pearl millet', 'proso millet', 'millet grain'], {}),
  food('millet-flour', '20647', ['millet flour', 'bajra flour'], { group: 'millet' }),
  food('buckwheat', '20008', ['buckwheat', 'buckwheat groats', 'kasha', 'toasted buckwheat'], {}),
  food('buckwheat-flour', '20011', ['buckwheat flour', 'sarrasin flour'], { group: 'buckwheat' }),
  food('amaranth', '20001', ['amaranth', 'amaranth grain', 'amaranth seeds', 'amaranth flour'], {}),
  food('teff', '20142', ['teff', 'teff grain', 'teff flour'], {}),
  food('sorghum', '20067', ['sorghum', 'sorghum grain', 'jowar'], {}),
  food('sorghum-flour', '20648', ['sorghum flour', 'jowar flour', 'sweet white sorghum flour'], { group: 'sorghum' }),
  // Corn: whole corn (nixtamalised) is judged by its number; degermed meal is refined.
  food('cornmeal', '20022', ['cornmeal', 'corn meal', 'yellow cornmeal', 'white cornmeal', 'fine cornmeal', 'medium cornmeal', 'coarse cornmeal', 'polenta', 'instant polenta', 'grits', 'corn grits', 'hominy grits', 'maize meal', 'mealie meal'], { group: 'corn', ...REFINED }),
  food('whole-grain-cornmeal', '20020', ['whole grain cornmeal', 'whole-grain cornmeal', 'stone-ground cornmeal', 'stoneground cornmeal', 'stone ground cornmeal', 'whole cornmeal'], { group: 'corn' }),
  food('corn-flour', '20016', ['corn flour', 'whole grain corn flour', 'yellow corn flour', 'maize flour', 'blue corn flour'], { group: 'corn' }),
  food('masa-harina', '20019', ['masa harina', 'masa', 'masa flour', 'corn masa flour', 'masa preparada', 'instant corn masa flour', 'harina de maiz'], { group: 'corn' }),
  food('hominy', '20030', ['hominy', 'white hominy', 'yellow hominy', 'pozole corn', 'posole'], { group: 'corn' }),
  food('popcorn', '19806', ['popcorn', 'popcorn kernels', 'popping corn', 'air-popped popcorn', 'unpopped popcorn'], { group: 'corn' }),
  // Starches and thickeners: never fiber.
  food('cornstarch', '20027', ['cornstarch', 'corn starch', 'cornflour', 'corn-flour', 'maize starch', 'maizena'], { group: 'corn', notFiber: 'thickener' }),
  food('tapioca', '20068', ['tapioca', 'tapioca pearls', 'tapioca starch', 'tapioca flour', 'cassava starch', 'minute tapioca', 'boba'], { group: 'cassava', notFiber: 'thickener' }),
  food('arrowroot', '20003', ['arrowroot', 'arrowroot starch', 'arrowroot powder', 'arrowroot flour'], { notFiber: 'thickener' }),
  food('potato-starch', '11413', ['potato starch', 'raw potato starch', 'potato flour', 'katakuriko'], {
    group: 'potato',
    notFiber: 'thickener',
    prebiotic: 'resistant-starch',
    proxy: 'SR28 has no potato starch: potato flour (11413)',
  }),
  // Breakfast cereals.
  food('cornflakes', '08020', ['cornflakes', 'corn flakes', 'frosted flakes', 'frosties'], { group: 'corn', ...REFINED }),
  food('puffed-rice', '08066', ['puffed rice', 'rice krispies', 'crispy rice cereal', 'rice bubbles', 'crisped rice', 'murmura'], { group: 'rice', ...REFINED }),
  food('granola', '08037', ['granola', 'homemade granola', 'granola clusters', 'crunchy granola'], { group: 'oat', prebiotic: 'beta-glucan' }),
  food('muesli', '08286', ['muesli', 'bircher muesli', 'swiss muesli', 'mueslix'], { group: 'oat', prebiotic: 'beta-glucan' }),
  food('breakfast-cereal', '08020', ['breakfast cereal|s', 'cereal|s', 'cereal flakes', 'cold cereal', 'kids cereal', 'cheerios', 'froot loops', 'honey nut cheerios', 'cinnamon toast crunch', 'special k', 'crunchy nut'], { group: 'corn', ...REFINED, proxy: 'SR28 has no generic cereal: corn flakes (08020)' }),
  food('bran-flakes', '08029', ['bran flakes', 'bran cereal', 'all-bran', 'all bran', 'raisin bran', 'bran buds'], { ...WHOLE_WHEAT }),
  food('shredded-wheat', '08147', ['shredded wheat', 'weetabix', 'wheat biscuits', 'weet-bix'], { ...WHOLE_WHEAT }),
  food('puffed-wheat', '08157', ['puffed wheat'], { ...WHOLE_WHEAT }),
]);
