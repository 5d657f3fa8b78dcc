/**
 * Changes made while the database cannot be used wait in the extension's storage area, are seen by
 * every context, and are written into the database once it opens again, once, onto what it held.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_OBSERVATIONS, openStore, type OutageStore } from '../../../lib/db';
import { openDatabase } from '../../../lib/db/schema';
import type { StorageArea } from '../../../lib/db/unsaved-changes';
import type { Observation } from '../../../lib/observations';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { FIXTURE, freshFactory } from './fixture';

/** An in-memory `storage.local`, values copied in and out as the browser's are. */
function memoryArea(): StorageArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async () => structuredClone(items),
    set: async (values) => void Object.assign(items, structuredClone(values)),
    remove: async (keys) => keys.forEach((key) => delete items[key]),
  };
}

const failure = (time: number, platform: Observation['platform'] = 'facebook'): Observation => ({
  time,
  platform,
  host: `www.${platform}.com`,
  outcome: 'dns',
  detail: 'net::ERR_NAME_NOT_RESOLVED',
});

let factory: IDBFactory;
let area: ReturnType<typeof memoryArea>;
const opened: OutageStore[] = [];

/** A context whose database works (`factory`), or, with `broken`, one that cannot open it. Each context opened later has a later clock. */
function context({ broken = false, unsavedArea, now }: { broken?: boolean; unsavedArea?: StorageArea | null; now?: () => number } = {}): OutageStore {
  const clock = 1_000 * (opened.length + 1);
  const store = openStore({ factory: broken ? null : factory, bundled: FIXTURE, unsavedArea: unsavedArea === null ? undefined : (unsavedArea ?? area), now: now ?? (() => clock) });
  opened.push(store);
  return store;
}

const keptAside = () => Object.keys(area.items).filter((key) => key.startsWith('unsaved-changes:'));

