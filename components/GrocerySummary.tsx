/** A grocery page's gut-friendly products, grouped by gut tag. */
import type { GutTag } from '../engine/foods/types';
import type { PageLine, PageReport } from '../utils/messages';
import { formatNumber, msg } from './i18n';
import { TagChip, gutTags } from './TagChip';

const GROUP_ORDER: readonly GutTag[] = ['fiber', 'prebiotic', 'probiotic'];
/** Products shown before the rest of a group folds into "N more". */
const SHOWN = 5;

export interface ProductGroup {
  tag: GutTag;
  products: { line: PageLine; foodId: string }[];
}

/** Each product under every gut tag one of its foods carries, in page order. */
export function groupProducts(report: PageReport): ProductGroup[] {
  const tagsOf = new Map(report.foods.map((food) => [food.id, gutTags(food.tags)] as const));
  return GROUP_ORDER.map((tag) => ({
    tag,
    products: report.lines.flatMap((line) => {
      const foodId = line.foodIds.find((id) => tagsOf.get(id)?.includes(tag));
      return foodId ? [{ line, foodId }] : [];
    }),
  })).filter((group) => group.products.length > 0);
}

function Product({ line, foodId, onShow }: { line: PageLine; foodId: string; onShow?: (foodId: string) => void }) {
  return (
    <li data-testid="page-product" data-food={foodId}>
      {onShow ? (
        <button type="button" class="product-button" onClick={() => onShow(foodId)}>
          {line.text}
        </button>
      ) : (
        line.text
      )}
    </li>
  );
}

export function GrocerySummary({ report, onShow }: { report: PageReport; onShow?: (foodId: string) => void }) {
  const groups = groupProducts(report);
  const count = new Set(groups.flatMap((group) => group.products.map((p) => p.line))).size;
  if (groups.length === 0) return <p class="muted">{msg('noGroceryFoods')}</p>;
  return (
    <>
      <p class="stats-line">{msg('groceryProducts', formatNumber(count))}</p>
      {groups.map((group) => (
        <section key={group.tag} class="product-group" aria-labelledby={`group-${group.tag}`}>
          <h3 id={`group-${group.tag}`}>
            <TagChip tag={group.tag} /> <span class="muted">{formatNumber(group.products.length)}</span>
          </h3>
          <ul class="product-list">
            {group.products.slice(0, SHOWN).map((p, i) => (
              <Product key={i} line={p.line} foodId={p.foodId} onShow={onShow} />
            ))}
          </ul>
          {group.products.length > SHOWN && (
            <details>
              <summary>{msg('showMore', formatNumber(group.products.length - SHOWN))}</summary>
              <ul class="product-list">
                {group.products.slice(SHOWN).map((p, i) => (
                  <Product key={i} line={p.line} foodId={p.foodId} onShow={onShow} />
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
    </>
  );
}
