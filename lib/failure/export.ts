/**
 * The user's log of loads as files they can keep: JSON (the stored shape) and CSV (RFC 4180, with a BOM so
 * spreadsheets read it as UTF-8). Column names are stable identifiers, not UI text. Oldest first, as a log reads.
 */
import { csvField } from '../export/csv';
import { localDay } from '../format';
import { compareObservations, type Observation } from '../observations';

const oldestFirst = (list: readonly Observation[]) => [...list].sort((a, b) => compareObservations(b, a));

export function observationsToJson(observations: readonly Observation[]): string {
  const rows = oldestFirst(observations).map(({ time, platform, host, outcome, detail }) => ({ time: new Date(time).toISOString(), platform, host, outcome, detail }));
  return JSON.stringify({ observations: rows }, null, 2) + '\n';
}

export function observationsToCsv(observations: readonly Observation[]): string {
  const header = ['time_utc', 'platform', 'host', 'outcome', 'detail'];
  const rows = oldestFirst(observations).map((o) => [new Date(o.time).toISOString(), o.platform, o.host, o.outcome, o.detail]);
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** "outage-context-log-2024-03-05" (local date), for the downloaded file's name. */
export function exportFileName(now: number, extension: 'json' | 'csv'): string {
  return `outage-context-log-${localDay(now)}.${extension}`;
}
