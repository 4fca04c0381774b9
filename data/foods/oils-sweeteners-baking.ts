/** Oils and fats, sugars and sweeteners, chocolate, and baking needs (leavening, extracts, gels). */
import { food, shelf } from './define';

export const OILS_FATS = shelf('oil-fat', { plant: false, notFiber: 'oil-fat' }, [
  food('olive-oil', '04053', ['olive oil', 'extra-virgin olive oil', 'extra virgin olive oil', 'evoo', 'virgin olive oil', 'light olive oil', 'pure olive oil', 'good olive oil', 'olive oil spray', 'garlic-infused olive oil']),
  food('vegetable-oil', '04044', ['vegetable oil', 'oil', 'cooking oil', 'neutral oil', 'soybean oil', 'frying oil', 'oil for frying', 'oil for deep frying', 'salad oil', 'flavourless oil', 'neutral-flavored oil', 'high-heat oil', 'blended oil']),
  food('canola-oil', '04582', ['canola oil', 'rapeseed oil', 'cold-pressed rapeseed oil']),
  food('sunflower-oil', '04506', ['sunflower oil', 'safflower oil', 'high-oleic sunflower oil']),
  food('corn-oil', '04518', ['corn oil', 'maize oil']),
  food('peanut-oil', '04042', ['peanut oil', 'groundnut oil', 'arachis oil']),
  food('sesame-oil', '04058', ['sesame oil', 'toasted sesame oil', 'dark sesame oil', 'pure sesame oil', 'roasted sesame oil']),
  food('coconut-oil', '04047', ['coconut oil', 'virgin coconut oil', 'refined coconut oil', 'melted coconut oil', 'extra virgin coconut oil']),
  food('avocado-oil', '04581', ['avocado oil']),
  food('grapeseed-oil', '04517', ['grapeseed oil', 'grape seed oil', 'rice bran oil']),
  food('nut-oil', '04528', ['walnut oil', 'hazelnut oil', 'almond oil', 'pumpkin seed oil', 'macadamia oil', 'truffle oil', 'flaxseed oil', 'linseed oil']),
  food('cooking-spray', '04679', ['cooking spray', 'nonstick cooking spray', 'non-stick cooking spray', 'nonstick spray', 'baking spray', 'oil spray', 'pam']),
  food('margarine', '04610', ['margarine', 'vegan butter', 'plant butter', 'dairy-free butter', 'butter substitute', 'buttery spread', 'baking spread', 'stork', 'earth balance']),
  food('shortening', '04615', ['shortening', 'vegetable shortening', 'crisco', 'solid vegetable shortening', 'copha', 'trex']),
  food('lard', '04002', ['lard', 'pork fat', 'manteca']),
  food('animal-fat', '04609', ['bacon grease', 'bacon fat', 'bacon drippings', 'drippings', 'beef tallow', 'tallow', 'beef dripping', 'duck fat', 'goose fat', 'chicken fat', 'schmaltz', 'suet']),
]);

export const SWEETENERS = shelf('sweetener', { plant: false, notFiber: 'sweetener' }, [
  food('sugar', '19335', ['sugar', 'granulated sugar', 'white sugar', 'caster sugar', 'castor sugar', 'superfine sugar', 'cane sugar', 'granulated white sugar', 'organic cane sugar', 'pure cane sugar', 'baker\'s sugar', 'table sugar', 'sugar cubes', 'sanding sugar', 'pearl sugar', 'coarse sugar', 'rock sugar', 'jaggery', 'panela', 'piloncillo', 'palm sugar']),
  food('brown-sugar', '19334', ['brown sugar', 'light brown sugar', 'dark brown sugar', 'packed brown sugar', 'soft brown sugar', 'muscovado sugar', 'muscovado', 'dark muscovado sugar', 'light muscovado sugar', 'demerara sugar', 'demerara', 'coconut sugar', 'coconut palm sugar', 'golden caster sugar', 'raw sugar', 'turbinado sugar', 'turbinado', 'sucanat', 'rapadura']),
  food('powdered-sugar', '19336', ['powdered sugar', 'icing sugar', "confectioners' sugar", 'confectioners sugar', "confectioner's sugar", 'sifted powdered sugar', 'pure icing sugar', 'snow sugar']),
  food('maple-syrup', '19353', ['maple syrup', 'pure maple syrup', 'real maple syrup', 'grade a maple syrup', 'dark maple syrup', 'maple sugar'], { plant: false }),
  food('honey', '19296', ['honey', 'raw honey', 'runny honey', 'clear honey', 'manuka honey', 'local honey', 'liquid honey', 'hot honey']),
  food('agave', '19912', ['agave', 'agave syrup', 'agave nectar', 'light agave nectar']),
  food('golden-syrup', '19350', ['golden syrup', 'light corn syrup', 'corn syrup', 'dark corn syrup', 'glucose syrup', 'liquid glucose', 'rice syrup', 'brown rice syrup', 'simple syrup', 'sugar syrup', 'date syrup', 'pancake syrup', 'barley malt syrup', 'malt syrup', 'invert sugar', 'karo syrup'], { proxy: 'SR28 has no golden syrup: light corn syrup (19350)' }),
  food('molasses', '19304', ['molasses', 'blackstrap molasses', 'treacle', 'black treacle', 'pomegranate molasses', 'fancy molasses']),
  food('sweetener', '19868', ['sweetener', 'artificial sweetener', 'sugar substitute', 'stevia', 'erythritol', 'monk fruit sweetener', 'monk fruit', 'sucralose', 'splenda', 'xylitol', 'allulose', 'swerve', 'granulated sweetener', 'sugar-free sweetener', 'aspartame', 'saccharin', 'liquid stevia', 'stevia drops']),
  food('jam', '19297', ['jam', 'jam|s', 'preserves', 'fruit preserves', 'strawberry jam', 'raspberry jam', 'apricot jam', 'jelly', 'grape jelly', 'marmalade', 'orange marmalade', 'fruit spread', 'conserve', 'lemon curd', 'apple butter', 'seedless raspberry jam', 'blackberry jam', 'cherry jam', 'fig jam', 'red currant jelly', 'pepper jelly', 'mint jelly']),
]);

