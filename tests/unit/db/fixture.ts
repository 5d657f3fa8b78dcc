/**
 * A small, known index for the store tests: every expected answer below is worked out by hand
 * from these eight records (see the comments), not computed by the code under test.
 */
import { IDBFactory } from 'fake-indexeddb';
import { datasetVersion } from '../../../lib/incidents/compile';
import type { Incident, IncidentIndex, PlatformId } from '../../../lib/incidents/types';

function incident(id: string, platforms: PlatformId[], start: Incident['start'], extra: Partial<Incident> = {}): Incident {
  return {
    id,
    platforms,
    start,
    scope: 'global',
    regions: [],
    cause: { category: 'unknown' },
    symptoms: ['cannot-load'],
    title: { en: `Outage ${id}`, ar: `انقطاع ${id}` },
    summary: { en: 'Users could not load the service.', ar: 'لم يتمكن المستخدمون من تحميل الخدمة.' },
    sources: [{ publisher: 'Reuters', title: 'Outage', published: id.slice(0, 10), lang: 'en', url: 'https://www.reuters.com/x' }],
    confidence: 'high',
    ...extra,
  };
}

export const META_GLOBAL = incident('2021-10-04-meta-global', ['facebook', 'instagram', 'whatsapp', 'messenger'], { utc: '2021-10-04T15:39Z', precision: 'minute' }, {
  end: { utc: '2021-10-04T21:40Z', precision: 'minute' },
  duration: { minutes: 360, qualifier: 'about' },
  cause: { category: 'dns-bgp' },
});
export const META_LONG = incident('2019-03-13-meta-long', ['facebook', 'instagram', 'whatsapp'], { utc: '2019-03-13T16:00Z', precision: 'hour' }, {
  duration: { minutes: 1440, qualifier: 'about' },
  cause: { category: 'configuration-change' },
});
export const WHATSAPP_2022 = incident('2022-10-25-whatsapp', ['whatsapp'], { utc: '2022-10-25T07:00Z', precision: 'hour' }, {
  duration: { minutes: 120, qualifier: 'exact' },
  cause: { category: 'software-bug' },
});
/** Day precision, no duration and no end. */
export const TWITTER_LINKS = incident('2023-03-01-twitter-links', ['twitter'], { utc: '2023-03-01', precision: 'day' }, { cause: { category: 'software-bug' } });
/** Duration only from start and end: 120 minutes. */
export const META_LOGOUT = incident('2024-03-05-meta-logout', ['facebook', 'instagram', 'messenger', 'threads'], { utc: '2024-03-05T15:00Z', precision: 'hour' }, {
  end: { utc: '2024-03-05T17:00Z', precision: 'hour' },
});
/** A leap day. */
export const LEAP_DAY = incident('2020-02-29-facebook-leap', ['facebook'], { utc: '2020-02-29', precision: 'day' }, { duration: { minutes: 60, qualifier: 'about' } });
/** The last evening of a year (UTC). */
export const NEW_YEAR = incident('2018-12-31-facebook-new-year', ['facebook'], { utc: '2018-12-31T23:30Z', precision: 'minute' }, { duration: { minutes: 45, qualifier: 'exact' } });
/** Same month and day as META_GLOBAL, three years later. */
export const INSTAGRAM_2024 = incident('2024-10-04-instagram', ['instagram'], { utc: '2024-10-04T10:00Z', precision: 'hour' }, { duration: { minutes: 90, qualifier: 'about' } });

export const FIXTURE_INCIDENTS: Incident[] = [NEW_YEAR, META_LONG, LEAP_DAY, META_GLOBAL, WHATSAPP_2022, TWITTER_LINKS, META_LOGOUT, INSTAGRAM_2024];

export function indexOf(incidents: Incident[]): IncidentIndex {
  return { version: datasetVersion(incidents), incidents };
}

export const FIXTURE: IncidentIndex = indexOf(FIXTURE_INCIDENTS);

/** The same dataset a release later: one record changed, one added, one removed. */
export const FIXTURE_NEXT: IncidentIndex = indexOf([
  ...FIXTURE_INCIDENTS.filter((i) => i !== NEW_YEAR && i !== WHATSAPP_2022),
  { ...WHATSAPP_2022, duration: { minutes: 130, qualifier: 'about' } },
  incident('2025-01-15-threads', ['threads'], { utc: '2025-01-15T12:00Z', precision: 'hour' }),
]);

export const ids = (incidents: readonly Incident[]) => incidents.map((i) => i.id);

/** A fresh, empty IndexedDB for each test. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}
