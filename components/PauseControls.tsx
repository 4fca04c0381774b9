/**
 * Pause on this site / everywhere and show or hide the legend. The settings are WXT storage items
 * the content script watches, so a change applies to open pages at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { legendShown, pausedEverywhere, pausedSites } from '../utils/settings';
import { msg } from './i18n';

interface Settings {
  sites: string[];
  everywhere: boolean;
  legend: boolean;
}

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    Promise.all([pausedSites.getValue(), pausedEverywhere.getValue(), legendShown.getValue()])
      .then(([sites, everywhere, legend]) => live && setSettings({ sites, everywhere, legend }))
      .catch((error: unknown) => console.error('[gut-lens:settings]', error));
    const unwatch = [
      pausedSites.watch((sites) => setSettings((s) => s && { ...s, sites })),
      pausedEverywhere.watch((everywhere) => setSettings((s) => s && { ...s, everywhere })),
      legendShown.watch((legend) => setSettings((s) => s && { ...s, legend })),
    ];
    return () => {
      live = false;
      unwatch.forEach((stop) => stop());
    };
  }, []);
  return settings;
}

export async function setSitePaused(host: string, paused: boolean): Promise<void> {
  const sites = await pausedSites.getValue();
  const next = paused ? [...new Set([...sites, host])] : sites.filter((site) => site !== host);
  await pausedSites.setValue(next);
}

function Toggle({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="toggle" for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** `host` is the current tab's site, when the popup knows it. */
export function PauseControls({ host }: { host?: string }) {
  const settings = useSettings();
  if (!settings) return null;
  const report = (error: unknown) => console.error('[gut-lens:settings]', error);
  return (
    <fieldset class="controls" data-testid="pause-controls">
      <legend>{msg('controlsHeading')}</legend>
      {host && (
        <Toggle
          id="pause-site"
          label={msg('pauseSite', host)}
          checked={settings.sites.includes(host)}
          onChange={(on) => setSitePaused(host, on).catch(report)}
        />
      )}
      <Toggle
        id="pause-everywhere"
        label={msg('pauseEverywhere')}
        checked={settings.everywhere}
        onChange={(on) => pausedEverywhere.setValue(on).catch(report)}
      />
      <Toggle
        id="show-legend"
        label={msg('legendSetting')}
        checked={settings.legend}
        onChange={(on) => legendShown.setValue(on).catch(report)}
      />
    </fieldset>
  );
}