export const CHOCOLATE_SWEETS = shelf('confectionery', { plant: false, notFiber: 'confectionery' }, [
  food('cocoa-powder', '19165', ['cocoa powder', 'cocoa', 'unsweetened cocoa powder', 'unsweetened cocoa', 'dutch-process cocoa', 'dutch process cocoa powder', 'dutch-processed cocoa powder', 'natural cocoa powder', 'cacao powder', 'raw cacao powder', 'dark cocoa powder', 'special dark cocoa', 'black cocoa powder', 'baking cocoa'], { plant: true, group: 'cacao', notFiber: undefined }),
  food('cacao-nibs', '19078', ['cacao nibs', 'cocoa nibs', 'raw cacao nibs'], { plant: true, group: 'cacao', notFiber: undefined, proxy: 'SR28 has no cacao nibs: unsweetened baking chocolate (19078)' }),
  food('dark-chocolate', '19904', ['dark chocolate', 'dark chocolate 70%', '70% dark chocolate', 'bittersweet chocolate', 'bittersweet chocolate chips', 'extra dark chocolate', 'dark chocolate chips', 'dark chocolate bar', 'chopped dark chocolate', '85% dark chocolate', 'couverture chocolate'], { plant: true, group: 'cacao' }),
  food('chocolate-chips', '19080', ['chocolate chips', 'chocolate chip', 'semisweet chocolate chips', 'semi-sweet chocolate chips', 'semisweet chocolate', 'semi-sweet chocolate', 'chocolate chunks', 'mini chocolate chips', 'chocolate morsels', 'choc chips', 'chocolate', 'baking chocolate', 'cooking chocolate', 'plain chocolate', 'chocolate bar', 'chocolate wafers', 'melting chocolate', 'chocolate melts', 'candy melts', 'chopped chocolate'], { plant: true, group: 'cacao' }),
  food('unsweetened-chocolate', '19078', ['unsweetened chocolate', 'unsweetened baking chocolate', 'baking chocolate squares', '100% cacao chocolate', 'unsweetened chocolate squares'], { plant: true, group: 'cacao' }),
  food('milk-chocolate', '19120', ['milk chocolate', 'milk chocolate chips', 'milk chocolate bar', 'chocolate candy bar', 'chocolate candies', 'm&ms', "m&m's", 'chocolate eggs', 'chocolate buttons'], { plant: true, group: 'cacao' }),
  food('white-chocolate', '19087', ['white chocolate', 'white chocolate chips', 'white baking chips', 'white chocolate chunks', 'white chocolate bar', 'white candy melts']),
  food('hazelnut-spread', '19125', ['nutella', 'chocolate hazelnut spread', 'hazelnut spread', 'chocolate spread', 'cocoa hazelnut spread'], { plant: true, group: 'hazelnut' }),
  food('candy', '19107', ['candy', 'candies', 'hard candy', 'hard candies', 'sweets', 'lollies', 'gummy bears', 'gummies', 'jelly beans', 'sprinkles', 'rainbow sprinkles', 'nonpareils', 'hundreds and thousands', 'candy canes', 'crushed candy canes', 'butterscotch chips', 'peanut butter chips', 'toffee bits', 'toffee', 'caramel', 'caramels', 'caramel sauce', 'salted caramel sauce', 'butterscotch', 'fudge', 'mints', 'candied ginger', 'crystallized ginger', 'candied peel', 'mixed peel', 'candied fruit', 'meringue|s', 'meringue nests', 'nougat', 'turron', 'turrón', 'halva', 'halvah', 'brittle']),
  food('marshmallow', '19116', ['marshmallow|s', 'mini marshmallows', 'miniature marshmallows', 'large marshmallows', 'marshmallow fluff', 'marshmallow creme']),
  food('frosting', '19230', ['frosting', 'icing', 'buttercream', 'vanilla frosting', 'chocolate frosting', 'cream cheese frosting', 'royal icing', 'fondant', 'glaze', 'ganache', 'cake frosting', 'store-bought frosting'], {}),
  food('chocolate-syrup', '14181', ['chocolate syrup', 'chocolate sauce', 'hot fudge', 'hot fudge sauce', 'fudge sauce', 'strawberry syrup', 'ice cream topping']),
]);

