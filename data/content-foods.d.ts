/** The content script's slim food list and name index, made at build time by cli/vite-content-foods.ts. */
declare module 'virtual:gut-lens/content-foods' {
  /** The slim food list, decoded (what is left of it) on the first call. */
  export function contentFoods(): import('../engine/foods/types').FoodCore[];
  /** Decode one more chunk of the list; whether any are left. */
  export function decodeContentFoods(): boolean;
  export const NAME_INDEX: import('../engine/foods/name-index-format').NameIndex;
  export const CARD_TEXTS: import('../engine/foods/food-info').CardTexts;
}
