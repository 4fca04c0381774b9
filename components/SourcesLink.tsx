/** A link to the Sources section of the settings page, opened in a tab. */
import { browser } from 'wxt/browser';
import { msg } from './i18n';

export function optionsUrl(hash = ''): string {
  try {
    return browser.runtime.getURL('/options.html') + hash;
  } catch {
    return `/options.html${hash}`;
  }
}

export function SourcesLink({ label = msg('sources'), hash = '#sources' }: { label?: string; hash?: string }) {
  const href = optionsUrl(hash);
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      onClick={(event) => {
        event.preventDefault();
        browser.tabs
          .create({ url: href })
          .then(() => window.close())
          .catch((error: unknown) => console.error('[gut-lens:popup:options]', error));
      }}
    >
      {label}
    </a>
  );
}
