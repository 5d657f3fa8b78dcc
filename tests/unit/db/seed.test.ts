import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type OutageStore } from '../../../lib/db';
import { DATASET_KEY, openDatabase, type OutageDatabase } from '../../../lib/db/schema';
import { FIXTURE, FIXTURE_NEXT, freshFactory, ids, META_GLOBAL, WHATSAPP_2022 } from './fixture';

let factory: IDBFactory;
const stores: OutageStore[] = [];
const raws: OutageDatabase[] = [];

function store(bundled = FIXTURE, now = () => 1_000): OutageStore {
  const s = openStore({ factory, bundled, now });
  stores.push(s);
  return s;
}

/** A second connection, as DevTools or another page would have. */
async function raw(): Promise<OutageDatabase> {
  const db = await openDatabase(factory);
  raws.push(db);
  return db;
}

async function storedIds(): Promise<string[]> {
  return (await (await raw()).getAllKeys('incidents')).sort();
}

beforeEach(() => {
  factory = freshFactory();
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const db of raws.splice(0)) db.close();
});

describe('seeding', () => {
  it('writes every bundled incident and the dataset record on first use', async () => {
    await store().ensureSeeded();
    const db = await raw();
    expect(await storedIds()).toEqual(ids(FIXTURE.incidents).sort());
    expect(await db.get('meta', DATASET_KEY)).toEqual({ key: DATASET_KEY, version: FIXTURE.version, count: FIXTURE.incidents.length, seededAt: 1_000 });
    // Rows carry the keys the indexes read.
    expect(await db.getAllKeysFromIndex('incidents', 'by-platform', 'twitter')).toEqual(['2023-03-01-twitter-links']);
    expect(await db.countFromIndex('incidents', 'by-cause', 'software-bug')).toBe(2);
  });

  it('does nothing when the database already holds the current version', async () => {
    await store(FIXTURE, () => 1_000).ensureSeeded();
    const clear = vi.spyOn(IDBObjectStore.prototype, 'clear');
    const later = store(FIXTURE, () => 2_000);
    await later.ensureSeeded();
    expect(await later.incidentById(META_GLOBAL.id)).toEqual(META_GLOBAL);
    expect(clear).not.toHaveBeenCalled();
    expect((await (await raw()).get('meta', DATASET_KEY))?.seededAt).toBe(1_000);
  });

  it('replaces the incidents on a new dataset version and leaves user records alone', async () => {
    const before = store(FIXTURE);
    await before.saveSettings({ language: 'ar', bannerDisabled: ['twitter'] });
    await before.saveBannerRecord({ platform: 'facebook', hiddenOnDay: '2025-01-02' });
    await before.addObservation({ time: 5, platform: 'whatsapp', host: 'web.whatsapp.com', outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' });
    before.close();

    const after = store(FIXTURE_NEXT, () => 2_000);
    expect(await after.incidentById(WHATSAPP_2022.id)).toMatchObject({ duration: { minutes: 130 } });
    expect(await storedIds()).toEqual(ids(FIXTURE_NEXT.incidents).sort());
    expect((await (await raw()).get('meta', DATASET_KEY))?.version).toBe(FIXTURE_NEXT.version);
    expect(await after.getSettings()).toMatchObject({ language: 'ar', bannerDisabled: ['twitter'] });
    expect(await after.getBannerRecord('facebook')).toEqual({ platform: 'facebook', hiddenOnDay: '2025-01-02' });
    expect(await after.observations()).toMatchObject([{ platform: 'whatsapp', outcome: 'dns' }]);
    expect((await after.health()).ok).toBe(true);
  });

  it('makes concurrent calls, in one page or in two, seed once', async () => {
    const clear = vi.spyOn(IDBObjectStore.prototype, 'clear');
    const worker = store();
    const popup = store();
    await Promise.all([worker.ensureSeeded(), worker.ensureSeeded(), popup.ensureSeeded(), worker.incidentsForPlatform('facebook'), popup.latest(2)]);
    expect(clear).toHaveBeenCalledTimes(1);
    expect(await storedIds()).toEqual(ids(FIXTURE.incidents).sort());
  });

  it('leaves the previous set whole when a reseed is cut off midway, and the next start finishes it', async () => {
    await store(FIXTURE).ensureSeeded();
    stores.splice(0).forEach((s) => s.close());
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    // The worker is stopped during the fourth write: the browser aborts the transaction.
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    const cut = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      if (++puts === 4) this.transaction.abort();
      return request;
    });
    const interrupted = store(FIXTURE_NEXT);
    // Still answers, from the bundled index in memory.
    expect(ids(await interrupted.incidentsForPlatform('threads'))).toEqual(['2025-01-15-threads', '2024-03-05-meta-logout']);
    expect(await storedIds()).toEqual(ids(FIXTURE.incidents).sort());
    expect((await (await raw()).get('meta', DATASET_KEY))?.version).toBe(FIXTURE.version);
    // Only the incidents are in memory: the user's records still go to the database.
    expect(await interrupted.health()).toMatchObject({ ok: false, reason: 'failed', persisted: true });
    cut.mockRestore();

    const restarted = store(FIXTURE_NEXT);
    await restarted.ensureSeeded();
    expect(await storedIds()).toEqual(ids(FIXTURE_NEXT.incidents).sort());
    expect((await restarted.health()).ok).toBe(true);
  });

  it('recovers a first seed cut off midway: no half-filled store in between', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const put = IDBObjectStore.prototype.put;
    const cut = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await store().ensureSeeded();
    expect(await storedIds()).toEqual([]);
    cut.mockRestore();
    await store().ensureSeeded();
    expect(await storedIds()).toEqual(ids(FIXTURE.incidents).sort());
  });
});

