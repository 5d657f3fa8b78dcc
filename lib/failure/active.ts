/**
 * Which platforms are failing now, derived from the user's log alone, so the background (after the
 * worker was stopped and restarted) and the popup (reading the database directly) always agree.
 * A platform is failing while its latest observation is a failure younger than ACTIVE_FOR_MS (the offline
 * state also ends with a successful load of any platform): a failure
 * nobody has retried for that long is no longer news, and the badge should not stay red for days.
 */
import type { PlatformId } from '../incidents/types';
import { ACTIVE_FOR_MS, compareObservations, type ErrorClass, type Observation } from '../observations';

export interface ActiveFailure {
  platform: PlatformId;
  /** The latest failed load: its class, host and detail are what the alert shows. */
  latest: Observation & { outcome: ErrorClass };
  /** When the current run of failures began (the first failure after the last successful load). */
  since: number;
}

/** Observations oldest first; equal times in the order they were stored (by id). */
function chronological(observations: readonly Observation[]): Observation[] {
  return [...observations].sort((a, b) => compareObservations(b, a));
}

/** The latest observation per platform. */
export function latestPerPlatform(observations: readonly Observation[]): Map<PlatformId, Observation> {
  const latest = new Map<PlatformId, Observation>();
  for (const o of chronological(observations)) latest.set(o.platform, o);
  return latest;
}

/** The failing platforms, most recent failure first. (`abs`: a clock set back must not pin an alert for hours.) */
export function activeFailures(observations: readonly Observation[], now: number): ActiveFailure[] {
  const runs = new Map<PlatformId, ActiveFailure>();
  for (const o of chronological(observations)) {
    if (o.outcome === 'ok') {
      runs.delete(o.platform);
      // Any site loading again means the device is back online.
      for (const [platform, run] of runs) if (run.latest.outcome === 'offline') runs.delete(platform);
      continue;
    }
    const run = runs.get(o.platform);
    runs.set(o.platform, { platform: o.platform, latest: o as ActiveFailure['latest'], since: run?.since ?? o.time });
  }
  return [...runs.values()].filter((f) => Math.abs(now - f.latest.time) < ACTIVE_FOR_MS).sort((a, b) => b.latest.time - a.latest.time);
}