beforeEach(() => {
  factory = freshFactory();
  area = memoryArea();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('while the database cannot be used', () => {
  it('keeps every kind of change aside, says it is kept, and every other context sees it', async () => {
    const worker = context({ broken: true });
    await worker.setBannerDisabled('facebook', true);
    await worker.saveBannerRecord({ platform: 'facebook', hiddenOnDay: '2025-10-04' });
    await worker.addObservation(failure(10));
    expect(await worker.health()).toMatchObject({ ok: false, persisted: true });
    expect(keptAside()).toHaveLength(3);

    // The popup, opened later in a context of its own, with the database still failing.
    const popup = context({ broken: true });
    await popup.saveSettings({ language: 'ar' });
    expect(await popup.getSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'ar', bannerDisabled: ['facebook'] });
    expect(await popup.getBannerRecord('facebook')).toEqual({ platform: 'facebook', hiddenOnDay: '2025-10-04' });
    expect((await popup.observations()).map((o) => o.time)).toEqual([10]);
    // …and the worker sees the popup's change.
    expect(await worker.getSettings()).toMatchObject({ language: 'ar', bannerDisabled: ['facebook'] });
  });

  it('keeps changes in the context that made them when the storage area fails too, and says they are not saved', async () => {
    const failing: StorageArea = { get: () => Promise.reject(new Error('IO error')), set: () => Promise.reject(new Error('IO error')), remove: () => Promise.reject(new Error('IO error')) };
    const worker = context({ broken: true, unsavedArea: failing });
    // Before any change too: the popup's line must not promise what cannot be kept.
    expect(await worker.health()).toMatchObject({ ok: false, persisted: false });
    await worker.setBannerDisabled('instagram', true);
    expect(await worker.getSettings()).toMatchObject({ bannerDisabled: ['instagram'] });
    expect(await worker.health()).toMatchObject({ ok: false, persisted: false });
  });

  it('says changes are not saved when there is no storage area', async () => {
    const worker = context({ broken: true, unsavedArea: null });
    await worker.saveSettings({ digits: 'arab' });
    expect(await worker.getSettings()).toMatchObject({ digits: 'arab' });
    expect(await worker.health()).toMatchObject({ persisted: false });
  });

  it(`keeps at most ${MAX_OBSERVATIONS} failed loads aside, the newest, however many worker starts noted them`, async () => {
    for (const start of [0, 1, 2]) {
      const worker = context({ broken: true });
      for (let i = 1; i <= 200; i++) await worker.addObservation(failure(start * 200 + i));
    }
    expect(keptAside()).toHaveLength(MAX_OBSERVATIONS);
    const kept = await context({ broken: true }).observations();
    expect(kept).toHaveLength(MAX_OBSERVATIONS);
    expect(kept.at(-1)?.time).toBe(101);
  });
});

describe('once the database opens again', () => {
  it('writes the changes in onto what it held, and clears them from the storage area', async () => {
    const before = context();
    await before.saveSettings({ language: 'ar', bannerDisabled: ['instagram'] });
    await before.addObservation(failure(5, 'instagram'));
    before.close();

    const worker = context({ broken: true });
    await worker.setBannerDisabled('facebook', true);
    await worker.saveBannerRecord({ platform: 'facebook', hiddenOnDay: '2025-10-04' });
    await worker.addObservation(failure(10));

    const after = context();
    // The toggle applies to the stored list (Instagram stays off), not to the defaults the broken context started from.
    expect(await after.getSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'ar', bannerDisabled: ['facebook', 'instagram'] });
    expect(await after.getBannerRecord('facebook')).toEqual({ platform: 'facebook', hiddenOnDay: '2025-10-04' });
    expect((await after.observations()).map((o) => [o.time, o.platform])).toEqual([
      [10, 'facebook'],
      [5, 'instagram'],
    ]);
    expect(await after.health()).toMatchObject({ ok: true, persisted: true });
    expect(keptAside()).toEqual([]);
  });

  it('applies changes in the order they were made, a reset included', async () => {
    const before = context();
    await before.saveSettings({ language: 'ar', hijri: true });
    await before.addObservation(failure(5));
    before.close();

    const options = context({ broken: true });
    await options.resetUserData();
    await options.saveSettings({ digits: 'arab' });
    await options.addObservation(failure(20));

    const after = context();
    expect(await after.getSettings()).toEqual({ ...DEFAULT_SETTINGS, digits: 'arab' });
    expect((await after.observations()).map((o) => o.time)).toEqual([20]);
  });

  it('writes a change in once, even when two contexts open at once or the storage area keeps it', async () => {
    const worker = context({ broken: true });
    await worker.addObservation(failure(10));
    await worker.saveSettings({ language: 'ar' });
    const kept = structuredClone(area.items);

    const [a, b] = [context(), context()];
    await Promise.all([a.observations(), b.observations()]);
    expect(keptAside()).toEqual([]);
    await b.saveSettings({ language: 'en' });
    // As if removing them from the area had failed: they are still there for the next context.
    Object.assign(area.items, kept);
    const c = context();
    expect((await c.observations()).map((o) => o.time)).toEqual([10]);
    // The language chosen since stands.
    expect(await c.getSettings()).toMatchObject({ language: 'en' });
    // A later change kept aside is still written in.
    await context({ broken: true }).addObservation(failure(30));
    expect((await context().observations()).map((o) => o.time)).toEqual([30, 10]);
  });

  it('leaves what was saved after a change as it is: a reset kept aside does not undo later choices', async () => {
    // A popup whose database works is open, with nothing waiting when it opened it.
    const popup = context({ now: () => 3_000 });
    await popup.getSettings();
    // An options page that cannot open the database resets everything and turns the banner off…
    const options = context({ broken: true, now: () => 2_000 });
    await options.resetUserData();
    await options.setBannerDisabled('facebook', true);
    // …and afterwards, in the popup, the user chooses Arabic and turns the banner back on.
    await popup.saveSettings({ language: 'ar' });
    await popup.setBannerDisabled('facebook', false);
    await popup.addObservation(failure(2_500));
    popup.close();
    // The next context writes the options page's changes in: they are older than the popup's.
    const next = context({ now: () => 4_000 });
    expect(await next.getSettings()).toMatchObject({ language: 'ar', bannerDisabled: [] });
    expect((await next.observations()).map((o) => o.time)).toEqual([2_500]);
    expect(keptAside()).toEqual([]);
  });

  it('never loses a change made while another context writes the waiting ones in', async () => {
    const worker = context({ broken: true });
    await worker.addObservation(failure(10));
    // The worker notes another failure just as a page reads what waits and writes it in.
    const remove = area.remove.bind(area);
    area.remove = async (keys) => {
      await worker.addObservation(failure(20));
      await remove(keys);
    };
    expect((await context().observations()).map((o) => o.time)).toEqual([10]);
    area.remove = remove;
    expect((await context().observations()).map((o) => o.time)).toEqual([20, 10]);
  });

  it('keeps showing a context its own changes after another context wrote them in', async () => {
    const worker = context({ broken: true });
    await worker.setBannerDisabled('facebook', true);
    await context().getSettings();
    expect(keptAside()).toEqual([]);
    expect(await worker.getSettings()).toMatchObject({ bannerDisabled: ['facebook'] });
    await worker.setBannerDisabled('instagram', true);
    expect(await context().getSettings()).toMatchObject({ bannerDisabled: ['facebook', 'instagram'] });
  });

  it('leaves out a change edited into something else, and writes the rest', async () => {
    await context({ broken: true }).saveSettings({ language: 'ar' });
    area.items['unsaved-changes:000000000000999:x:000000000'] = { at: 999, change: { kind: 'settings', rows: [{ key: 'hijri', value: 'yes' }] } };
    area.items['unsaved-changes:junk'] = 'junk';
    expect(await context().getSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'ar' });
  });

  it('keeps a change aside when the disk fills up while saving it, and writes it in later', async () => {
    const worker = context();
    await worker.getSettings();
    const db = await openDatabase(factory);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(function (this: IDBObjectStore) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await worker.saveSettings({ bannerMode: 'never' })).toMatchObject({ bannerMode: 'never' });
    put.mockRestore();
    db.close();
    expect(await worker.health()).toMatchObject({ ok: false, reason: 'quota', persisted: true });
    expect(await context().getSettings()).toMatchObject({ bannerMode: 'never' });
  });
});

