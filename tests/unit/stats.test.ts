import { describe, expect, it } from 'vitest';
import { forPlatform } from '../../lib/queries';
import { platformStats } from '../../lib/stats';
import { FIXTURE_INCIDENTS, INSTAGRAM_2024, LEAP_DAY, META_GLOBAL, META_LOGOUT, META_LONG, NEW_YEAR, TWITTER_LINKS } from './db/fixture';

describe('platformStats', () => {
  it("sums up Facebook's history in the fixture", () => {
    // Durations: 1440 (stated), 360 (stated), 120 (from start and end), 60, 45.
    expect(platformStats(forPlatform(FIXTURE_INCIDENTS, 'facebook'))).toEqual({
      count: 5,
      totalMinutes: 2025,
      medianMinutes: 120,
      longest: META_LONG,
      last: META_LOGOUT,
      perYear: [
        { year: 2018, count: 1 },
        { year: 2019, count: 1 },
        { year: 2020, count: 1 },
        { year: 2021, count: 1 },
        { year: 2022, count: 0 },
        { year: 2023, count: 0 },
        { year: 2024, count: 1 },
      ],
    });
  });

  it('does not depend on the order of the input', () => {
    const facebook = [NEW_YEAR, META_LOGOUT, LEAP_DAY, META_GLOBAL, META_LONG];
    expect(platformStats(facebook)).toEqual(platformStats([...facebook].reverse()));
  });

  it('takes the median of an even count as the rounded mean of the middle two', () => {
    // Instagram: 1440, 360, 120, 90.
    expect(platformStats(forPlatform(FIXTURE_INCIDENTS, 'instagram'))).toMatchObject({ count: 4, totalMinutes: 2010, medianMinutes: 240, last: INSTAGRAM_2024 });
    expect(platformStats([NEW_YEAR, LEAP_DAY]).medianMinutes).toBe(53); // (45 + 60) / 2 = 52.5
  });

  it('counts an outage without a known duration, but not in the minutes', () => {
    expect(platformStats([TWITTER_LINKS])).toEqual({
      count: 1,
      totalMinutes: 0,
      medianMinutes: undefined,
      longest: undefined,
      last: TWITTER_LINKS,
      perYear: [{ year: 2023, count: 1 }],
    });
  });

  it('picks the more recent of two equally long outages', () => {
    const older = { ...META_GLOBAL, id: '2021-10-04-a', duration: { minutes: 100, qualifier: 'exact' as const } };
    const newer = { ...INSTAGRAM_2024, id: '2024-10-04-b', duration: { minutes: 100, qualifier: 'exact' as const } };
    expect(platformStats([older, newer]).longest).toBe(newer);
  });

  it('is empty for no incidents', () => {
    expect(platformStats([])).toEqual({ count: 0, totalMinutes: 0, medianMinutes: undefined, longest: undefined, last: undefined, perYear: [] });
  });
});
