import { describe, expect, it } from 'vitest';
import { exportFileName, observationsToCsv, observationsToJson } from '../../../lib/failure/export';
import { localDay } from '../../../lib/format';
import { groupLog } from '../../../lib/failure/log-view';
import { MIN, obs, T0 } from './fixtures';

const log = [obs('whatsapp', 'server-error', T0, '503'), obs('facebook', 'dns', T0 - MIN), { ...obs('twitter', 'connection', T0 - 2 * MIN), host: 'x.com', detail: 'weird, "quoted"\nvalue' }];

describe('log export', () => {
  it('writes JSON oldest first with ISO times and the stored fields only', () => {
    const parsed = JSON.parse(observationsToJson(log)) as { observations: Record<string, string>[] };
    expect(parsed.observations.map((o) => o.platform)).toEqual(['twitter', 'facebook', 'whatsapp']);
    expect(parsed.observations[2]).toEqual({ time: new Date(T0).toISOString(), platform: 'whatsapp', host: 'www.whatsapp.com', outcome: 'server-error', detail: '503' });
  });

  it('writes RFC 4180 CSV with a BOM, quoting what needs it', () => {
    const csv = observationsToCsv(log);
    expect(csv.startsWith('\uFEFFtime_utc,platform,host,outcome,detail\r\n')).toBe(true);
    expect(csv).toContain(',twitter,x.com,connection,"weird, ""quoted""\nvalue"\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(observationsToCsv([])).toBe('\uFEFFtime_utc,platform,host,outcome,detail\r\n');
  });

  it('names the file after the local day', () => {
    expect(exportFileName(T0, 'csv')).toBe(`outage-context-log-${localDay(T0)}.csv`);
    expect(localDay(new Date(2024, 2, 5, 23, 59).getTime())).toBe('2024-03-05');
  });
});

describe('groupLog', () => {
  it('groups per local day (newest first) and per platform, counting failures', () => {
    const yesterday = new Date(T0);
    yesterday.setDate(yesterday.getDate() - 1);
    const days = groupLog([...log, obs('facebook', 'ok', T0 - 30 * 1000), obs('facebook', 'dns', yesterday.getTime())]);
    expect(days.map((d) => d.day)).toEqual([localDay(T0), localDay(yesterday.getTime())]);
    expect(days[0]!.failures).toBe(3);
    expect(days[0]!.platforms.map((g) => [g.platform, g.entries.length, g.failures])).toEqual([
      ['whatsapp', 1, 1],
      ['facebook', 2, 1],
      ['twitter', 1, 1],
    ]);
    expect(groupLog([])).toEqual([]);
  });
});
