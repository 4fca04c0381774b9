/**
 * Words of online food shops, in many languages: buying controls, unit prices, shelf names and
 * food-label sections. Food *names* come from the bundled food list; these are the shop's words
 * around them, plus common food words of languages the food list does not cover (ru, bg, pl, …).
 * Word lists are lowercase `wordPattern`s (word-pattern.ts: cheap to start in a content script).
 */
import { LETTER_RANGES, wordPattern } from './word-pattern';

/** "Add to basket / trolley / cart" and "buy" controls. */
export const ADD_TO_BASKET = wordPattern(
  [
    'add(?:\\s+\\w+)?\\s+to\\s+(?:cart|basket|trolley|bag|list)', 'buy now', 'in den (?:warenkorb|einkaufswagen)', 'ajouter au panier',
    'añadir al carrito', 'agregar al carrito', 'aggiungi al carrello', 'in (?:de )?winkel(?:wagen|mand)', 'toevoegen',
    'adicionar ao carrinho', 'comprar', 'в корзину', 'в список покупок', 'купить', 'добави в количката', 'в количката', 'do koszyka',
    'do košíku', 'kosárba', 'i varukorgen', 'læg i kurv', 'legg i handlekurv', 'lisää ostoskoriin', 'sepete ekle',
    '加入購物車', '加入购物车', 'カートに入れる', '장바구니',
  ].join('|'),
);

/** Prices per weight or volume: the mark of a food shelf. */
export const UNIT_PRICE = wordPattern(String.raw`(?:\/|per|pro|par|por|за|le|al|the)\s*(?:1\s*|100\s*)?(?:kg|g|gr|100\s?g|l|ltr|litre|liter|кг|г|л)\b(?!\w)|(?:€|£|\$|лв|руб|₽)\s*\/\s*(?:kg|кг|l|л)\b|(?:kg|кг)\s*[-–=]\s*\d`);

/** Net weight in a product title: `400g`, `1.5 kg`, `500 г` (mass only: appliances give litres). */
export const NET_WEIGHT = wordPattern(String.raw`\d\s*(?:g|gr|kg|кг|гр|г)(?![${LETTER_RANGES}0-9])`);

/**
 * Food words of languages the food list does not name foods in: Cyrillic stems matched at a word
 * start (words inflect), and CJK words of two or more characters or unambiguous single ones.
 */
export const OTHER_SCRIPT_FOOD = wordPattern(
  `(?<![${LETTER_RANGES}])(?:${[
    'молок', 'сыр', 'йогурт', 'творог', 'кефир', 'сметан', 'мяс', 'кур[иа]', 'свинин', 'говядин', 'рыб', 'хлеб', 'чай', 'кофе',
    'пюре', 'каш[аи]', 'печень', 'конфет', 'шоколад', 'колбас', 'сосиск', 'пельмен', 'яйц', 'овощ', 'фрукт', 'яблок', 'банан',
    'картоф', 'морков', 'томат', 'помидор', 'огур', 'капуст', 'круп', 'макарон', 'мук[аи]', 'сахар', 'мёд', 'мед\\b', 'орех',
    'мляко', 'млечн', 'сирене', 'кашкавал', 'месо', 'пиле', 'пилешк', 'свинск', 'телешк', 'агнешк', 'риба', 'филе', 'хляб',
    'маслин', 'домат', 'краставиц', 'ябълк', 'плодов', 'зеленчу', 'кюфте', 'кебапче', 'баничк', 'вафл', 'бисквит', 'бира', 'вино',
    'сок', 'напит', 'кисело', 'масло', 'ориз', 'леща', 'боб', 'авокадо', 'лаврак', 'тилапия', 'скумрия', 'шунка', 'салам',
  ].join('|')})`,
);
export const CJK_FOOD = /魚|鱼|蝦|虾|雞|鸡|豬肉|猪肉|牛肉|羊肉|蔬菜|水果|地瓜|零食|食品|茶葉|茶叶|飲料|饮料|藜麥|藜麦|豆腐|醬|酱|麵|面包|米飯|米饭|牛奶|優格|酸奶|起司|芝士/u;

/** Shelf names and label sections of food shops. */
export const GROCERY_WORDS = wordPattern(
  [
    'grocer(?:y|ies)', 'supermarket', 'food ?(?:cupboard|shop|store)', 'fresh food', 'fruit (?:&|and) veg', 'dairy', 'bakery', 'pantry', 'frozen food',
    'nutrition(?:al)? (?:facts|information)', 'allergen', 'ingredients', 'best before', 'lebensmittel', 'nährwert', 'zutaten',
    'alimentation', 'épicerie', 'alimentos', 'supermercado', 'alimentari', 'boodschappen', 'voedingswaarde', 'mercearia',
    'продукт', 'молоч', 'молоко', 'йогурт', 'сыр', 'пюре', 'овощ', 'фрукт', 'мясо', 'хлеб', 'напит', 'бакале', 'кофе', 'чай',
    'мляко', 'сирене', 'плодове', 'зеленчуци', 'месо', 'хляб', 'храни', 'кашкавал', 'шоколад', 'вино',
    'żywność', 'potraviny', 'élelmiszer', 'whisk(?:e)?y', 'wine', '食品', '零食',
  ].join('|'),
);

/** Aisles of shops that are not food shops: in the page's title, heading or breadcrumbs they outweigh one food word. */
export const NON_FOOD_WORDS = wordPattern(
  [
    'fashion', 'clothing', 'clothes', 'shoes', 'dress(?:es)?', 'bags?', 'handbags?', 'jewel(?:le)?ry', 'women', 'men', 'kids', 'toys?', 'electronics',
    'furniture', 'garden', 'diy', 'hardware', 'appliances?', 'beauty', 'cosmetics', 'books?', 'mode', 'vêtements', 'chaussures', 'kleidung',
    'schuhe', 'moda', 'ropa', 'zapatos', 'abbigliamento', 'scarpe', 'kleding', 'schoenen', 'roupa', 'sapatos', 'одежда', 'обувь', 'мебель',
    'игрушки', 'электроника', 'канцеляр', 'автокосметика', 'дрехи', 'обувки',
  ].join('|').replace(/^(.*)$/, `(?<![${LETTER_RANGES}])(?:$1)(?![${LETTER_RANGES}])`),
);
