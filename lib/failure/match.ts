/**
 * Past incidents that look like what the user sees now ("failure-signature matching"):
 * a DNS failure matches the 4 Oct 2021 DNS/BGP outage; a server error matches overloads, software bugs
 * and bad configuration changes that stopped the site loading; a forced log-out (a symptom, which a load
 * failure cannot observe) matches the 5 Mar 2024 log-out.
 */
import type { CauseCategory, Incident, PlatformId, Symptom } from '../incidents/types';
import type { ErrorClass } from '../observations';
import { newestFirst } from '../queries';

/** The causes that produce each kind of load failure. `offline` is the user's side: nothing matches it. */
export const FAILURE_CAUSES: Readonly<Record<Exclude<ErrorClass, 'offline'>, readonly CauseCategory[]>> = {
  dns: ['dns-bgp'],
  // Refused or cut connections: routes withdrawn, data centres lost, attacks, bad network changes.
  connection: ['dns-bgp', 'datacenter', 'ddos', 'configuration-change'],
  timeout: ['capacity', 'ddos', 'datacenter', 'dns-bgp'],
  tls: ['configuration-change'],
  'server-error': ['capacity', 'software-bug', 'configuration-change'],
};

export interface PastMatches {
  /** same: same platform, a cause of this kind, and the site would not load. loads: other times it would not load. */
  kind: 'same' | 'loads';
  /** Newest first. */
  incidents: Incident[];
}

/**
 * Past incidents of `platform` with the same kind of failure; if there are none, the other times it
 * would not load at all (still worth showing); empty for `offline`.
 */
export function pastIncidentsLike(incidents: readonly Incident[], platform: PlatformId, failure: ErrorClass): PastMatches {
  if (failure === 'offline') return { kind: 'same', incidents: [] };
  const causes = FAILURE_CAUSES[failure];
  const wouldNotLoad = newestFirst(incidents.filter((i) => i.platforms.includes(platform) && i.symptoms.includes('cannot-load')));
  const same = wouldNotLoad.filter((i) => causes.includes(i.cause.category));
  return same.length ? { kind: 'same', incidents: same } : { kind: 'loads', incidents: wouldNotLoad };
}

/** Past incidents with a symptom the user reports ("logged out"), of one platform or of any. Newest first. */
export function pastIncidentsWithSymptom(incidents: readonly Incident[], symptom: Symptom, platform?: PlatformId): Incident[] {
  return newestFirst(incidents.filter((i) => i.symptoms.includes(symptom) && (!platform || i.platforms.includes(platform))));
}
