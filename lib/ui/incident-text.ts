/** Short texts about an incident that several views print the same way. */
import { durationMinutes, formatDuration, type GrammaticalCase } from '../format';
import type { Translator } from '../i18n';
import type { Incident } from '../incidents/types';

export interface DurationTextOptions {
  /**
   * Where the text stands, which decides how an unknown duration reads: as a label of its own, beside the
   * date in a list ("Duration unknown", the default); inside a sentence ("(Jul 1, 2023, duration unknown)");
   * or after a heading that already says it is the duration ("How long: Unknown", not "How long: Duration unknown").
   */
  place?: 'label' | 'sentence' | 'heading';
  /** The case the sentence around puts a known duration in (see formatDuration): genitive after "لمدة". */
  grammaticalCase?: GrammaticalCase;
}

const UNKNOWN_KEY = { label: 'vocab_duration_unknown', sentence: 'vocab_duration_unknown_in_sentence', heading: 'vocab_duration_unknown_after_heading' } as const;

/** "about 6 hours" as the sources qualify it, else from start and end, else "duration unknown" as `place` needs it. */
export function durationText(t: Translator, incident: Incident, { place = 'label', grammaticalCase }: DurationTextOptions = {}): string {
  if (incident.duration) return formatDuration(t, incident.duration, grammaticalCase);
  const minutes = durationMinutes(incident);
  return minutes === undefined ? t.t(UNKNOWN_KEY[place]) : formatDuration(t, minutes, grammaticalCase);
}

const yearFormats = new Map<string, Intl.NumberFormat>();

/** A year in the UI's digits without a thousands separator ("2021", "٢٠٢١"); one formatter per locale. */
export function formatYear(t: Translator, year: number): string {
  let format = yearFormats.get(t.locale);
  if (!format) yearFormats.set(t.locale, (format = new Intl.NumberFormat(t.locale, { useGrouping: false })));
  return format.format(year);
}
