/** The tip of the day (the same all local day), "another tip", the not-medical-advice line and sources. */
import { useState } from 'preact/hooks';
import { tipForDay, type Tip } from '../engine/summary/daily-tip';
import { msg } from './i18n';
import { SourcesLink } from './SourcesLink';

/** `lang`: the language the tips are written in. */
export function DailyTip({ tips, date, lang }: { tips: readonly Tip[]; date: Date; lang: string }) {
  const [offset, setOffset] = useState(0);
  const tip = tipForDay(tips, date, offset);
  if (!tip) return null;
  return (
    <section class="card" data-testid="daily-tip" data-tip={tip.id} aria-labelledby="tip-heading">
      <h2 id="tip-heading">{msg('tipHeading')}</h2>
      <p class="tip-text" lang={lang} aria-live="polite">
        {tip.text}
      </p>
      <div class="row">
        {tips.length > 1 && (
          <button type="button" onClick={() => setOffset(offset + 1)}>
            {msg('tipAnother')}
          </button>
        )}
      </div>
      <p class="small muted">
        {msg('notMedicalAdvice')} <SourcesLink />
      </p>
    </section>
  );
}
