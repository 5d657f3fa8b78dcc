/**
 * The popup's view logic as plain functions: which platform it opens on, what the list shows for a
 * selection, and how arrow keys move through a list. The components only wire these to the DOM.
 */
import { incidentYear } from '../chart';
import { decodeHashValue } from '../incident-route';
import type { Incident, PlatformId } from '../incidents/types';
import { isPlatformId, platformForUrl } from '../platforms';
import { newestFirst } from '../queries';

/** A platform, or every platform at once. */
export type Selection = PlatformId | 'all';

export interface HashState {
  platform?: PlatformId;
  /** A search to open on (`popup.html#q=…`; the omnibox opens full-page results at incident.html#q= instead). */
  query?: string;
}


/** Reads `#platform=<id>` and `#q=<query>`; unknown platforms and empty queries are ignored. */
export function parseHash(hash: string): HashState {
  const params = new Map(
    hash
      .replace(/^#/, '')
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        return eq < 0 ? [decodeHashValue(pair), ''] : [decodeHashValue(pair.slice(0, eq)), decodeHashValue(pair.slice(eq + 1))];
      }),
  );
  const state: HashState = {};
  const platform = params.get('platform') ?? null;
  if (isPlatformId(platform)) state.platform = platform;
  const query = params.get('q')?.trim();
  if (query) state.query = query.slice(0, 200);
  return state;
}

/** The platform the popup opens on: the hash's, else the current tab's when it is one of ours, else all. */
export function initialSelection(hash: HashState, tabUrl: string | undefined): Selection {
  if (hash.platform) return hash.platform;
  return (tabUrl && platformForUrl(tabUrl)?.id) || 'all';
}

/** The incidents of a selection (optionally of one year), newest first. */
export function selectIncidents(incidents: readonly Incident[], selection: Selection, year?: number): Incident[] {
  return newestFirst(incidents.filter((i) => (selection === 'all' || i.platforms.includes(selection)) && (year === undefined || incidentYear(i) === year)));
}

/** The years that have incidents, newest first (the year filter's options). */
export function incidentYears(incidents: readonly Incident[]): number[] {
  return [...new Set(incidents.map(incidentYear))].filter(Number.isFinite).sort((a, b) => b - a);
}

/** Where focus goes in a list of `count` items for a navigation key; undefined for other keys. */
export function moveIndex(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowUp':
      return Math.max(-1, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
