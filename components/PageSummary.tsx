/**
 * "This page": the kind of page and its gut summary. Marks `gut-lens:popup-rendered` once the
 * summary (not the loading state) is on screen, for cli/bench-popup.ts.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { PageFood, PageReport } from '../utils/messages';
import { EmptyState } from './EmptyState';
import { GrocerySummary } from './GrocerySummary';
import { RecipeSummary } from './RecipeSummary';
import { msg, type MessageKey } from './i18n';

export const RENDERED_MARK = 'gut-lens:popup-rendered';

const KIND_LABEL: Record<PageReport['kind'], MessageKey> = {
  recipe: 'kindRecipe',
  grocery: 'kindGrocery',
  other: 'kindOther',
};

export interface PageSummaryProps {
  /** undefined while loading; null when the tab reported nothing. */
  report: PageReport | null | undefined;
  nameOf: (food: PageFood) => string;
  onShow?: (foodId: string) => void;
}

export function PageSummary({ report, nameOf, onShow }: PageSummaryProps) {
  const loading = report === undefined;
  useLayoutEffect(() => {
    if (!loading && performance.getEntriesByName(RENDERED_MARK).length === 0) performance.mark(RENDERED_MARK);
  }, [loading]);

  if (loading) {
    return (
      <section class="card" aria-busy="true" aria-labelledby="page-heading">
        <h2 id="page-heading">{msg('thisPage')}</h2>
        <p class="muted">{msg('popupLoading')}</p>
      </section>
    );
  }
  const kind = report?.kind ?? 'none';
  return (
    <section class="card" data-testid="page-summary" data-kind={kind} aria-labelledby="page-heading">
      <h2 id="page-heading">
        {msg('thisPage')}
        {report && <span class={`kind kind-${kind}`}>{msg(KIND_LABEL[report.kind])}</span>}
      </h2>
      {report?.kind === 'recipe' ? (
        <RecipeSummary report={report} nameOf={nameOf} onShow={onShow} />
      ) : report?.kind === 'grocery' ? (
        <GrocerySummary report={report} onShow={onShow} />
      ) : (
        <EmptyState />
      )}
    </section>
  );
}
