/**
 * Why a food carries a tag: the reason keys that data/foods.generated.json uses, with the text the
 * UI and the docs show. Sources of each claim are in data/sources.ts.
 */
export interface Reason {
  /** Short label for the UI. */
  label: string;
  /** One or two sentences: what the rule is. */
  text: string;
}

export const REASONS = {
  'fiber-source': {
    label: 'Source of fibre',
    text: 'At least 3 g of total dietary fiber per 100 g as bought: the "source of fibre" claim of Regulation (EC) No 1924/2006, Annex.',
  },
  'fiber-high': {
    label: 'High fibre',
    text: 'At least 6 g of total dietary fiber per 100 g as bought: the "high fibre" claim of Regulation (EC) No 1924/2006, Annex.',
  },
  fructans: {
    label: 'Fructans (inulin, FOS)',
    text: 'A rich whole-food source of inulin-type fructans, an established prebiotic substrate (Moshfegh et al. 1999 for the amounts; Gibson et al. 2017 for the definition).',
  },
  gos: {
    label: 'Galacto-oligosaccharides',
    text: 'A pulse: rich in galacto-oligosaccharides (raffinose, stachyose), an established prebiotic substrate (Gibson et al. 2017).',
  },
  'beta-glucan': {
    label: 'Beta-glucan',
    text: 'Oats or barley: rich in cereal beta-glucan, fermented by gut microbes (Gibson et al. 2017).',
  },
  'resistant-starch': {
    label: 'Resistant starch',
    text: 'Starch that escapes digestion and feeds gut microbes: green bananas, plantains, raw potato starch, and potatoes, rice or pasta cooked and cooled (Gibson et al. 2017).',
  },
  'live-cultures': {
    label: 'Live cultures',
    text: 'A fermented food that, as usually bought, still carries live microbes when eaten (Marco et al. 2021). Cooking kills them.',
  },
  'labelled-probiotic': {
    label: 'Labelled live cultures',
    text: 'The product says "live cultures", "live and active cultures" or "probiotic" (Hill et al. 2014 for the word).',
  },
  plant: {
    label: 'Plant',
    text: 'A distinct plant food: counts toward the 30 plants a week goal (McDonald et al. 2018).',
  },
  'plant-quarter': {
    label: 'Herb or spice',
    text: 'A herb or spice: counts as a quarter plant toward the 30 plants a week goal (McDonald et al. 2018).',
  },
} as const satisfies Record<string, Reason>;

export type ReasonKey = keyof typeof REASONS;

/** Why a food never carries `fiber` whatever its number (gut-foods.md, "Never fiber"). */
export const FIBER_EXCLUSIONS = {
  'herb-spice': 'Herbs, spices and seasoning blends are eaten in amounts too small to matter.',
  salt: 'Salt and seasoning salts carry no fiber worth counting.',
  condiment: 'Condiments, sauces and flavouring pastes are used by the spoon.',
  'oil-fat': 'Oils and fats.',
  sweetener: 'Sugars, syrups and other sweeteners.',
  extract: 'Extracts and flavourings.',
  leavening: 'Leavening agents (yeast, baking powder, baking soda).',
  thickener: 'Starches, gums and gelling agents used to thicken.',
  stock: 'Stocks, broths and bouillon.',
  'refined-grain': 'Refined grain foods pass the number only by being dry; whole-grain versions count.',
  confectionery: 'Sweets and confectionery: chocolate in every form but unsweetened cocoa and cacao nibs, candy, cookies, cakes.',
  'salty-snack': 'Salty snacks such as potato chips and pretzels.',
  breadcrumbs: 'Breadcrumbs and panko.',
  'meat-substitute': 'Meat substitutes of unstated make-up.',
} as const;
