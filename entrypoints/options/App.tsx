/** The settings page: pause and legend controls, paused sites, saved and hidden swaps, sources, privacy. */
import { useEffect, useState } from 'preact/hooks';
import { GUT_DATA, loadGutData, type GutData } from '../../components/gut-data';
import { msg, uiLang } from '../../components/i18n';
import { PauseControls, useSettings } from '../../components/PauseControls';
import { PausedSites } from '../../components/PausedSites';
import { SourcesList } from '../../components/SourcesList';
import { SwapPrefsList } from '../../components/SwapPrefsList';
import { sendMessage, type SwapPrefs } from '../../utils/messages';

function logError(error: unknown) {
  console.error('[gut-lens:options]', error);
}

export function App() {
  const settings = useSettings();
  const [prefs, setPrefs] = useState<SwapPrefs>();
  const [data, setData] = useState<GutData>();
  const lang = uiLang();

  useEffect(() => {
    sendMessage('getSwapPrefs', {}).then(setPrefs, logError);
    // The swaps' reasons in the UI language; English is shown if that chunk fails to load.
    loadGutData(lang).then(setData, (error: unknown) => {
      logError(error);
      setData(GUT_DATA);
    });
  }, [lang]);

  // The page is rendered after load, so the browser's own jump to `#sources` finds nothing.
  const ready = settings !== undefined;
  useEffect(() => {
    if (!ready || !location.hash) return;
    const target = document.getElementById(location.hash.slice(1));
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [ready]);

  const setSwapPref = (swapId: string, pref: 'saved' | 'hidden' | 'none') => {
    sendMessage('setSwapPref', { swapId, pref }).then((next) => next && setPrefs(next), logError);
  };

  return (
    <main class="options">
      <h1>{msg('optionsTitle')}</h1>
      <section class="card" id="controls" aria-labelledby="controls-heading">
        <h2 id="controls-heading">{msg('controlsHeading')}</h2>
        <PauseControls />
        {settings && <PausedSites sites={settings.sites} />}
      </section>
      {prefs && data && <SwapPrefsList prefs={prefs} data={data} lang={lang} setSwapPref={setSwapPref} />}
      <SourcesList data={GUT_DATA} />
      <section class="card" id="privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{msg('aboutHeading')}</h2>
        <p>{msg('aboutPrivacy')}</p>
        <p class="muted">{msg('notMedicalAdvice')}</p>
      </section>
    </main>
  );
}
