import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, openStore, type OutageStore } from '../../../lib/db';
import { openDatabase, type OutageDatabase } from '../../../lib/db/schema';
import type { StoreHealth } from '../../../lib/messages';
import { FIXTURE, freshFactory, ids, META_GLOBAL, META_LOGOUT } from './fixture';

let factory: IDBFactory;
let warn: ReturnType<typeof vi.spyOn>;
const cleanup: Array<{ close(): void }> = [];

function store(options: { factory?: IDBFactory | null; now?: () => number } = {}): OutageStore {
  const s = openStore({ factory, bundled: FIXTURE, ...options });
  cleanup.push(s);
  return s;
}

async function raw(): Promise<OutageDatabase> {
  const db = await openDatabase(factory);
  cleanup.push(db);
  return db;
}

/** Makes the next write (`put`, or `add`) to `storeName` fail the way a full disk does: the transaction aborts with QuotaExceededError. */
function quotaOn(storeName: string, method: 'put' | 'add' = 'put') {
  const write = IDBObjectStore.prototype[method];
  return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = write.apply(this, args);
    // fake-indexeddb's own abort path, the one a browser takes when the origin is over quota.
    if (this.name === storeName) (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
    return request;
  });
}

/** Answers a user gets whatever the fault: every query works, from the bundled index. */
async function expectAnswers(s: OutageStore): Promise<void> {
  expect(ids(await s.incidentsForPlatform('threads'))).toEqual([META_LOGOUT.id]);
  expect(await s.incidentById(META_GLOBAL.id)).toEqual(META_GLOBAL);
  expect(await s.allIncidents()).toHaveLength(FIXTURE.incidents.length);
  expect(ids(await s.onThisDay(new Date(2025, 9, 4), 0))).toEqual(['2024-10-04-instagram', META_GLOBAL.id]);
}

beforeEach(() => {
  factory = freshFactory();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const c of cleanup.splice(0)) c.close();
});

