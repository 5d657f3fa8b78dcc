/**
 * The settings copy extension pages keep in localStorage (happy-dom's here), so the popup paints in the
 * user's language before IndexedDB opens. IndexedDB stays the record: the copy follows it, never leads.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type SettingsCopy } from '../../../lib/db';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { startPageContext } from '../../../lib/ui/page-context';
import { localSettingsCopy } from '../../../lib/ui/page-store';
import { POPUP_LOCALES } from '../../../components/popup/locales';
import { SAMPLE } from './fixtures';

const KEY = 'outage-context.settings';
const bundled = { version: 'test', incidents: SAMPLE };

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('localSettingsCopy', () => {
  it('writes and reads the settings as JSON in localStorage', () => {
    const copy = localSettingsCopy()!;
    expect(copy.read()).toBeUndefined();
    copy.write({ ...DEFAULT_SETTINGS, language: 'ar' });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ language: 'ar' });
    expect(copy.read()).toMatchObject({ language: 'ar', digits: 'auto' });
  });

  it('reads nothing from a copy that is not JSON', () => {
    localStorage.setItem(KEY, '{not json');
    expect(localSettingsCopy()!.read()).toBeUndefined();
  });

  it('is absent where localStorage is missing or forbidden, and a failed write is not an error', () => {
    expect(localSettingsCopy(() => undefined)).toBeUndefined();
    expect(
      localSettingsCopy(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    ).toBeUndefined();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => localSettingsCopy()!.write({ ...DEFAULT_SETTINGS })).not.toThrow();
  });
});

describe('the store with a settings copy', () => {
  const storeWith = (settingsCopy: SettingsCopy | undefined, factory: IDBFactory | null = new IDBFactory()) =>
    openStore({ factory, bundled, settingsCopy });

  it('copies the settings on every read and save, and on a reset', async () => {
    const factory = new IDBFactory();
    const store = storeWith(localSettingsCopy(), factory);
    expect(store.copiedSettings()).toBeUndefined();
    await store.getSettings();
    expect(store.copiedSettings()).toEqual(DEFAULT_SETTINGS);
    await store.saveSettings({ language: 'ar', digits: 'latn' });
    expect(store.copiedSettings()).toMatchObject({ language: 'ar', digits: 'latn' });
    // Another page (or the background, which has no copy) saves: the next read brings the copy up to date.
    await openStore({ factory, bundled }).saveSettings({ hijri: true });
    expect(store.copiedSettings()?.hijri).toBe(false);
    await store.getSettings();
    expect(store.copiedSettings()?.hijri).toBe(true);
    await store.resetUserData();
    expect(store.copiedSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('drops bad values in the copy, as in the database', () => {
    localStorage.setItem(KEY, JSON.stringify({ language: 'fr', digits: 'arab', bannerDisabled: ['myspace'], extra: 1 }));
    expect(storeWith(localSettingsCopy()).copiedSettings()).toEqual({ ...DEFAULT_SETTINGS, digits: 'arab' });
    localStorage.setItem(KEY, '"ar"');
    expect(storeWith(localSettingsCopy()).copiedSettings()).toBeUndefined();
  });

  it('leaves the copy alone when the database cannot be used', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    localStorage.setItem(KEY, JSON.stringify({ language: 'ar' }));
    const store = storeWith(localSettingsCopy(), null);
    await store.saveSettings({ language: 'en' });
    expect(store.copiedSettings()?.language).toBe('ar');
  });
});

describe('startPageContext', () => {
  const never = () => new Promise<Settings>(() => undefined);

  it('builds the context from the copy at once, without waiting for the database', async () => {
    const store = { getSettings: never, copiedSettings: () => ({ ...DEFAULT_SETTINGS, language: 'ar' as const }) };
    const { ctx } = await startPageContext(store, POPUP_LOCALES);
    expect(ctx.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('confirms nothing when the database agrees, and gives the database context when it does not', async () => {
    const agreeing = await startPageContext({ getSettings: async () => ({ ...DEFAULT_SETTINGS }), copiedSettings: () => ({ ...DEFAULT_SETTINGS }) });
    expect(await agreeing.confirmed).toBeUndefined();

    const stale = await startPageContext(
      { getSettings: async () => ({ ...DEFAULT_SETTINGS, language: 'en' as const }), copiedSettings: () => ({ ...DEFAULT_SETTINGS, language: 'ar' as const }) },
      POPUP_LOCALES,
    );
    expect(stale.ctx.lang).toBe('ar');
    const confirmed = await stale.confirmed;
    expect(confirmed?.lang).toBe('en');
    // Applying it is the page's call (not over a change the user made meanwhile).
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('confirms nothing when the read fails, or when the database cannot be used at all', async () => {
    const copy = () => ({ ...DEFAULT_SETTINGS, language: 'ar' as const });
    const failing = await startPageContext({ getSettings: () => Promise.reject(new Error('broken')), copiedSettings: copy }, POPUP_LOCALES);
    expect(await failing.confirmed).toBeUndefined();

    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    localStorage.setItem(KEY, JSON.stringify({ language: 'ar', digits: 'latn' }));
    const store = openStore({ factory: null, bundled, settingsCopy: localSettingsCopy() });
    const started = await startPageContext(store, POPUP_LOCALES);
    expect(started.ctx.settings).toMatchObject({ language: 'ar', digits: 'latn' });
    expect(await started.confirmed).toBeUndefined();
    expect(await store.getSettings()).toMatchObject({ language: 'ar', digits: 'latn' });
  });

  it('waits for the database when there is no copy (a first start)', async () => {
    const { ctx, confirmed } = await startPageContext({ getSettings: async () => ({ ...DEFAULT_SETTINGS, language: 'ar' as const }), copiedSettings: () => undefined });
    expect(ctx.lang).toBe('ar');
    expect(await confirmed).toBeUndefined();
  });
});
