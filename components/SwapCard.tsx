/** One swap: what to use instead, why, what it gains, where it is on the page; save or hide it. */
import type { RankedSwap } from '../engine/summary/swaps';
import type { PageLine } from '../utils/messages';
import { formatNumber, msg } from './i18n';
import { gutTags, TagChip } from './TagChip';

export interface SwapCardProps {
  ranked: RankedSwap;
  title: string;
  line?: PageLine;
  onShowLine?: (foodId: string) => void;
  onSave: (saved: boolean) => void;
  onHide: () => void;
  /** The language the swap's reason is written in. */
  reasonLang: string;
}

export function SwapCard({ ranked, title, line, onShowLine, onSave, onHide, reasonLang }: SwapCardProps) {
  const gained = gutTags(ranked.tagsGained);
  return (
    <li class="swap" data-testid="swap" data-swap={ranked.swap.id} data-on-page={String(ranked.onPage)}>
      <p class="swap-title">{title}</p>
      {line ? (
        <p class="swap-where">
          {onShowLine ? (
            <button type="button" class="link-button" onClick={() => onShowLine(ranked.fromId)}>
              {msg('swapOnPage', line.text)}
            </button>
          ) : (
            msg('swapOnPage', line.text)
          )}
        </p>
      ) : (
        <p class="swap-where muted">{msg('swapForToday')}</p>
      )}
      <p class="swap-reason" lang={reasonLang}>
        {ranked.swap.reason}
      </p>
      <div class="swap-foot">
        <span class="tags">
          {gained.map((tag) => (
            <TagChip key={tag} tag={tag} prefix="+ " />
          ))}
          {ranked.fiberDelta >= 0.5 && <span class="gain">{msg('swapGainFiber', formatNumber(ranked.fiberDelta))}</span>}
        </span>
        <span class="swap-actions">
          <button
            type="button"
            aria-pressed={ranked.saved}
            aria-label={msg('swapSaveLabel', title)}
            onClick={() => onSave(!ranked.saved)}
          >
            {ranked.saved ? `★ ${msg('swapSaved')}` : `☆ ${msg('swapSave')}`}
          </button>
          <button type="button" aria-label={msg('swapHideLabel', title)} onClick={onHide}>
            {msg('swapHide')}
          </button>
        </span>
      </div>
    </li>
  );
}
