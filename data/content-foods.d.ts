/** The content script's slim food list and name index, made at build time by cli/vite-content-foods.ts. */
declare module 'virtual:gut-lens/content-foods' {
  /** The slim food list, each food made from its shipped line when first asked for. */
  export const CONTENT_FOODS: import('../engine/foods/food-list').FoodList<import('../engine/foods/types').FoodCore>;
  export const NAME_INDEX: import('../engine/foods/name-index-format').NameIndex;
  export const CARD_TEXTS: import('../engine/foods/food-info').CardTexts;
}
