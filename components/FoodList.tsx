/** A list of foods found on a page, with their gut tags. */
import type { PageFood } from '../utils/messages';

export function FoodList({ foods }: { foods: readonly PageFood[] }) {
  const gut = foods.filter((f) => f.tags.some((t) => t !== 'plant'));
  if (gut.length === 0) return <p>No gut-friendly foods found.</p>;
  return (
    <ul class="food-list">
      {gut.map((food) => (
        <li key={food.id} data-testid="page-food" data-food={food.id}>
          <span class="food-name">{food.name}</span>
          {food.tags
            .filter((t) => t !== 'plant')
            .map((t) => (
              <span key={t} class={`tag tag-${t}`}>
                {t}
              </span>
            ))}
        </li>
      ))}
    </ul>
  );
}
