import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION, openStore, type OutageStore } from '../../../lib/db';
import { DATASET_KEY, openDatabase, type OutageDatabase } from '../../../lib/db/schema';
import { replaceIncidents } from '../../../lib/db/seed';
import { FIXTURE, freshFactory, ids, META_LOGOUT } from './fixture';

let factory: IDBFactory;
const cleanup: Array<{ close(): void }> = [];

function store(options: { blockedTimeoutMs?: number } = {}): OutageStore {
  const s = openStore({ factory, bundled: FIXTURE, ...options });
  cleanup.push(s);
  return s;
}

/** A database as the first release left it: schema version 1, seeded, with the user's settings. */
async function firstReleaseDatabase(): Promise<OutageDatabase> {
  const v1 = await openDatabase(factory, { version: 1 });
  cleanup.push(v1);
  await replaceIncidents(v1, FIXTURE, 1_000);
  await v1.put('settings', { key: 'language', value: 'ar' });
  await v1.put('settings', { key: 'hijri', value: true });
  return v1;
}

const storeNames = (db: OutageDatabase) => [...db.objectStoreNames].sort();

beforeEach(() => {
  factory = freshFactory();
});
afterEach(() => {
  for (const c of cleanup.splice(0)) c.close();
});

describe('schema upgrades', () => {
  it('opens a version 1 database holding user data without losing any of it', async () => {
    const v1 = await firstReleaseDatabase();
    expect(storeNames(v1)).toEqual(['incidents', 'meta', 'settings']);
    // The old page is still open and, like every page of the extension, steps aside for the upgrade.
    v1.addEventListener('versionchange', () => v1.close());

    const today = store();
    expect(await today.getSettings()).toMatchObject({ language: 'ar', hijri: true, bannerMode: 'daily' });
    expect(ids(await today.incidentsForPlatform('threads'))).toEqual([META_LOGOUT.id]);
    await today.saveBannerRecord({ platform: 'threads', lastShownDay: '2025-03-05' });
    await today.addObservation({ time: 1, platform: 'threads', host: 'www.threads.net', outcome: 'timeout', detail: 'net::ERR_TIMED_OUT' });
    expect(await today.health()).toEqual({ ok: true, persisted: true, datasetVersion: FIXTURE.version });

    const db = await openDatabase(factory);
    cleanup.push(db);
    expect(db.version).toBe(DB_VERSION);
    expect(storeNames(db)).toEqual(['dismissals', 'incidents', 'meta', 'observations', 'settings']);
    // Same dataset: the upgrade did not reseed, and the new cause index covers the old rows.
    expect((await db.get('meta', DATASET_KEY))?.seededAt).toBe(1_000);
    expect(await db.countFromIndex('incidents', 'by-cause', 'dns-bgp')).toBe(1);
    expect(await db.count('dismissals')).toBe(1);
  });

  it('waits for an older connection that never closes, answers from memory meanwhile, and upgrades once it is gone', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const v1 = await firstReleaseDatabase();
    const blocked = store({ blockedTimeoutMs: 50 });
    expect(ids(await blocked.incidentsForPlatform('threads'))).toEqual([META_LOGOUT.id]);
    expect(await blocked.health()).toMatchObject({ ok: false, reason: 'blocked', persisted: false });
    expect(warn).toHaveBeenCalledTimes(1);

    v1.close();
    const next = store();
    expect(await next.getSettings()).toMatchObject({ language: 'ar', hijri: true });
    expect((await next.health()).ok).toBe(true);
  });

  it('steps aside for a newer version, then says it cannot open the newer database', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const worker = store();
    await worker.ensureSeeded();

    const newer = factory.open(DB_NAME, DB_VERSION + 1);
    const onBlocked = vi.fn();
    newer.onblocked = onBlocked;
    await new Promise((resolve, reject) => {
      newer.onsuccess = resolve;
      newer.onerror = reject;
    });
    cleanup.push(newer.result);
    expect(onBlocked).not.toHaveBeenCalled();

    // Reopened lazily: version 2 code cannot open a version 3 database, and keeps answering.
    expect(ids(await worker.incidentsForPlatform('threads'))).toEqual([META_LOGOUT.id]);
    expect(await worker.health()).toMatchObject({ ok: false, reason: 'open-failed', detail: expect.stringContaining('VersionError') });
  });

  it('lets the database be deleted under it and rebuilds it on the next call', async () => {
    const worker = store();
    await worker.saveSettings({ language: 'en' });
    await worker.ensureSeeded();
    await new Promise((resolve, reject) => {
      const request = factory.deleteDatabase(DB_NAME);
      request.onsuccess = resolve;
      request.onerror = reject;
    });
    expect(ids(await worker.incidentsForPlatform('threads'))).toEqual([META_LOGOUT.id]);
    expect(await worker.health()).toMatchObject({ ok: true });
    const db = await openDatabase(factory);
    cleanup.push(db);
    expect(await db.count('incidents')).toBe(FIXTURE.incidents.length);
    // The user chose to delete everything: the settings are gone too.
    expect(await worker.getSettings()).toMatchObject({ language: 'auto' });
  });
});
