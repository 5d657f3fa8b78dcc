import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_OBSERVATIONS, openStore, type OutageStore } from '../../../lib/db';
import type { Observation } from '../../../lib/observations';
import { openDatabase } from '../../../lib/db/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { FIXTURE, freshFactory } from './fixture';

let factory: IDBFactory;
let store: OutageStore;

const observation = (time: number, platform: Observation['platform'] = 'facebook'): Observation => ({
  time,
  platform,
  host: platform === 'facebook' ? 'www.facebook.com' : 'www.instagram.com',
  outcome: 'connection',
  detail: 'net::ERR_CONNECTION_RESET',
});

beforeEach(() => {
  factory = freshFactory();
  store = openStore({ factory, bundled: FIXTURE });
});
afterEach(() => store.close());

describe('settings', () => {
  it('are the defaults until the user changes one', async () => {
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('save a patch, return every setting, and survive a restart', async () => {
    expect(await store.saveSettings({ language: 'ar', bannerDisabled: ['twitter', 'twitter', 'threads'] })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'ar',
      bannerDisabled: ['twitter', 'threads'],
    });
    store.close();
    store = openStore({ factory, bundled: FIXTURE });
    expect(await store.getSettings()).toMatchObject({ language: 'ar', bannerDisabled: ['twitter', 'threads'] });
  });

  it('keep both of two changes saved at once from two pages', async () => {
    const popup = openStore({ factory, bundled: FIXTURE });
    await Promise.all([store.saveSettings({ hijri: true }), popup.saveSettings({ digits: 'arab' })]);
    expect(await popup.getSettings()).toMatchObject({ hijri: true, digits: 'arab' });
    popup.close();
  });

  it('turn the banner off and on per platform, keeping what two pages change at once', async () => {
    const options = openStore({ factory, bundled: FIXTURE });
    // The banner's "don't show on Facebook" and the options page's Instagram switch, at the same moment.
    await Promise.all([store.setBannerDisabled('facebook', true), options.setBannerDisabled('instagram', true)]);
    expect((await store.getSettings()).bannerDisabled).toEqual(['facebook', 'instagram']);
    expect(await options.setBannerDisabled('facebook', false)).toMatchObject({ bannerDisabled: ['instagram'] });
    expect((await options.setBannerDisabled('instagram', true)).bannerDisabled).toEqual(['instagram']);
    options.close();
    await expect(store.setBannerDisabled('myspace' as never, true)).rejects.toThrow('myspace');
  });

  it('turn the banner off for a platform after the clock was set back (a live change always takes)', async () => {
    let clock = Date.UTC(2025, 5, 1);
    const clocked = openStore({ factory, bundled: FIXTURE, now: () => clock });
    await clocked.setBannerDisabled('twitter', true);
    clock -= 60 * 60_000;
    expect((await clocked.setBannerDisabled('facebook', true)).bannerDisabled).toEqual(['facebook', 'twitter']);
    expect((await clocked.setBannerDisabled('twitter', false)).bannerDisabled).toEqual(['facebook']);
    clocked.close();
  });

  it('turn the banner off per platform in memory when the database is gone', async () => {
    const memoryOnly = openStore({ factory: null, bundled: FIXTURE });
    await Promise.all([memoryOnly.setBannerDisabled('twitter', true), memoryOnly.setBannerDisabled('threads', true)]);
    expect((await memoryOnly.getSettings()).bannerDisabled).toEqual(['threads', 'twitter']);
    memoryOnly.close();
  });

  it('refuse an unknown key or a bad value, naming it', async () => {
    await expect(store.saveSettings({ language: 'fr' as 'en' })).rejects.toThrow('Invalid value for setting "language": "fr"');
    await expect(store.saveSettings({ theme: 'dark' } as never)).rejects.toThrow('Unknown setting "theme"');
    await expect(store.saveSettings({ bannerDisabled: ['myspace'] as never })).rejects.toThrow('"bannerDisabled"');
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('hand out copies: changing a returned object changes nothing stored', async () => {
    const settings = await store.getSettings();
    settings.bannerDisabled.push('facebook');
    expect((await store.getSettings()).bannerDisabled).toEqual([]);
  });
});

describe('banner records', () => {
  it('are kept per platform', async () => {
    await store.saveBannerRecord({ platform: 'facebook', lastShownDay: '2025-10-04' });
    await store.saveBannerRecord({ platform: 'facebook', lastShownDay: '2025-10-04', hiddenOnDay: '2025-10-04' });
    expect(await store.getBannerRecord('facebook')).toEqual({ platform: 'facebook', lastShownDay: '2025-10-04', hiddenOnDay: '2025-10-04' });
    expect(await store.getBannerRecord('instagram')).toBeUndefined();
  });

  it('refuse a malformed record', async () => {
    await expect(store.saveBannerRecord({ platform: 'facebook', hiddenOnDay: 'today' })).rejects.toThrow('Invalid banner record');
    await expect(store.getBannerRecord('orkut' as 'facebook')).rejects.toThrow('Unknown platform');
  });
});

describe('observations', () => {
  it('come back newest first, filtered by time and platform', async () => {
    for (const o of [observation(10), observation(30, 'instagram'), observation(20)]) await store.addObservation(o);
    expect((await store.observations()).map((o) => o.time)).toEqual([30, 20, 10]);
    expect((await store.observations({ sinceMs: 20 })).map((o) => o.time)).toEqual([30, 20]);
    expect((await store.observations({ platform: 'facebook' })).map((o) => o.time)).toEqual([20, 10]);
    expect((await store.observations({ sinceMs: 15, platform: 'facebook' })).map((o) => o.time)).toEqual([20]);
    // The store assigns the ids.
    expect((await store.observations()).every((o) => typeof o.id === 'number')).toBe(true);
  });

  it(`keep the newest ${MAX_OBSERVATIONS}, dropping the oldest`, async () => {
    for (let time = 1; time <= MAX_OBSERVATIONS + 5; time++) await store.addObservation(observation(time));
    const kept = await store.observations();
    expect(kept).toHaveLength(MAX_OBSERVATIONS);
    expect(kept.at(-1)?.time).toBe(6);
    expect(kept[0]?.time).toBe(MAX_OBSERVATIONS + 5);
  });

  it.each([
    ['in the database', () => store],
    ['in memory, when the database cannot be used', () => openStore({ factory: null, bundled: FIXTURE })],
  ])('give up stale samples of successful loads before any failure when the log is full (%s)', async (_, open) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = open();
    const DAY = 24 * 60 * 60_000;
    const ok = (time: number): Observation => ({ ...observation(time), outcome: 'ok', detail: '200' });
    // The oldest entry is a failure; two samples after it; the log filled with failures a day later.
    await log.addObservation(observation(1));
    await log.addObservation(ok(2));
    await log.addObservation(ok(3));
    for (let i = 0; i < MAX_OBSERVATIONS - 3; i++) await log.addObservation(observation(DAY + 10 + i));
    await log.addObservation(observation(2 * DAY));
    const kept = await log.observations();
    expect(kept).toHaveLength(MAX_OBSERVATIONS);
    // The older sample went, not the older failure.
    expect(kept.filter((o) => o.outcome === 'ok').map((o) => o.time)).toEqual([3]);
    expect(kept.at(-1)?.time).toBe(1);
    expect(kept[0]?.time).toBe(2 * DAY);
  });

  it('remove rows edited into something else once the log is over its cap', async () => {
    for (let time = 1; time <= MAX_OBSERVATIONS; time++) await store.addObservation(observation(time));
    const db = await openDatabase(factory);
    await db.put('observations', { id: 99_999, time: 'yesterday' } as never);
    db.close();
    await store.addObservation(observation(MAX_OBSERVATIONS + 1));
    const raw = await openDatabase(factory);
    expect(await raw.count('observations')).toBe(MAX_OBSERVATIONS);
    expect(await raw.get('observations', 99_999)).toBeUndefined();
    raw.close();
  });

  it('refuse a malformed entry', async () => {
    await expect(store.addObservation({ ...observation(1), outcome: 'slow' as 'dns' })).rejects.toThrow('Invalid observation');
    await expect(store.addObservation({ ...observation(1), time: Number.NaN })).rejects.toThrow('Invalid observation');
  });

  it('can be cleared', async () => {
    await store.addObservation(observation(1));
    await store.clearObservations();
    expect(await store.observations()).toEqual([]);
  });
});

it('resetting user data forgets settings, banner records and observations, and keeps the incidents', async () => {
  await store.saveSettings({ language: 'ar' });
  await store.saveBannerRecord({ platform: 'threads', hiddenOnDay: '2025-01-01' });
  await store.addObservation(observation(1));
  await store.resetUserData();
  expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  expect(await store.getBannerRecord('threads')).toBeUndefined();
  expect(await store.observations()).toEqual([]);
  expect(await store.allIncidents()).toHaveLength(FIXTURE.incidents.length);
});
