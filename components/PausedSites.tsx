/** The settings page's list of paused sites, each with "resume". */
import { msg } from './i18n';
import { setSitePaused } from './PauseControls';

export function PausedSites({ sites }: { sites: readonly string[] }) {
  return (
    <>
      <h3>{msg('pausedSitesHeading')}</h3>
      {sites.length === 0 ? (
        <p class="muted">{msg('noPausedSites')}</p>
      ) : (
        <ul class="pref-list" data-testid="paused-sites">
          {sites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button
                type="button"
                onClick={() => setSitePaused(host, false).catch((error: unknown) => console.error('[gut-lens:settings]', error))}
              >
                {msg('resumeSite', host)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
