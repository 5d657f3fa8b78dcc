/** Short texts about an incident that several views print the same way. */
import { durationMinutes, formatDuration } from '../format';
import type { Translator } from '../i18n';
import type { Incident } from '../incidents/types';

/** "about 6 hours" as the sources qualify it, else from start and end, else "duration unknown". */
export function durationText(t: Translator, incident: Incident): string {
  if (incident.duration) return formatDuration(t, incident.duration);
  const minutes = durationMinutes(incident);
  return minutes === undefined ? t.t('vocab_duration_unknown') : formatDuration(t, minutes);
}

const yearFormats = new Map<string, Intl.NumberFormat>();

/** A year in the UI's digits without a thousands separator ("2021", "٢٠٢١"); one formatter per locale. */
export function formatYear(t: Translator, year: number): string {
  let format = yearFormats.get(t.locale);
  if (!format) yearFormats.set(t.locale, (format = new Intl.NumberFormat(t.locale, { useGrouping: false })));
  return format.format(year);
}
