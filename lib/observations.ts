import type { PlatformId } from './incidents/types';

/** What kind of failure a main-frame load of a covered site ended in. */
export type ErrorClass = 'dns' | 'connection' | 'timeout' | 'tls' | 'server-error' | 'offline';

/**
 * One entry of the user's own log of loads of covered sites (the `observations` store).
 * No full URL and no page content: the host and the class of error only.
 */
export interface Observation {
  /** Auto-increment key, absent before it is stored. */
  id?: number;
  /** ms since the epoch */
  time: number;
  platform: PlatformId;
  host: string;
  /** `ok` marks a successful load that clears an active failure. */
  outcome: ErrorClass | 'ok';
  /** The browser's error string or HTTP status, e.g. "net::ERR_NAME_NOT_RESOLVED" or "503". */
  detail: string;
}

/** Newest first; ties (same millisecond) by the later id first. Reversed arguments give oldest first, in stored order. */
export function compareObservations(a: Observation, b: Observation): number {
  return b.time - a.time || (b.id ?? 0) - (a.id ?? 0);
}
