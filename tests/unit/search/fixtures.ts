/** Hand-written incidents for search tests: only what a test cares about, the rest valid defaults. */
import type { Incident, PlatformId } from '../../../lib/incidents/types';

export interface IncidentSketch {
  id: string;
  platforms?: PlatformId[];
  start?: string;
  title?: Partial<Incident['title']>;
  summary?: Partial<Incident['summary']>;
  cause?: Incident['cause'];
  symptoms?: Incident['symptoms'];
  regions?: string[];
}

export function incident(s: IncidentSketch): Incident {
  return {
    id: s.id,
    platforms: s.platforms ?? ['facebook'],
    start: { utc: s.start ?? `${s.id.slice(0, 10)}T12:00Z`, precision: 'minute' },
    scope: 'global',
    regions: s.regions ?? [],
    cause: s.cause ?? { category: 'unknown' },
    symptoms: s.symptoms ?? ['cannot-load'],
    title: { en: 'Service outage', ar: 'عطل في الخدمة', ...s.title },
    summary: { en: 'The service stopped working.', ar: 'توقفت الخدمة عن العمل.', ...s.summary },
    sources: [{ publisher: 'Test', title: 'Test', published: s.id.slice(0, 10), lang: 'en' }],
    confidence: 'high',
  };
}

/** The highlighted substrings of a field, in order. */
export function marked(text: string, ranges: Array<[number, number]> | undefined): string[] {
  return (ranges ?? []).map(([s, e]) => text.slice(s, e));
}
