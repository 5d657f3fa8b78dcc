/** The user's log as the log view shows it: per local day (newest first), per platform, newest entry first. */
import type { PlatformId } from '../incidents/types';
import { compareObservations, type Observation } from '../observations';
import { localDay } from '../format';

export interface LogPlatformGroup {
  platform: PlatformId;
  entries: Observation[];
  failures: number;
}

export interface LogDay {
  /** YYYY-MM-DD in the user's time zone. */
  day: string;
  /** A time on that day, for formatting its date. */
  time: number;
  platforms: LogPlatformGroup[];
  failures: number;
}

export function groupLog(observations: readonly Observation[]): LogDay[] {
  const sorted = [...observations].sort(compareObservations);
  const days = new Map<string, LogDay>();
  for (const o of sorted) {
    const key = localDay(o.time);
    let day = days.get(key);
    if (!day) days.set(key, (day = { day: key, time: o.time, platforms: [], failures: 0 }));
    let group = day.platforms.find((g) => g.platform === o.platform);
    if (!group) day.platforms.push((group = { platform: o.platform, entries: [], failures: 0 }));
    group.entries.push(o);
    if (o.outcome !== 'ok') {
      group.failures++;
      day.failures++;
    }
  }
  return [...days.values()];
}
