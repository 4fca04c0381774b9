/** The popup's swaps: those about foods on this page first (by where they appear), else the day's picks. */
import { useMemo, useState } from 'preact/hooks';
import { rankSwaps } from '../engine/summary/swaps';
import type { Lang } from '../engine/foods/types';
import type { PageReport, SwapPrefs } from '../utils/messages';
import type { GutData } from './gut-data';
import { msg } from './i18n';
import { SwapCard } from './SwapCard';
import { swapLine, swapTitle } from './swap-text';

export const SWAPS_SHOWN = 3;

export interface SwapListProps {
  data: GutData;
  report: PageReport | null;
  prefs: SwapPrefs;
  lang: Lang;
  date: Date;
  onShow?: (foodId: string) => void;
  setSwapPref: (swapId: string, pref: 'saved' | 'hidden' | 'none') => Promise<void>;
}

export function SwapList({ data, report, prefs, lang, date, onShow, setSwapPref }: SwapListProps) {
  const [notice, setNotice] = useState('');
  // Rank with the saved set the popup opened with: saving a swap marks it, it does not move it.
  const [rankSaved] = useState(() => new Set(prefs.saved));
  const savedNow = new Set(prefs.saved);
  const lines = report?.kind === 'other' ? [] : report?.lines ?? [];
  const ranked = useMemo(
    () =>
      rankSwaps({
        swaps: data.swaps,
        foods: data.foods,
        pageFoodIds: lines.flatMap((line) => line.foodIds),
        date,
        saved: rankSaved,
        hidden: new Set(prefs.hidden),
        limit: SWAPS_SHOWN,
      }).map((swap) => ({ ...swap, saved: savedNow.has(swap.swap.id) })),
    [data, lines, prefs, date, rankSaved],
  );
  return (
    <section class="card" aria-labelledby="swaps-heading">
      <h2 id="swaps-heading">{msg('swapsHeading')}</h2>
      {ranked.length === 0 ? (
        <p class="muted">{msg('swapsNone')}</p>
      ) : (
        <ul class="swap-list">
          {ranked.map((swap) => (
            <SwapCard
              key={swap.swap.id}
              ranked={swap}
              title={swapTitle(swap, data.foodsById, lang)}
              line={swapLine(swap, lines)}
              reasonLang={data.adviceLang}
              onShowLine={onShow}
              onSave={(saved) => void setSwapPref(swap.swap.id, saved ? 'saved' : 'none')}
              onHide={() => {
                void setSwapPref(swap.swap.id, 'hidden').then(() => setNotice(msg('swapHiddenNotice')));
              }}
            />
          ))}
        </ul>
      )}
      <p class="sr-status" role="status">
        {notice}
      </p>
    </section>
  );
}
