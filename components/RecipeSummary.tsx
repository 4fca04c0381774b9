/** A recipe's gut summary: fiber per serving, distinct plants, the cooked-cultures note, its foods. */
import type { PageFood, PageReport } from '../utils/messages';
import { FoodList } from './FoodList';
import { formatNumber, msg } from './i18n';

export interface RecipeSummaryProps {
  report: PageReport;
  nameOf: (food: PageFood) => string;
  onShow?: (foodId: string) => void;
}

export function RecipeSummary({ report, nameOf, onShow }: RecipeSummaryProps) {
  const { fiber, plants } = report;
  const grams = fiber ? formatNumber(Math.round(fiber.perServingG)) : '';
  return (
    <>
      {report.title && <p class="page-title">{report.title}</p>}
      {(fiber || plants) && (
        <ul class="stats">
          {fiber && (
            <li data-testid="fiber-per-serving">
              <strong>{msg(fiber.approximate ? 'fiberPerServingAbout' : 'fiberPerServing', grams)}</strong>
              <span class="muted"> · {msg('fiberDayShare', Math.round(fiber.dayShare * 100))}</span>
            </li>
          )}
          {plants && <li data-testid="plant-count">{msg('plantCount', formatNumber(plants.count, 2))}</li>}
        </ul>
      )}
      {report.cookedLiveCultures && (
        <p class="note" data-testid="cooked-cultures">
          {msg('cookedLiveCultures')}
        </p>
      )}
      <h3>{msg('recipeFoods')}</h3>
      <FoodList foods={report.foods} nameOf={nameOf} onShow={onShow} />
    </>
  );
}
