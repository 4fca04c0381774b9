/** The week's plant diversity toward the 30-plants goal. */
import type { WeekPlants as Week } from '../utils/messages';
import { formatNumber, msg } from './i18n';

export function WeekPlants({ week }: { week: Week }) {
  const count = formatNumber(week.count, 2);
  return (
    <section class="card" data-testid="week-plants" aria-labelledby="plants-heading">
      <h2 id="plants-heading">{msg('weekPlantsHeading')}</h2>
      <p>
        <strong>{msg('weekPlantsCount', count, formatNumber(week.goal))}</strong>
      </p>
      <progress class="plants-bar" max={week.goal} value={Math.min(week.count, week.goal)} aria-labelledby="plants-heading" />
      <p class="small muted">{msg('weekPlantsHint')}</p>
    </section>
  );
}
