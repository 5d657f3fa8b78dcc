import { describe, expect, it } from 'vitest';
import {
  ANNIVERSARY_WINDOW_DAYS,
  bannerAllowed,
  decideBanner,
  isMajor,
  type BannerInput,
} from '../../../lib/banner/policy';
import { localDay } from '../../../lib/format';
import { PLATFORM_IDS, type Incident } from '../../../lib/incidents/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { incident, october2021 } from './fixtures';

/** Local noon on a calendar day: the policy counts days in the user's own time zone. */
const on = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12);
const daily = { bannerMode: 'daily', bannerDisabled: [] } as const;

function decide(incidents: Incident[], now: Date, overrides: Partial<BannerInput> = {}) {
  return decideBanner({ incidents, platform: 'facebook', now, settings: daily, ...overrides });
}

describe('localDay', () => {
  it('is the local calendar day, zero padded', () => {
    expect(localDay(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(localDay(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
  });
});

describe('isMajor', () => {
  it('takes worldwide outages and long regional or partial ones, never thinly sourced ones', () => {
    expect(isMajor(incident({ id: '2020-01-01-a', scope: 'global' }))).toBe(true);
    expect(isMajor(incident({ id: '2020-01-01-b', scope: 'partial', duration: { minutes: 45, qualifier: 'exact' } }))).toBe(false);
    expect(isMajor(incident({ id: '2020-01-01-c', scope: 'regional', duration: { minutes: 180, qualifier: 'about' } }))).toBe(true);
    expect(isMajor(incident({ id: '2020-01-01-d', scope: 'global', confidence: 'low' }))).toBe(false);
    const fromEnd = incident({ id: '2020-01-01-e', scope: 'partial', end: { utc: '2020-01-01T18:40:00Z', precision: 'minute' } });
    expect(isMajor(fromEnd)).toBe(true);
  });
});

describe('decideBanner', () => {
  const older = incident({ id: '2019-03-13-facebook-outage', duration: { minutes: 840, qualifier: 'about' } });
  const newest = incident({ id: '2024-03-05-meta-logout', platforms: ['facebook', 'instagram', 'messenger', 'threads'] });
  const minor = incident({ id: '2024-06-01-facebook-feed', scope: 'partial', duration: { minutes: 30, qualifier: 'exact' } });
  const all = [older, october2021, newest, minor];

  it('tells the anniversary first, on the day', () => {
    expect(decide(all, on(2025, 10, 4))).toEqual({ kind: 'anniversary', incident: october2021, count: 4 });
  });

  it(`tells an anniversary up to ${ANNIVERSARY_WINDOW_DAYS} days either side, and not beyond`, () => {
    expect(decide(all, on(2025, 10, 1))?.kind).toBe('anniversary');
    expect(decide(all, on(2025, 10, 7))?.kind).toBe('anniversary');
    expect(decide(all, on(2025, 10, 8))).toMatchObject({ kind: 'recent', incident: newest });
  });

  it('otherwise tells the most recent major outage, skipping minor and thinly sourced ones', () => {
    const lowConfidence = incident({ id: '2024-09-01-rumour', confidence: 'low' });
    expect(decide([...all, lowConfidence], on(2025, 1, 15))).toEqual({ kind: 'recent', incident: newest, count: 5 });
  });

  it('ignores outages that have not started yet and outages of other platforms', () => {
    const future = incident({ id: '2025-02-01-future' });
    const otherPlatform = incident({ id: '2025-01-10-x', platforms: ['twitter'] });
    expect(decide([older, future, otherPlatform], on(2025, 1, 15))).toEqual({ kind: 'recent', incident: older, count: 1 });
  });

  it('leaves out records whose start is not a date', () => {
    const broken = incident({ id: '2024-12-01-broken', start: { utc: 'not a date', precision: 'day' } });
    expect(decide([older, broken], on(2025, 1, 15))).toEqual({ kind: 'recent', incident: older, count: 1 });
  });

  it('prefers the nearer anniversary, then the wider outage, then the longer one', () => {
    const sameDayPartial = incident({ id: '2018-10-04-partial', scope: 'regional', duration: { minutes: 600, qualifier: 'about' } });
    const twoDaysOff = incident({ id: '2022-10-06-global', duration: { minutes: 900, qualifier: 'about' } });
    expect(decide([twoDaysOff, sameDayPartial], on(2025, 10, 4))?.incident).toBe(sameDayPartial);
    expect(decide([twoDaysOff, sameDayPartial, october2021], on(2025, 10, 4))?.incident).toBe(october2021);
    const shorterSameDay = incident({ id: '2016-10-04-short', duration: { minutes: 60, qualifier: 'about' } });
    expect(decide([shorterSameDay, october2021], on(2025, 10, 4))?.incident).toBe(october2021);
  });

  it('says nothing when no outage is known for the platform', () => {
    expect(decide([], on(2025, 1, 15))).toBeNull();
    expect(decide([minor], on(2025, 1, 15))).toBeNull();
  });

  it('in the anniversaries mode, stays quiet unless it is an anniversary', () => {
    const settings = { bannerMode: 'anniversaries', bannerDisabled: [] } as const;
    expect(decide(all, on(2025, 1, 15), { settings })).toBeNull();
    expect(decide(all, on(2025, 10, 5), { settings })?.kind).toBe('anniversary');
  });

  it('in the never mode, never shows', () => {
    expect(decide(all, on(2025, 10, 4), { settings: { bannerMode: 'never', bannerDisabled: [] } })).toBeNull();
  });

  it('covers every platform, counting only that platform’s outages', () => {
    for (const platform of PLATFORM_IDS) {
      const own = incident({ id: `2023-05-0${PLATFORM_IDS.indexOf(platform) + 1}-${platform}`, platforms: [platform] });
      const decision = decideBanner({ incidents: [own, october2021], platform, now: on(2025, 1, 15), settings: daily });
      expect(decision?.incident, platform).toBe(own);
      expect(decision?.count, platform).toBe(october2021.platforms.includes(platform) ? 2 : 1);
    }
  });
});

describe('bannerAllowed', () => {
  const now = on(2025, 10, 4);
  const base = { platform: 'instagram', now, settings: daily } as const;

  it('shows by default (the default settings are the daily mode)', () => {
    expect(bannerAllowed({ ...base, settings: DEFAULT_SETTINGS })).toBe(true);
  });

  it('respects "don\'t show on this platform" for that platform only', () => {
    const settings = { bannerMode: 'daily', bannerDisabled: ['instagram'] } as const;
    expect(bannerAllowed({ ...base, settings })).toBe(false);
    expect(bannerAllowed({ ...base, settings, platform: 'facebook' })).toBe(true);
  });

  it('stays hidden for the rest of the day it was closed on', () => {
    expect(bannerAllowed({ ...base, record: { platform: 'instagram', hiddenOnDay: '2025-10-04' } })).toBe(false);
    expect(bannerAllowed({ ...base, record: { platform: 'instagram', hiddenOnDay: '2025-10-03' } })).toBe(true);
  });

  it('shows at most once a day per platform', () => {
    expect(bannerAllowed({ ...base, record: { platform: 'instagram', lastShownDay: '2025-10-04' } })).toBe(false);
    expect(bannerAllowed({ ...base, record: { platform: 'instagram', lastShownDay: '2025-10-03' } })).toBe(true);
  });
});
