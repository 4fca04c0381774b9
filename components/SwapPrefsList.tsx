/** The settings page's saved and hidden swaps, with "remove" and "show again". */
import type { Lang } from '../engine/foods/types';
import { describeSwap } from '../engine/summary/swaps';
import type { SwapPrefs } from '../utils/messages';
import type { GutData } from './gut-data';
import { msg, type MessageKey } from './i18n';
import { swapTitle } from './swap-text';

interface ListProps {
  ids: readonly string[];
  data: GutData;
  lang: Lang;
  heading: MessageKey;
  empty: MessageKey;
  action: MessageKey;
  actionLabel: MessageKey;
  testid: string;
  onAction: (swapId: string) => void;
}

function PrefList({ ids, data, lang, heading, empty, action, actionLabel, testid, onAction }: ListProps) {
  const swaps = ids.flatMap((id) => {
    const swap = data.swaps.find((s) => s.id === id);
    const described = swap && describeSwap(swap, data.foodsById);
    return described ? [{ id, title: swapTitle({ ...described, onPage: false, saved: false }, data.foodsById, lang), reason: described.swap.reason }] : [];
  });
  return (
    <>
      <h3>{msg(heading)}</h3>
      {swaps.length === 0 ? (
        <p class="muted">{msg(empty)}</p>
      ) : (
        <ul class="pref-list" data-testid={testid}>
          {swaps.map((swap) => (
            <li key={swap.id} data-swap={swap.id}>
              <span>
                <strong>{swap.title}</strong>
                <br />
                <span class="small muted" lang={data.adviceLang}>
                  {swap.reason}
                </span>
              </span>
              <button type="button" aria-label={msg(actionLabel, swap.title)} onClick={() => onAction(swap.id)}>
                {msg(action)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The two lists, saved and hidden: each undone with "none". */
const LISTS = [
  { pref: 'saved', heading: 'savedSwapsHeading', empty: 'noSavedSwaps', action: 'unsaveSwap', actionLabel: 'unsaveSwapLabel', testid: 'saved-swaps' },
  { pref: 'hidden', heading: 'hiddenSwapsHeading', empty: 'noHiddenSwaps', action: 'unhideSwap', actionLabel: 'unhideSwapLabel', testid: 'hidden-swaps' },
] as const satisfies readonly (Omit<ListProps, 'ids' | 'data' | 'lang' | 'onAction'> & { pref: keyof SwapPrefs })[];

export interface SwapPrefsListProps {
  prefs: SwapPrefs;
  data: GutData;
  lang: Lang;
  setSwapPref: (swapId: string, pref: 'saved' | 'hidden' | 'none') => void;
}

export function SwapPrefsList({ prefs, data, lang, setSwapPref }: SwapPrefsListProps) {
  return (
    <section class="card" id="swaps" aria-labelledby="swap-prefs-heading">
      <h2 id="swap-prefs-heading">{msg('swapsHeading')}</h2>
      {LISTS.map((list) => (
        <PrefList
          key={list.testid}
          {...list}
          ids={prefs[list.pref]}
          data={data}
          lang={lang}
          onAction={(id) => setSwapPref(id, 'none')}
        />
      ))}
    </section>
  );
}
