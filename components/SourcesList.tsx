/** The published sources behind tips, swaps and food tags (the settings page's "Sources"). */
import type { GutData } from './gut-data';
import { msg } from './i18n';

export function SourcesList({ data }: { data: GutData }) {
  return (
    <section class="card" id="sources" aria-labelledby="sources-heading" tabIndex={-1}>
      <h2 id="sources-heading">{msg('sources')}</h2>
      <p>{msg('sourcesIntro')}</p>
      <h3>{msg('adviceSourcesHeading')}</h3>
      <ol class="sources" lang="en">
        {data.adviceSources.map((source) => (
          <li key={source.key} id={`source-${source.key}`}>
            {source.authors} ({source.year}). <cite>{source.title}</cite>. {source.published}.{' '}
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.url}
            </a>
          </li>
        ))}
      </ol>
      <h3>{msg('foodSourcesHeading')}</h3>
      <ol class="sources" lang="en">
        {data.foodSources.map((source) => (
          <li key={source.key} id={`food-source-${source.key}`}>
            {source.citation}{' '}
            {source.url && (
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {source.url}
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
