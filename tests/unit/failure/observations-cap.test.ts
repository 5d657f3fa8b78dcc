import { describe, expect, it } from 'vitest';
import { ACTIVE_FOR_MS, overCap, type Observation } from '../../../lib/observations';

const entry = (id: number, time: number, outcome: Observation['outcome'] = 'dns'): Observation => ({ id, time, platform: 'facebook', host: 'www.facebook.com', outcome, detail: outcome === 'ok' ? '200' : 'net::ERR_NAME_NOT_RESOLVED' });
const ids = (log: Observation[]) => log.map((o) => o.id);

describe('overCap', () => {
  it('drops nothing at or under the cap', () => {
    expect(overCap([entry(1, 1), entry(2, 2)], 2)).toEqual([]);
  });

  it('drops the oldest entries when there are no stale samples', () => {
    expect(ids(overCap([entry(3, 30), entry(1, 10), entry(2, 20)], 1))).toEqual([1, 2]);
  });

  it('drops samples of successful loads older than the active window before the newest entry first, oldest first', () => {
    const now = 10 * ACTIVE_FOR_MS;
    const log = [entry(1, 1), entry(2, 2, 'ok'), entry(3, 3, 'ok'), entry(4, now - 5, 'ok'), entry(5, now)];
    expect(ids(overCap(log, 4))).toEqual([2]);
    expect(ids(overCap(log, 2))).toEqual([2, 3, 1]);
  });

  it('treats a recent sample like any entry', () => {
    const log = [entry(1, 100), entry(2, 200, 'ok'), entry(3, 300)];
    expect(ids(overCap(log, 2))).toEqual([1]);
  });
});