describe('when IndexedDB cannot be used', () => {
  it('answers from memory when there is no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const s = openStore({ bundled: FIXTURE });
    await expectAnswers(s);
    expect(await s.health()).toEqual<StoreHealth>({
      ok: false,
      reason: 'unavailable',
      detail: 'SecurityError: IndexedDB is not available in this context',
      persisted: false,
      datasetVersion: FIXTURE.version,
    });
    vi.unstubAllGlobals();
  });

  it('keeps user records in memory and says they are not saved', async () => {
    const s = store({ factory: null });
    expect(await s.saveSettings({ language: 'ar' })).toMatchObject({ language: 'ar', digits: 'auto' });
    expect(await s.saveSettings({ digits: 'arab' })).toMatchObject({ language: 'ar', digits: 'arab' });
    await s.saveBannerRecord({ platform: 'facebook', lastShownDay: '2025-10-04' });
    await s.addObservation({ time: 10, platform: 'facebook', host: 'www.facebook.com', outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' });
    await s.addObservation({ time: 20, platform: 'instagram', host: 'www.instagram.com', outcome: 'ok', detail: '200' });
    expect(await s.getSettings()).toMatchObject({ language: 'ar', digits: 'arab' });
    expect(await s.getBannerRecord('facebook')).toEqual({ platform: 'facebook', lastShownDay: '2025-10-04' });
    expect((await s.observations()).map((o) => o.time)).toEqual([20, 10]);
    expect((await s.observations({ platform: 'facebook' })).map((o) => o.time)).toEqual([10]);
    await s.resetUserData();
    expect(await s.getSettings()).toMatchObject({ language: 'auto', digits: 'auto' });
    expect(await s.observations()).toEqual([]);
    expect(await s.health()).toMatchObject({ ok: false, persisted: false });
  });

  it('warns once, however many calls fail', async () => {
    const s = store({ factory: null });
    await expectAnswers(s);
    await s.getSettings();
    await s.health();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('unavailable');
  });

  it('answers from memory when opening is refused (storage forbidden for this profile)', async () => {
    const forbidden = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as IDBFactory;
    const s = store({ factory: forbidden });
    await expectAnswers(s);
    expect(await s.health()).toMatchObject({ ok: false, reason: 'unavailable', persisted: false });
  });

  it('answers from memory when opening fails (a newer build left a newer database)', async () => {
    const newer = factory.open(DB_NAME, DB_VERSION + 5);
    await new Promise((resolve) => (newer.onsuccess = resolve));
    newer.result.close();
    const s = store();
    await expectAnswers(s);
    expect(await s.health()).toMatchObject({ ok: false, reason: 'open-failed', persisted: false });
  });

  it('answers from memory when the database has no room for the index, and still saves settings', async () => {
    const quota = quotaOn('incidents');
    const s = store();
    await expectAnswers(s);
    expect(await s.health()).toMatchObject({ ok: false, reason: 'quota', detail: expect.stringContaining('QuotaExceededError'), persisted: true });
    quota.mockRestore();
    await s.saveSettings({ language: 'ar' });
    expect(await (await raw()).get('settings', 'language')).toEqual({ key: 'language', value: 'ar', savedAt: expect.any(Number) });
  });

  it('keeps a setting in memory when the disk fills up while saving it', async () => {
    const s = store();
    await s.saveSettings({ language: 'ar' });
    quotaOn('settings');
    expect(await s.saveSettings({ hijri: true })).toMatchObject({ language: 'ar', hijri: true });
    expect(await s.getSettings()).toMatchObject({ language: 'ar', hijri: true });
    expect(await s.health()).toMatchObject({ ok: false, reason: 'quota', persisted: false });
  });

  it('takes a change made while the database fails, after the clock went back', async () => {
    let clock = Date.UTC(2025, 5, 1);
    const s = store({ now: () => clock });
    await s.setBannerDisabled('twitter', true);
    await s.saveSettings({ language: 'ar' });
    clock -= 60 * 60_000;
    quotaOn('settings');
    expect((await s.setBannerDisabled('facebook', true)).bannerDisabled).toEqual(['facebook', 'twitter']);
    expect((await s.saveSettings({ language: 'en' })).language).toBe('en');
    expect(await s.health()).toMatchObject({ ok: false, reason: 'quota' });
  });

  it('still sees the failures logged before when the database fails later (an active failure keeps its badge)', async () => {
    const earlier = store();
    const failure = { platform: 'facebook', host: 'www.facebook.com', outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' } as const;
    await earlier.addObservation({ ...failure, time: 1_000 });
    await earlier.addObservation({ ...failure, time: 2_000, platform: 'instagram', host: 'www.instagram.com' });
    // A later worker reads the log, then the disk fills up.
    const s = store();
    expect(await s.observations({ platform: 'facebook' })).toHaveLength(1);
    expect(await s.observations()).toHaveLength(2);
    quotaOn('observations', 'add');
    await s.addObservation({ ...failure, time: 3_000 });
    expect((await s.observations()).map((o) => o.time)).toEqual([3_000, 2_000, 1_000]);
    expect(await s.health()).toMatchObject({ ok: false, reason: 'quota' });
  });

  it('answers from memory when the database exists without the stores of its version', async () => {
    // Made by hand (DevTools) or by a broken build: right name and version, wrong contents.
    const made = factory.open(DB_NAME, DB_VERSION);
    made.onupgradeneeded = () => made.result.createObjectStore('incidents');
    await new Promise((resolve) => (made.onsuccess = resolve));
    made.result.close();
    const s = store();
    await expectAnswers(s);
    expect(await s.getSettings()).toMatchObject({ language: 'auto' });
    expect(await s.health()).toMatchObject({ ok: false, reason: 'corrupt', persisted: false, detail: expect.stringContaining('meta, settings, dismissals, observations') });
  });
});

describe('user records stored badly', () => {
  it('ignores settings, banner records and observations that are not what the schema says', async () => {
    const db = await raw();
    await db.put('settings', { key: 'language', value: 'klingon' } as never);
    await db.put('settings', { key: 'hijri', value: 'yes' } as never);
    await db.put('settings', { key: 'bannerMode', value: 'anniversaries' });
    await db.put('settings', { key: 'theme', value: 'dark' } as never);
    await db.put('dismissals', { platform: 'facebook', hiddenOnDay: 'tomorrow' });
    await db.add('observations', { time: 'now', platform: 'facebook' } as never);
    await db.add('observations', { time: 3, platform: 'facebook', host: 'www.facebook.com', outcome: 'tls', detail: 'net::ERR_CERT_DATE_INVALID' });
    const s = store();
    expect(await s.getSettings()).toEqual({ language: 'auto', digits: 'auto', hijri: false, bannerMode: 'anniversaries', bannerDisabled: [], notifyOnFailure: false });
    expect(await s.getBannerRecord('facebook')).toBeUndefined();
    expect((await s.observations()).map((o) => o.outcome)).toEqual(['tls']);
    expect((await s.health()).ok).toBe(true);
  });
});
