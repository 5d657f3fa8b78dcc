/** Observations and incidents for the failure-detection tests. */
import type { Incident, PlatformId } from '../../../lib/incidents/types';
import type { Observation } from '../../../lib/observations';

export const T0 = Date.UTC(2021, 9, 4, 15, 40);
export const MIN = 60_000;

let nextId = 1;
export function obs(platform: PlatformId, outcome: Observation['outcome'], time: number, detail = outcome === 'ok' ? '200' : 'net::ERR_NAME_NOT_RESOLVED'): Observation {
  return { id: nextId++, time, platform, host: platform === 'twitter' ? 'x.com' : `www.${platform}.com`, outcome, detail };
}

export function incident(id: string, platforms: PlatformId[], cause: Incident['cause']['category'], symptoms: Incident['symptoms']): Incident {
  const day = id.slice(0, 10);
  return {
    id,
    platforms,
    start: { utc: `${day}T12:00Z`, precision: 'minute' },
    scope: 'global',
    regions: [],
    cause: { category: cause },
    symptoms,
    title: { en: `Outage ${id}`, ar: `عطل ${id}` },
    summary: { en: `Summary of ${id}`, ar: `ملخص ${id}` },
    sources: [{ publisher: 'Example News', title: 'Report', published: day, lang: 'en' }],
    confidence: 'high',
  };
}

/** Shaped like the bundled records the issue names. */
export const INCIDENTS: Incident[] = [
  incident('2019-03-13-meta-server-config', ['facebook', 'instagram', 'whatsapp', 'messenger'], 'configuration-change', ['cannot-load', 'posting']),
  incident('2021-10-04-meta-global', ['facebook', 'instagram', 'whatsapp', 'messenger'], 'dns-bgp', ['cannot-load', 'login']),
  incident('2024-03-05-meta-logout', ['facebook', 'instagram', 'threads', 'messenger'], 'unknown', ['logged-out', 'login']),
  incident('2016-10-21-dyn-ddos-twitter', ['twitter'], 'ddos', ['cannot-load']),
  incident('2016-01-19-twitter-global', ['twitter'], 'software-bug', ['cannot-load', 'posting']),
  incident('2022-10-31-instagram-suspension-bug', ['instagram'], 'software-bug', ['account-suspended', 'logged-out']),
  incident('2014-06-19-facebook-posting-outage', ['facebook'], 'unknown', ['cannot-load']),
];
