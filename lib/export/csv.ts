/**
 * The whole index as CSV (RFC 4180): CRLF records, every field quoted when it holds a comma, a quote
 * or a line break, and a UTF-8 byte order mark so Excel opens the Arabic columns as UTF-8.
 * Column names are stable identifiers (like the JSON field names), not UI text.
 */
import type { Incident } from '../incidents/types';

const BOM = '\uFEFF';

const COLUMNS: readonly [string, (i: Incident) => string][] = [
  ['id', (i) => i.id],
  ['platforms', (i) => i.platforms.join(' ')],
  ['start_utc', (i) => i.start.utc],
  ['start_precision', (i) => i.start.precision],
  ['end_utc', (i) => i.end?.utc ?? ''],
  ['end_precision', (i) => i.end?.precision ?? ''],
  ['duration_minutes', (i) => (i.duration ? String(i.duration.minutes) : '')],
  ['duration_qualifier', (i) => i.duration?.qualifier ?? ''],
  ['scope', (i) => i.scope],
  ['regions', (i) => i.regions.join(' ')],
  ['cause_category', (i) => i.cause.category],
  ['cause_stated_en', (i) => i.cause.stated?.en ?? ''],
  ['cause_stated_ar', (i) => i.cause.stated?.ar ?? ''],
  ['symptoms', (i) => i.symptoms.join(' ')],
  ['confidence', (i) => i.confidence],
  ['title_en', (i) => i.title.en],
  ['title_ar', (i) => i.title.ar],
  ['summary_en', (i) => i.summary.en],
  ['summary_ar', (i) => i.summary.ar],
  // One line per source: "publisher | published | title | url".
  ['sources', (i) => i.sources.map((s) => [s.publisher, s.published ?? '', s.title, s.url ?? ''].join(' | ')).join('\n')],
  ['disagreements_en', (i) => (i.disagreements ?? []).map((d) => `${d.field}: ${d.en}`).join('\n')],
  ['disagreements_ar', (i) => (i.disagreements ?? []).map((d) => `${d.field}: ${d.ar}`).join('\n')],
];

/** One CSV field: quoted (with doubled quotes) only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function incidentsToCsv(incidents: readonly Incident[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...incidents.map((i) => COLUMNS.map(([, get]) => get(i)))];
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
