import { describe, expect, it } from 'vitest';
import { activeFailures, latestPerPlatform } from '../../../lib/failure/active';
import { ACTIVE_FOR_MS } from '../../../lib/observations';
import { judgeFailure, RECENT_MS } from '../../../lib/failure/judge';
import { MIN, obs, T0 } from './fixtures';

describe('activeFailures', () => {
  it('is empty for an empty log and for a log of successful loads', () => {
    expect(activeFailures([], T0)).toEqual([]);
    expect(activeFailures([obs('facebook', 'ok', T0)], T0)).toEqual([]);
  });

  it('reports a platform whose latest observation is a failure, since the first failure after the last ok', () => {
    const log = [obs('facebook', 'ok', T0 - 30 * MIN), obs('facebook', 'dns', T0 - 20 * MIN), obs('facebook', 'timeout', T0 - 5 * MIN, 'net::ERR_TIMED_OUT')];
    const [f, ...rest] = activeFailures(log, T0);
    expect(rest).toEqual([]);
    expect(f!.platform).toBe('facebook');
    expect(f!.latest.outcome).toBe('timeout');
    expect(f!.since).toBe(T0 - 20 * MIN);
  });

  it('is cleared by a later successful load of the same platform, in any storage order', () => {
    const log = [obs('facebook', 'ok', T0), obs('facebook', 'dns', T0 - MIN)];
    expect(activeFailures(log, T0)).toEqual([]);
    expect(activeFailures([...log].reverse(), T0)).toEqual([]);
  });

  it('orders observations of the same millisecond by when they were stored', () => {
    const failed = obs('facebook', 'dns', T0);
    const recovered = obs('facebook', 'ok', T0);
    expect(activeFailures([recovered, failed], T0)).toEqual([]);
    expect(activeFailures([failed], T0)).toHaveLength(1);
  });

  it('is not cleared by a successful load of another platform', () => {
    const log = [obs('facebook', 'dns', T0 - MIN), obs('twitter', 'ok', T0)];
    expect(activeFailures(log, T0).map((f) => f.platform)).toEqual(['facebook']);
  });

  it('lists several failing platforms, most recent first', () => {
    const log = [obs('whatsapp', 'server-error', T0 - 2 * MIN, '503'), obs('facebook', 'dns', T0 - MIN), obs('instagram', 'dns', T0 - 3 * MIN)];
    expect(activeFailures(log, T0).map((f) => f.platform)).toEqual(['facebook', 'whatsapp', 'instagram']);
  });

  it('lets a failure nobody retried expire after ACTIVE_FOR_MS', () => {
    const log = [obs('facebook', 'dns', T0)];
    expect(activeFailures(log, T0 + ACTIVE_FOR_MS - 1)).toHaveLength(1);
    expect(activeFailures(log, T0 + ACTIVE_FOR_MS)).toEqual([]);
  });

  it('keeps the offline state as an active entry of its own class', () => {
    expect(activeFailures([obs('facebook', 'offline', T0)], T0)[0]!.latest.outcome).toBe('offline');
  });

  it('ends the offline state when any platform loads again, but not a platform failure', () => {
    const log = [obs('facebook', 'offline', T0 - 3 * MIN), obs('twitter', 'dns', T0 - 2 * MIN), obs('whatsapp', 'ok', T0 - MIN)];
    expect(activeFailures(log, T0).map((f) => f.platform)).toEqual(['twitter']);
  });
});

describe('latestPerPlatform', () => {
  it('keeps the newest observation of each platform', () => {
    const latest = latestPerPlatform([obs('facebook', 'ok', T0), obs('facebook', 'dns', T0 - MIN), obs('twitter', 'dns', T0 - MIN)]);
    expect(latest.get('facebook')!.outcome).toBe('ok');
    expect(latest.get('twitter')!.outcome).toBe('dns');
    expect(latest.has('whatsapp')).toBe(false);
  });
});

describe('judgeFailure: just me, or everyone?', () => {
  const failing = (log: ReturnType<typeof obs>[]) => activeFailures(log, T0)[0]!;

  it('says offline for the offline state', () => {
    const log = [obs('facebook', 'offline', T0), obs('twitter', 'ok', T0 - MIN)];
    expect(judgeFailure(failing(log), log, T0)).toEqual({ kind: 'offline' });
  });

  it('blames the platform when other platforms loaded fine recently', () => {
    const log = [obs('facebook', 'dns', T0), obs('twitter', 'ok', T0 - 10 * MIN), obs('whatsapp', 'ok', T0 - 2 * MIN)];
    const j = judgeFailure(failing(log), log, T0);
    expect(j.kind).toBe('platform');
    expect(j.kind === 'platform' && [...j.loadingFine].sort()).toEqual(['twitter', 'whatsapp']);
  });

  it('cannot tell when no other platform was loaded within RECENT_MS', () => {
    const log = [obs('facebook', 'dns', T0), obs('twitter', 'ok', T0 - RECENT_MS - 1)];
    expect(judgeFailure(failing(log), log, T0)).toEqual({ kind: 'unknown' });
  });

  it('sees a company-wide outage when only platforms of the same company fail too (4 Oct 2021)', () => {
    const log = [obs('facebook', 'dns', T0), obs('instagram', 'dns', T0 - MIN), obs('whatsapp', 'dns', T0 - 2 * MIN), obs('twitter', 'ok', T0 - 3 * MIN)];
    const j = judgeFailure(failing(log), log, T0);
    expect(j.kind).toBe('company');
    expect(j.kind === 'company' && [...j.alsoFailing].sort()).toEqual(['instagram', 'whatsapp']);
  });

  it('points at the connection when platforms of different companies fail together', () => {
    const log = [obs('facebook', 'timeout', T0), obs('twitter', 'timeout', T0 - MIN)];
    expect(judgeFailure(failing(log), log, T0)).toEqual({ kind: 'connection', alsoFailing: ['twitter'] });
  });

  it('does not count another platform tried while the machine was offline as failing with it', () => {
    const log = [obs('facebook', 'dns', T0), obs('instagram', 'offline', T0 - 5 * MIN), obs('twitter', 'ok', T0 - 2 * MIN)];
    expect(judgeFailure(failing(log), log, T0)).toEqual({ kind: 'platform', loadingFine: ['twitter'] });
    const alone = [obs('facebook', 'dns', T0), obs('instagram', 'offline', T0 - 5 * MIN)];
    expect(judgeFailure(failing(alone), alone, T0)).toEqual({ kind: 'unknown' });
  });

  it('does not count an old failure of another platform that has since loaded fine', () => {
    const log = [obs('facebook', 'dns', T0), obs('instagram', 'dns', T0 - 5 * MIN), obs('instagram', 'ok', T0 - MIN)];
    expect(judgeFailure(failing(log), log, T0)).toEqual({ kind: 'platform', loadingFine: ['instagram'] });
  });
});
