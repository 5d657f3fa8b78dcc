/**
 * The popup's view logic as plain functions: which platform it opens on, what the list shows for a
 * selection, and how arrow keys move through a list. The components only wire these to the DOM.
 */
import { incidentYear } from '../chart';
import { instantMs } from '../format';
import { PLATFORM_IDS, type Incident, type PlatformId } from '../incidents/types';
import { platformForUrl } from '../platforms';

/** A platform, or every platform at once. */
export type Selection = PlatformId | 'all';

export interface HashState {
  platform?: PlatformId;
  /** A search to open on (`popup.html#q=…`, e.g. from the omnibox). */
  query?: string;
}

const isPlatformId = (value: string | null): value is PlatformId => PLATFORM_IDS.includes(value as PlatformId);

/** Reads `#platform=<id>` and `#q=<query>`; anything unknown or malformed is ignored. */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = {};
  const platform = params.get('platform');
  if (isPlatformId(platform)) state.platform = platform;
  const query = params.get('q')?.trim();
  if (query) state.query = query.slice(0, 200);
  return state;
}

/** The hash an extension page uses to open the popup page on a platform or a search. */
export function popupHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.platform) params.set('platform', state.platform);
  if (state.query) params.set('q', state.query);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The platform the popup opens on: the hash's, else the current tab's when it is one of ours, else all. */
export function initialSelection(hash: HashState, tabUrl: string | undefined): Selection {
  if (hash.platform) return hash.platform;
  return (tabUrl && platformForUrl(tabUrl)?.id) || 'all';
}

export const newestFirst = (a: Incident, b: Incident): number => instantMs(b.start) - instantMs(a.start) || a.id.localeCompare(b.id);

/** The incidents of a selection (optionally of one year), newest first. */
export function selectIncidents(incidents: readonly Incident[], selection: Selection, year?: number): Incident[] {
  return incidents
    .filter((i) => (selection === 'all' || i.platforms.includes(selection)) && (year === undefined || incidentYear(i) === year))
    .sort(newestFirst);
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
