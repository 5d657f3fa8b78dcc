/** Figures for one platform's outage history, computed from its incidents (any order). */
import { durationMinutes, instantMs } from './format';
import type { Incident } from './incidents/types';
import { compareNewestFirst } from './queries';

export interface PlatformStats {
  count: number;
  /** Sum of the known durations (stated, else from start and end); incidents without one add nothing. */
  totalMinutes: number;
  /** Median of the known durations, rounded to whole minutes; undefined when none is known. */
  medianMinutes?: number;
  /** The incident with the longest known duration (the more recent one on a tie). */
  longest?: Incident;
  /** The incident that started last. */
  last?: Incident;
  /** Outages per UTC start year, oldest year first, every year from the first to the last (0 where none). */
  perYear: Array<{ year: number; count: number }>;
}

export function platformStats(incidents: readonly Incident[]): PlatformStats {
  const dated = incidents.map((incident) => ({ incident, ms: instantMs(incident.start), minutes: durationMinutes(incident) }));
  // Newest first, so "the first found" is "the most recent" in every choice below.
  dated.sort((a, b) => compareNewestFirst(a.ms, a.incident.id, b.ms, b.incident.id));

  const known = dated.filter((d): d is typeof d & { minutes: number } => d.minutes !== undefined);
  const totalMinutes = known.reduce((sum, d) => sum + d.minutes, 0);
  const longest = known.reduce<(typeof known)[number] | undefined>((best, d) => (!best || d.minutes > best.minutes ? d : best), undefined);

  const perYear = new Map<number, number>();
  for (const { ms } of dated) {
    const year = new Date(ms).getUTCFullYear();
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const years = [...perYear.keys()];
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);

  return {
    count: incidents.length,
    totalMinutes,
    medianMinutes: median(known.map((d) => d.minutes)),
    longest: longest?.incident,
    last: dated[0]?.incident,
    perYear: years.length ? Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ year: firstYear + i, count: perYear.get(firstYear + i) ?? 0 })) : [],
  };
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
