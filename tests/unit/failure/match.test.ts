import { describe, expect, it } from 'vitest';
import { FAILURE_CAUSES, pastIncidentsLike, pastIncidentsWithSymptom } from '../../../lib/failure/match';
import { CAUSE_CATEGORIES } from '../../../lib/incidents/types';
import { INCIDENTS, incident } from './fixtures';

const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('pastIncidentsLike', () => {
  it('matches a DNS failure of Facebook to the 4 Oct 2021 DNS/BGP outage', () => {
    expect(pastIncidentsLike(INCIDENTS, 'facebook', 'dns')).toEqual({ kind: 'same', incidents: [INCIDENTS[1]] });
  });

  it('matches a server error to configuration changes, software bugs and overloads that stopped the site loading', () => {
    expect(ids(pastIncidentsLike(INCIDENTS, 'facebook', 'server-error').incidents)).toEqual(['2019-03-13-meta-server-config']);
    expect(ids(pastIncidentsLike(INCIDENTS, 'twitter', 'server-error').incidents)).toEqual(['2016-01-19-twitter-global']);
  });

  it('matches a refused connection of X to the 2016 DDoS on its DNS provider', () => {
    expect(ids(pastIncidentsLike(INCIDENTS, 'twitter', 'connection').incidents)).toEqual(['2016-10-21-dyn-ddos-twitter']);
  });

  it('falls back to the other times the platform would not load, newest first, when nothing of the kind is on record', () => {
    const list = [
      incident('2014-06-19-facebook-posting-outage', ['facebook'], 'unknown', ['cannot-load']),
      incident('2019-07-03-meta-media-uploads', ['facebook'], 'maintenance', ['media-upload']),
      incident('2021-03-19-meta-45-minutes', ['facebook', 'whatsapp'], 'unknown', ['cannot-load', 'messaging']),
    ];
    expect(ids(pastIncidentsLike(list, 'facebook', 'tls').incidents)).toEqual(['2021-03-19-meta-45-minutes', '2014-06-19-facebook-posting-outage']);
    expect(pastIncidentsLike(list, 'facebook', 'tls').kind).toBe('loads');
    expect(pastIncidentsLike(INCIDENTS, 'facebook', 'tls')).toEqual({ kind: 'same', incidents: [INCIDENTS[0]] });
  });

  it('needs the would-not-load symptom: a log-out is not a load failure', () => {
    const onlyLogout = [incident('2024-03-05-meta-logout', ['facebook'], 'dns-bgp', ['logged-out'])];
    expect(pastIncidentsLike(onlyLogout, 'facebook', 'dns')).toEqual({ kind: 'loads', incidents: [] });
  });

  it('never matches the offline state, nor another platform’s outage', () => {
    expect(pastIncidentsLike(INCIDENTS, 'facebook', 'offline').incidents).toEqual([]);
    expect(pastIncidentsLike(INCIDENTS, 'threads', 'dns').incidents).toEqual([]);
  });

  it('only names causes from the closed vocabulary', () => {
    for (const causes of Object.values(FAILURE_CAUSES)) for (const c of causes) expect(CAUSE_CATEGORIES).toContain(c);
  });
});

describe('pastIncidentsWithSymptom', () => {
  it('matches a forced log-out to March 2024', () => {
    expect(ids(pastIncidentsWithSymptom(INCIDENTS, 'logged-out', 'facebook'))).toEqual(['2024-03-05-meta-logout']);
  });

  it('without a platform, lists every incident with the symptom, newest first', () => {
    expect(ids(pastIncidentsWithSymptom(INCIDENTS, 'logged-out'))).toEqual(['2024-03-05-meta-logout', '2022-10-31-instagram-suspension-bug']);
  });
});
