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

/**
 * How long an entry speaks for a platform: a failure this young is "failing now" (see failure/active),
 * and successful loads older than this are the first dropped when the log is full. (The "just you or
 * everyone?" judgement reads a shorter span: failure/judge RECENT_MS.)
 */
export const ACTIVE_FOR_MS = 2 * 60 * 60_000;

/**
 * The entries to drop to bring `log` down to `max`: first the samples of successful loads from before
 * ACTIVE_FOR_MS ahead of the newest entry (they no longer speak for anything, and failures are what
 * the log is for), then the oldest entries.
 */
export function overCap(log: readonly Observation[], max: number): Observation[] {
  const excess = log.length - max;
  if (excess <= 0) return [];
  const oldestFirst = [...log].sort((a, b) => compareObservations(b, a));
  const newest = oldestFirst.at(-1)!.time;
  const stale = oldestFirst.filter((o) => o.outcome === 'ok' && o.time < newest - ACTIVE_FOR_MS).slice(0, excess);
  const dropped = new Set(stale);
  return [...stale, ...oldestFirst.filter((o) => !dropped.has(o)).slice(0, excess - stale.length)];
}
