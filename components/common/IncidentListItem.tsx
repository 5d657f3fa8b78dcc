/**
 * One incident in a list: its title (with search matches marked), date, duration, cause and, where
 * the list mixes platforms, the platforms hit. Thinly sourced records carry a visible marker.
 */
import type { Incident, Lang, PlatformId } from '../../lib/incidents/types';
import { platformColorStyle } from '../../lib/platforms';
import { usePageContext } from '../../lib/ui/page-context';
import { durationText } from '../../lib/ui/incident-text';
import { causeLabel, confidenceLabel } from '../../lib/ui/vocab';
import type { Segment } from '../../lib/search/highlight';
import { HighlightedText } from './HighlightedText';
import { IncidentDate } from './IncidentDate';
import { IncidentLink } from './IncidentLink';
import { PlatformBadge } from './PlatformBadge';

export interface IncidentListItemProps {
  incident: Incident;
  /** The title in the UI language split at the search matches; plain title when absent. */
  title?: readonly Segment[];
  /** Why a search matched, when the title does not show it: an excerpt of another field. */
  snippet?: { segments: readonly Segment[]; lang: Lang };
  /** Show the platforms hit (lists of several platforms); the accent is the first otherwise. */
  showPlatforms: boolean;
  /** The platform whose colour the accent takes, when the list is for one platform. */
  accent?: PlatformId;
}

export function IncidentListItem({ incident, title, snippet, showPlatforms, accent }: IncidentListItemProps) {
  const { t, lang } = usePageContext();
  const accentPlatform = accent && incident.platforms.includes(accent) ? accent : incident.platforms[0]!;
  const low = incident.confidence === 'low';
  return (
    <li class={`item${low ? ' is-low' : ''}`} data-incident={incident.id}>
      <IncidentLink id={incident.id} class="item-link" nav>
        <span class="item-accent" style={platformColorStyle(accentPlatform)} aria-hidden="true" />
        <span class="item-title">{title ? <HighlightedText segments={title} /> : t.digitsIn(incident.title[lang])}</span>
        {snippet && (
          <span class="item-snippet" lang={snippet.lang} dir="auto">
            <HighlightedText segments={snippet.segments} />
          </span>
        )}
        <span class="item-meta oc-meta">
          <IncidentDate instant={incident.start} />
          <span class="item-duration">{durationText(t, incident)}</span>
          <span class="item-cause">{causeLabel(t, incident.cause.category)}</span>
        </span>
        {(showPlatforms || low) && (
          <span class="item-tags">
            {showPlatforms && incident.platforms.map((p) => <PlatformBadge key={p} platform={p} />)}
            {low && <span class="badge-low">{confidenceLabel(t, 'low')}</span>}
          </span>
        )}
      </IncidentLink>
    </li>
  );
}