describe('whole lists', () => {
  it('answers a whole list at once while the database is held up, and seeds once it is free', async () => {
    // An open older-version connection that ignores versionchange holds the upgrade back.
    const old = await openDatabase(factory, { version: 1 });
    const popup = openStore({ factory, bundled: FIXTURE, blockedTimeoutMs: 60_000 });
    stores.push(popup);
    const timeout = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 200));
    const all = await Promise.race([popup.allIncidents(), timeout]);
    expect(all === 'waited' ? all : ids(all)).toEqual(ids(FIXTURE.incidents).reverse());
    old.close();
    await popup.health();
    expect(await storedIds()).toEqual(ids(FIXTURE.incidents).sort());
  });
});

describe('a store edited by hand', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('restores the incidents when the dataset record is deleted while the worker runs', async () => {
    const worker = store();
    // Seeded and fully checked: only the whole-list query's own version check can notice what follows.
    expect((await worker.health()).ok).toBe(true);
    await (await raw()).delete('meta', DATASET_KEY);
    expect(ids(await worker.incidentsForPlatform('twitter'))).toEqual(['2023-03-01-twitter-links']);
    // The check runs beside the answer; health() waits for it, repair included.
    expect(warn).not.toHaveBeenCalled();
    await worker.health();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('restoring it'));
    expect((await (await raw()).get('meta', DATASET_KEY))?.version).toBe(FIXTURE.version);
    expect(await storedIds()).toEqual(ids(FIXTURE.incidents).sort());
  });

  it('restores a record replaced with something else', async () => {
    const worker = store();
    await worker.ensureSeeded();
    const db = await raw();
    await db.put('incidents', { id: META_GLOBAL.id, startMs: 0, platforms: ['facebook'], cause: 'unknown', incident: { id: 'junk' } } as never);
    expect(await worker.incidentById(META_GLOBAL.id)).toEqual(META_GLOBAL);
    expect((await db.get('incidents', META_GLOBAL.id))?.incident).toEqual(META_GLOBAL);
    expect((await worker.health()).ok).toBe(true);
  });

  it('refills a store emptied while the worker runs', async () => {
    const worker = store();
    await worker.ensureSeeded();
    await (await raw()).clear('incidents');
    expect(ids(await worker.incidentsForPlatform('twitter'))).toEqual(['2023-03-01-twitter-links']);
    // Nothing found where the dataset has a record: the store was emptied, and is refilled.
    expect(await worker.incidentById(META_GLOBAL.id)).toEqual(META_GLOBAL);
    expect(await storedIds()).toEqual(ids(FIXTURE.incidents).sort());
  });

  it('restores records deleted by hand when it checks the whole store (next start, or health)', async () => {
    await store().ensureSeeded();
    await (await raw()).delete('incidents', META_GLOBAL.id);
    expect((await store().health()).ok).toBe(true);
    expect(await storedIds()).toEqual(ids(FIXTURE.incidents).sort());
  });
});
