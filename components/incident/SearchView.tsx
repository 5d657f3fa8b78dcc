/**
 * The full-page list: search results for free text (the omnibox's Enter, the page's search box) with
 * the matches marked, or every incident newest first when there is no query.
 */
import type { Incident } from '../../lib/incidents/types';
import { platformColorStyle } from '../../lib/platforms';
import { newestFirst } from '../../lib/queries';
import { durationText } from '../../lib/ui/incident-text';
import { usePageContext } from '../../lib/ui/page-context';
import { resultEntries, type PopupSearch, type ResultEntry } from '../../lib/ui/search-view';
import { causeLabel, confidenceLabel } from '../../lib/ui/vocab';
import { HighlightedText } from '../common/HighlightedText';
import { IncidentDate } from '../common/IncidentDate';
import { PlatformBadge } from '../common/PlatformBadge';
import { Isolated } from '../common/Isolated';

/** How many results a query lists; the whole index is far smaller today. */
const RESULT_LIMIT = 200;

function ResultItem({ entry }: { entry: ResultEntry }) {
  const { t } = usePageContext();
  const { incident } = entry;
  const low = incident.confidence === 'low';
  return (
    <li class={`item ip-result${low ? ' is-low' : ''}`} data-incident={incident.id}>
      <a class="item-link" href={`#${encodeURIComponent(incident.id)}`}>
        <span class="item-accent" style={platformColorStyle(incident.platforms[0]!)} aria-hidden="true" />
        <span class="item-title">
          <HighlightedText segments={entry.title} />
        </span>
        <span class="item-meta oc-meta">
          <IncidentDate instant={incident.start} />
          <span>{durationText(t, incident)}</span>
          <span>{causeLabel(t, incident.cause.category)}</span>
        </span>
        {entry.snippet ? (
          <span class="item-snippet" lang={entry.snippet.lang} dir="auto">
            <HighlightedText segments={entry.snippet.segments} />
          </span>
        ) : (
          <span class="item-snippet ip-result-summary">
            <HighlightedText segments={entry.summary} />
          </span>
        )}
        <span class="item-tags">
          {incident.platforms.map((p) => (
            <PlatformBadge key={p} platform={p} />
          ))}
          {low && <span class="badge-low">{confidenceLabel(t, 'low')}</span>}
        </span>
      </a>
    </li>
  );
}

export interface SearchViewProps {
  query: string;
  incidents: readonly Incident[];
  /** The search engine once loaded (its own chunk); undefined while it loads. */
  search: PopupSearch | undefined;
  /** The results follow the typing (SearchOptions.live). */
  live?: boolean;
}

export function SearchView({ query, incidents, search, live = false }: SearchViewProps) {
  const { t, lang } = usePageContext();
  const entries: ResultEntry[] | undefined = query
    ? search && resultEntries(search.search(query, { limit: RESULT_LIMIT, live }), t, search.highlightSegments)
    : newestFirst(incidents).map((incident) => ({
        incident,
        title: [{ text: t.digitsIn(incident.title[lang]), match: false }],
        summary: [{ text: t.digitsIn(incident.summary[lang]), match: false }],
      }));
  return (
    <section class="ip-list" aria-labelledby="ip-title">
      <h1 id="ip-title" tabIndex={-1}>
        {query ? <Isolated t={t} messageKey="incident_results_heading" name="query" value={query} /> : t.t('incident_latest_heading')}
      </h1>
      {entries === undefined ? (
        <p class="ip-note">{t.t('incident_searching')}</p>
      ) : (
        <>
          <p class="ip-count" aria-live="polite">
            {query ? t.plural('incident_results_count', entries.length) : t.plural('incident_latest_count', entries.length)}
          </p>
          {entries.length > 0 ? (
            <ol class="ip-results">
              {entries.map((entry) => (
                <ResultItem key={entry.incident.id} entry={entry} />
              ))}
            </ol>
          ) : (
            <p class="ip-empty">{t.t('incident_results_hint')}</p>
          )}
        </>
      )}
    </section>
  );
}
