import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type OutageStore } from '../../../lib/db';
import { byStart, platformPositions } from '../../../lib/incidents/order';
import { validateRecord } from '../../../lib/incidents/validate';
import { onThisDayRanges } from '../../../lib/queries';
import {
  FIXTURE,
  FIXTURE_INCIDENTS,
  freshFactory,
  ids,
  INSTAGRAM_2024,
  LEAP_DAY,
  META_GLOBAL,
  META_LOGOUT,
  META_LONG,
  NEW_YEAR,
  TWITTER_LINKS,
  WHATSAPP_2022,
} from './fixture';

it('the fixture records are valid seed records', () => {
  for (const record of FIXTURE_INCIDENTS) expect(validateRecord(record, `seeds/${record.id}.yaml`).errors).toEqual([]);
});

// As the compiler writes it: sorted oldest first, with each platform's positions (whole lists use them).
const SORTED = [...FIXTURE_INCIDENTS].reverse().sort(byStart);
const COMPILED = { version: FIXTURE.version, incidents: SORTED, positionsByPlatform: platformPositions(SORTED) };

// The same answers from the database and from the in-memory fallback (no IndexedDB at all), for an
// index as the compiler writes it and for a bare list of records.
describe.each([
  ['IndexedDB', () => openStore({ factory: freshFactory(), bundled: FIXTURE }), true],
  ['the bundled index in memory', () => openStore({ factory: null, bundled: FIXTURE }), false],
  ['IndexedDB, a compiled index', () => openStore({ factory: freshFactory(), bundled: COMPILED }), true],
  ['a compiled index in memory', () => openStore({ factory: null, bundled: COMPILED }), false],
])('queries against %s', (_, open, fromDatabase) => {
  let store: OutageStore;
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    store = open();
  });
  afterEach(async () => {
    // The answers came from where the suite says.
    expect((await store.health()).ok).toBe(fromDatabase);
    store.close();
  });

  it('lists every incident newest first', async () => {
    expect(ids(await store.allIncidents())).toEqual(ids([INSTAGRAM_2024, META_LOGOUT, TWITTER_LINKS, WHATSAPP_2022, META_GLOBAL, LEAP_DAY, META_LONG, NEW_YEAR]));
  });

  it('lists a platform newest first, through the multi-platform records too', async () => {
    expect(ids(await store.incidentsForPlatform('facebook'))).toEqual(ids([META_LOGOUT, META_GLOBAL, LEAP_DAY, META_LONG, NEW_YEAR]));
    expect(ids(await store.incidentsForPlatform('threads'))).toEqual(ids([META_LOGOUT]));
    expect(await store.incidentsForPlatform('twitter')).toEqual([TWITTER_LINKS]);
  });

  it('refuses an unknown platform', async () => {
    await expect(store.incidentsForPlatform('myspace' as 'facebook')).rejects.toThrow('Unknown platform: "myspace"');
  });

  it('finds one incident by id, and nothing for an unknown id', async () => {
    expect(await store.incidentById(META_GLOBAL.id)).toEqual(META_GLOBAL);
    expect(await store.incidentById('2000-01-01-nothing')).toBeUndefined();
  });

  it('lists a date range with both ends included', async () => {
    expect(ids(await store.incidentsBetween(Date.parse('2021-10-04T15:39Z'), Date.parse('2022-12-31T23:59Z')))).toEqual(ids([WHATSAPP_2022, META_GLOBAL]));
    // A day-precision record starts at 00:00 UTC.
    expect(ids(await store.incidentsBetween(Date.parse('2023-03-01'), Date.parse('2023-03-01')))).toEqual(ids([TWITTER_LINKS]));
    expect(await store.incidentsBetween(Date.parse('2025-01-01'), Date.parse('2021-01-01'))).toEqual([]);
    await expect(store.incidentsBetween(Number.NaN, 0)).rejects.toThrow(RangeError);
  });

  it('finds "on this day" in earlier years only, nearest day first then newest', async () => {
    // 4 October 2025: 2021 and 2024 on the very day.
    expect(ids(await store.onThisDay(new Date(2025, 9, 4), 0))).toEqual(ids([INSTAGRAM_2024, META_GLOBAL]));
    // 4 October 2024: the 2024 record is this year's, not an anniversary.
    expect(ids(await store.onThisDay(new Date(2024, 9, 4), 3))).toEqual(ids([META_GLOBAL]));
    // 6 October 2025 with a window of 3 days: both, two days away.
    expect(ids(await store.onThisDay(new Date(2025, 9, 6), 3))).toEqual(ids([INSTAGRAM_2024, META_GLOBAL]));
    expect(await store.onThisDay(new Date(2025, 9, 6), 1)).toEqual([]);
  });

  it('wraps the window around New Year, without counting last week as an anniversary', async () => {
    // 31 Dec 2018 is two days before 2 Jan 2020 (its 2019 anniversary).
    expect(ids(await store.onThisDay(new Date(2020, 0, 2), 3))).toEqual(ids([NEW_YEAR]));
    // On 1 Jan 2019 it was yesterday: no anniversary yet.
    expect(await store.onThisDay(new Date(2019, 0, 1), 3)).toEqual([]);
  });

  it('keeps a leap-day outage on 28 February in common years', async () => {
    expect(ids(await store.onThisDay(new Date(2021, 1, 28), 0))).toEqual(ids([LEAP_DAY]));
    expect(ids(await store.onThisDay(new Date(2024, 1, 29), 0))).toEqual(ids([LEAP_DAY]));
    expect(await store.onThisDay(new Date(2021, 2, 1), 0)).toEqual([]);
    // A wider window around 13 March 2023 (META_LONG's day) reaches the leap day too, 13 days away.
    expect(ids(await store.onThisDay(new Date(2023, 2, 13), 14))).toEqual(ids([META_LONG, LEAP_DAY]));
  });

  it('refuses a bad date or window', async () => {
    await expect(store.onThisDay(new Date(Number.NaN), 3)).rejects.toThrow(RangeError);
    await expect(store.onThisDay(new Date(2025, 0, 1), -1)).rejects.toThrow(RangeError);
  });

  it('gives the latest N overall', async () => {
    expect(ids(await store.latest(3))).toEqual(ids([INSTAGRAM_2024, META_LOGOUT, TWITTER_LINKS]));
    expect(await store.latest(0)).toEqual([]);
    expect(await store.latest(100)).toHaveLength(FIXTURE_INCIDENTS.length);
    await expect(store.latest(1.5)).rejects.toThrow(RangeError);
  });
});

describe('onThisDayRanges', () => {
  it('covers each earlier year back to the earliest record, a day wider than the window', () => {
    const ranges = onThisDayRanges(new Date(2021, 9, 4), 2, Date.parse('2019-06-01'));
    expect(ranges.map(([from, to]) => [new Date(from).toISOString().slice(0, 10), new Date(to).toISOString().slice(0, 16)])).toEqual([
      ['2020-10-01', '2020-10-07T23:59'],
      ['2019-10-01', '2019-10-07T23:59'],
    ]);
    expect(onThisDayRanges(new Date(2021, 9, 4), 2, Number.NaN)).toEqual([]);
  });
});