describe('the order of changes', () => {
  it('is the order they were made in, however many come in one millisecond, and however the clock moves', async () => {
    // Eleven changes: some in the same millisecond, and the clock set back twice.
    const times = [5_000, 5_000, 5_000, 4_000, 4_000, 6_000, 6_000, 6_000, 3_000, 6_000, 6_000];
    const worker = context({ broken: true, now: () => times.shift()! });
    for (const language of ['ar', 'en', 'ar', 'en', 'ar', 'en', 'ar', 'en', 'ar', 'en', 'ar'] as const) await worker.saveSettings({ language });
    expect(await context().getSettings()).toMatchObject({ language: 'ar' });
  });
});

describe('after the clock went back', () => {
  let clock = 0;
  const at = () => clock;
  beforeEach(() => (clock = Date.UTC(2025, 5, 1)));

  it('takes the later of two changes kept aside by two contexts', async () => {
    const worker = context({ broken: true, now: at });
    const popup = context({ broken: true, now: at });
    await worker.saveSettings({ language: 'ar' });
    clock -= 60 * 60_000;
    await popup.saveSettings({ language: 'en' });
    expect((await popup.getSettings()).language).toBe('en');
    expect((await context({ now: at }).getSettings()).language).toBe('en');
  });

  it('keeps a change written to the database in the memory copy it falls back to', async () => {
    const worker = context({ now: at });
    await worker.saveBannerRecord({ platform: 'facebook', lastShownDay: '2025-06-01' });
    clock -= 60 * 60_000;
    await worker.saveBannerRecord({ platform: 'facebook', lastShownDay: '2025-06-02' });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      if (this.name === 'dismissals') (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    await worker.saveBannerRecord({ platform: 'twitter', lastShownDay: '2025-06-02' });
    expect((await worker.health()).ok).toBe(false);
    expect(await worker.getBannerRecord('facebook')).toEqual({ platform: 'facebook', lastShownDay: '2025-06-02' });
  });

  it('lets a change written to the database later win over one kept aside earlier by another context', async () => {
    const worker = context({ now: at });
    await worker.saveSettings({ language: 'ar' });
    const broken = context({ broken: true, now: at });
    await broken.saveSettings({ language: 'en' });
    await broken.setBannerDisabled('facebook', true);
    clock -= 60 * 60_000;
    await worker.saveSettings({ language: 'ar' });
    await worker.setBannerDisabled('facebook', false);
    expect(await context({ now: at }).getSettings()).toMatchObject({ language: 'ar', bannerDisabled: [] });
  });
});
