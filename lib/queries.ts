/**
 * Incident queries over a plain array. The store uses them on the bundled index when IndexedDB
 * cannot be used, and to finish what an index range fetched; views can use them on any list.
 * Every list comes back newest first unless said otherwise.
 */
import { DAY_MS, instantMs } from './format';
import { isInStartOrder } from './incidents/order';
import type { Incident, PlatformId } from './incidents/types';

/** Half a year: a wider "on this day" window would just be "any time". */
export const MAX_WINDOW_DAYS = 182;

/** Newest first; the same start time falls back to the id, so the order never depends on input order. */
export function compareNewestFirst(aMs: number, aId: string, bMs: number, bId: string): number {
  return bMs - aMs || (aId < bId ? 1 : aId > bId ? -1 : 0);
}

/** A sorted copy, newest first (each start parsed once). */
export function newestFirst(incidents: readonly Incident[]): Incident[] {
  // The compiled index is oldest first: one pass confirms it and a reversed copy replaces the sort.
  if (isInStartOrder(incidents)) return [...incidents].reverse();
  return incidents
    .map((incident) => ({ ms: instantMs(incident.start), incident }))
    .sort((a, b) => compareNewestFirst(a.ms, a.incident.id, b.ms, b.incident.id))
    .map((entry) => entry.incident);
}

export function forPlatform(incidents: readonly Incident[], platform: PlatformId): Incident[] {
  return newestFirst(incidents.filter((i) => i.platforms.includes(platform)));
}

export function byId(incidents: readonly Incident[], id: string): Incident | undefined {
  return incidents.find((i) => i.id === id);
}

/** Incidents that started from `fromMs` to `toMs`, both included. */
export function between(incidents: readonly Incident[], fromMs: number, toMs: number): Incident[] {
  checkRange(fromMs, toMs);
  return newestFirst(incidents.filter((i) => {
    const ms = instantMs(i.start);
    return ms >= fromMs && ms <= toMs;
  }));
}

export function checkRange(fromMs: number, toMs: number): void {
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new RangeError('Date range bounds must be numbers');
}

/** The `n` newest incidents. */
export function latest(incidents: readonly Incident[], n: number): Incident[] {
  return newestFirst(incidents).slice(0, checkCount(n));
}

export function checkCount(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Count must be a whole number from 0, got ${n}`);
  return n;
}

export function checkWindow(date: Date, windowDays: number): number {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError('"On this day" needs a valid date');
  if (!Number.isInteger(windowDays) || windowDays < 0) throw new RangeError(`Window must be a whole number of days from 0, got ${windowDays}`);
  return Math.min(windowDays, MAX_WINDOW_DAYS);
}

/** A calendar day as a day number (days since 1970-01-01), for distances between days. */
function dayNumber(year: number, month: number, day: number): number {
  // Feb 29 in a common year counts as Feb 28, the anniversary people keep.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(day, lastDay)) / DAY_MS;
}

/**
 * How many days `date` is from the nearest anniversary of the incident in a later year than the
 * incident itself, or undefined when there is none yet (the incident is from this year or later).
 * The day of `date` is the user's local calendar day; the incident's day is its UTC start date,
 * the date its id and sources carry.
 */
export function anniversaryDistance(incident: Incident, date: Date): number | undefined {
  const start = new Date(instantMs(incident.start));
  const startYear = start.getUTCFullYear();
  // An outage of this calendar year is never "around this day in <this year>", though its first
  // anniversary may be days away (1 January, seen on 30 December).
  if (startYear >= date.getFullYear()) return undefined;
  const today = dayNumber(date.getFullYear(), date.getMonth(), date.getDate());
  let nearest: number | undefined;
  // The nearest anniversary is in the year before, of or after `date` (windows wrap around New Year).
  for (let year = date.getFullYear() - 1; year <= date.getFullYear() + 1; year++) {
    if (year <= startYear) continue;
    const distance = Math.abs(dayNumber(year, start.getUTCMonth(), start.getUTCDate()) - today);
    if (nearest === undefined || distance < nearest) nearest = distance;
  }
  return nearest;
}

/**
 * Incidents of earlier years whose anniversary falls within `windowDays` of `date` (0: the same
 * month and day). Nearest anniversary first, then newest first.
 */
export function onThisDay(incidents: readonly Incident[], date: Date, windowDays: number): Incident[] {
  const window = checkWindow(date, windowDays);
  return incidents
    .map((incident) => ({ incident, distance: anniversaryDistance(incident, date), ms: instantMs(incident.start) }))
    .filter((e): e is typeof e & { distance: number } => e.distance !== undefined && e.distance <= window)
    .sort((a, b) => a.distance - b.distance || compareNewestFirst(a.ms, a.incident.id, b.ms, b.incident.id))
    .map((e) => e.incident);
}

/**
 * The start-time ranges (ms, both ends included) that hold every candidate for onThisDay: the
 * window around `date` in each earlier year back to `earliestMs`, a day wider on each side so a
 * local day against a UTC start never falls outside. The store reads these from its `by-start`
 * index instead of every record, then filters with onThisDay.
 */
export function onThisDayRanges(date: Date, windowDays: number, earliestMs: number): Array<[number, number]> {
  const window = checkWindow(date, windowDays) + 1;
  const ranges: Array<[number, number]> = [];
  if (!Number.isFinite(earliestMs)) return ranges;
  for (let year = date.getFullYear() - 1; ; year--) {
    const from = Date.UTC(year, date.getMonth(), date.getDate() - window);
    const to = Date.UTC(year, date.getMonth(), date.getDate() + window + 1) - 1;
    if (to < earliestMs) break;
    ranges.push([from, to]);
  }
  return ranges;
}