export const BAKING = shelf('baking', { plant: false }, [
  food('baking-powder', '18369', ['baking powder', 'double-acting baking powder', 'aluminum-free baking powder', 'gluten-free baking powder'], { notFiber: 'leavening' }),
  food('baking-soda', '18372', ['baking soda', 'bicarbonate of soda', 'bicarb soda', 'bicarb', 'sodium bicarbonate', 'bread soda'], { notFiber: 'leavening' }),
  food('cream-of-tartar', '18373', ['cream of tartar', 'tartaric acid', 'citric acid'], { notFiber: 'leavening' }),
  food('yeast', '18375', ['yeast', 'active dry yeast', 'dry yeast', 'dried yeast', 'instant yeast', 'instant dry yeast', 'rapid rise yeast', 'rapid-rise yeast', 'quick yeast', 'fast-action yeast', 'fast action dried yeast', 'easy bake yeast', 'bread machine yeast', 'fresh yeast', 'cake yeast', 'compressed yeast', "baker's yeast", 'fleischmann\'s yeast', 'yeast packet'], { notFiber: 'leavening' }),
  food('vanilla-extract', '02050', ['vanilla extract', 'pure vanilla extract', 'vanilla', 'vanilla essence', 'imitation vanilla', 'clear vanilla', 'vanilla flavoring', 'vanilla flavouring'], { notFiber: 'extract' }),
  food('flavor-extract', '02051', ['almond extract', 'peppermint extract', 'mint extract', 'coconut extract', 'lemon extract', 'orange extract', 'rum extract', 'maple extract', 'anise extract', 'banana extract', 'rose water', 'rosewater', 'orange blossom water', 'orange flower water', 'almond essence', 'lemon essence', 'extract', 'flavoring', 'flavouring'], { notFiber: 'extract', proxy: 'SR28 has no other extracts: imitation vanilla extract (02051)' }),
  food('food-coloring', '02052', ['food coloring', 'food colouring', 'gel food coloring', 'food colour', 'red food coloring', 'green food coloring', 'food dye', 'gel paste', 'edible glitter', 'luster dust'], { notFiber: 'extract', proxy: 'SR28 has no food colouring: alcohol-free imitation vanilla (02052)' }),
  food('gelatin', '19177', ['gelatin', 'gelatine', 'unflavored gelatin', 'powdered gelatin', 'gelatin powder', 'gelatine leaves', 'gelatin sheets', 'leaf gelatine', 'sheet gelatin', 'knox gelatin', 'agar agar', 'agar-agar', 'agar'], { notFiber: 'thickener' }),
  food('jelly-dessert', '19172', ['jell-o', 'jello', 'jelly crystals', 'gelatin dessert', 'flavored gelatin', 'strawberry jelly', 'jelly mix', 'strawberry jello', 'lime jello', 'jelly powder'], { notFiber: 'confectionery', preferredFor: ['strawberry jelly'] }),
  food('pectin', '19310', ['pectin', 'fruit pectin', 'powdered pectin', 'liquid pectin', 'sure-jell', 'xanthan gum', 'xanthan', 'guar gum', 'psyllium husk', 'psyllium', 'psyllium husk powder', 'tapioca starch thickener', 'instant clearjel', 'clearjel'], { notFiber: 'thickener' }),
  food('pudding-mix', '19202', ['instant pudding mix', 'pudding mix', 'vanilla pudding mix', 'instant vanilla pudding', 'chocolate pudding mix', 'custard powder', 'jell-o instant pudding', 'cheesecake pudding mix', 'instant pudding'], { notFiber: 'confectionery' }),
  food('cake-mix', '18139', ['cake mix', 'boxed cake mix', 'yellow cake mix', 'white cake mix', 'chocolate cake mix', 'devil\'s food cake mix', 'brownie mix', 'box brownie mix', 'muffin mix', 'cookie mix', 'pancake mix', 'bisquick', 'baking mix', 'waffle mix'], { notFiber: 'refined-grain', plant: true, group: 'wheat', proxy: 'SR28 has no dry cake mix: white cake (18139)' }),
]);

export const OILS_SWEETENERS_BAKING = [...OILS_FATS, ...SWEETENERS, ...CHOCOLATE_SWEETS, ...BAKING];
