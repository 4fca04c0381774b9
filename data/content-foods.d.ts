/** The content script's slim food list, made at build time by cli/vite-content-foods.ts. */
declare module 'virtual:gut-lens/content-foods' {
  const foods: import('../engine/foods/types').FoodCore[];
  export default foods;
  export const CARD_TEXTS: import('../engine/foods/food-info').CardTexts;
}
