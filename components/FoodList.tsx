/** The gut-friendly foods found on a page, each a button that scrolls the page to it. */
import type { PageFood } from '../utils/messages';
import { gutTags, TagChip } from './TagChip';
import { msg } from './i18n';

export interface FoodListProps {
  foods: readonly PageFood[];
  /** The food's name in the UI language. */
  nameOf: (food: PageFood) => string;
  /** Scroll the page to the food; absent when there is no tab to scroll. */
  onShow?: (foodId: string) => void;
}

export function FoodList({ foods, nameOf, onShow }: FoodListProps) {
  const gut = foods.filter((food) => gutTags(food.tags).length > 0);
  if (gut.length === 0) return <p class="muted">{msg('noGutFoods')}</p>;
  return (
    <ul class="food-list">
      {gut.map((food) => {
        const name = nameOf(food);
        const tags = gutTags(food.tags).map((tag) => <TagChip key={tag} tag={tag} />);
        return (
          <li key={food.id} data-testid="page-food" data-food={food.id}>
            {onShow ? (
              <button type="button" class="food-button" title={msg('showOnPage', name)} onClick={() => onShow(food.id)}>
                <span class="food-name">{name}</span>
                <span class="tags">{tags}</span>
              </button>
            ) : (
              <span class="food-button">
                <span class="food-name">{name}</span>
                <span class="tags">{tags}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
