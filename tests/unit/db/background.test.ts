import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { viewPath } from '../../../lib/views';
import { answerRequests, seedOnLifecycle } from '../../../lib/background/service';
import { openStore, type OutageStore } from '../../../lib/db';
import { openDatabase } from '../../../lib/db/schema';
import { createMessageListener, MessageError, request, type Send } from '../../../lib/messages';
import { FIXTURE, freshFactory, ids, INSTAGRAM_2024, META_GLOBAL, META_LOGOUT, META_LONG } from './fixture';

let factory: IDBFactory;
let store: OutageStore;
/** Failure detection's side of the protocol: counts how often the worker was told the log was cleared. */
const failures = { forgotten: 0, forget: () => Promise.resolve(void failures.forgotten++) };
/** The toolbar button's side: the tabs it was told show a platform. */
const toolbar = { shown: [] as [number, string][], showsPlatform: (tabId: number, platform: string) => Promise.resolve(void toolbar.shown.push([tabId, platform])) };
/** What a content script or page calls: runtime.sendMessage through the typed protocol. */
const send: Send = (message) => fakeBrowser.runtime.sendMessage(message);

beforeEach(() => {
  fakeBrowser.reset();
  factory = freshFactory();
  store = openStore({ factory, bundled: FIXTURE });
  answerRequests(fakeBrowser.runtime, createHandlers(store, failures, toolbar));
  failures.forgotten = 0;
  toolbar.shown = [];
});
afterEach(() => store.close());

describe('the background answering the protocol', () => {
  it('answers health and a platform query', async () => {
    expect(await request(send, 'health', {})).toEqual({ ok: true, persisted: true, datasetVersion: FIXTURE.version });
    expect(ids(await request(send, 'incidentsForPlatform', { platform: 'instagram' }))).toEqual(ids([INSTAGRAM_2024, META_LOGOUT, META_GLOBAL, META_LONG]));
  });

  it('answers the banner requests through the same listener', async () => {
    // fake-browser has no i18n.
    (fakeBrowser as unknown as { i18n: unknown }).i18n = { getUILanguage: () => 'en-US' };
    await expect(request(send, 'banner', { host: 'www.facebook.com' })).resolves.not.toBeUndefined();
    expect(await request(send, 'dismissBanner', { platform: 'facebook', scope: 'platform' })).toEqual({ saved: true });
    expect((await store.getSettings()).bannerDisabled).toEqual(['facebook']);
  });

  it('tells failure detection when a page cleared the log', async () => {
    expect(await request(send, 'logCleared', {})).toBeNull();
    expect(failures.forgotten).toBe(1);
  });

  it("points the toolbar button at the platform of the page that says it loaded, by the sender's URL", async () => {
    const listener = createMessageListener(createHandlers(store, failures, toolbar));
    expect(await listener({ type: 'pageShown', payload: {} }, { tab: { id: 7 }, url: 'https://web.whatsapp.com/' })).toEqual({ ok: true, value: null });
    expect(toolbar.shown).toEqual([[7, 'whatsapp']]);
    // Another site, or no tab (an extension page), points nothing.
    expect(await listener({ type: 'pageShown', payload: {} }, { tab: { id: 8 }, url: 'https://example.com/' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await listener({ type: 'pageShown', payload: {} }, { url: 'https://www.facebook.com/' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(toolbar.shown).toEqual([[7, 'whatsapp']]);
  });

  it('returns a typed error for bad input, an unknown request or something that is not a message', async () => {
    await expect(request(send, 'incidentsForPlatform', { platform: 'myspace' as 'facebook' })).rejects.toEqual(new MessageError('bad-request', 'Unknown platform: "myspace"'));
    await expect(request(send, 'nonsense' as 'health', {})).rejects.toMatchObject({ code: 'unknown-request' });
    expect(await fakeBrowser.runtime.sendMessage('hello')).toEqual({ ok: false, error: { code: 'bad-request', message: 'Not a protocol message' } });
  });

  it('still answers, from memory, when the database cannot be used', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.reset();
    answerRequests(fakeBrowser.runtime, createHandlers(openStore({ factory: null, bundled: FIXTURE }), failures, toolbar));
    expect(await request(send, 'health', {})).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(ids(await request(send, 'incidentsForPlatform', { platform: 'twitter' }))).toEqual(['2023-03-01-twitter-links']);
  });

  it('opens the popup on a platform, or the incident page, in a tab next to the asking one', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const opener = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/' });
    const listener = createMessageListener(createHandlers(store, failures, toolbar));
    expect(await listener({ type: 'openView', payload: { view: 'platform', platform: 'facebook' } }, { tab: { id: opener.id } })).toEqual({ ok: true, value: null });
    expect(create).toHaveBeenLastCalledWith({ url: 'chrome-extension://test-extension-id/popup.html#platform=facebook', openerTabId: opener.id });
    await request(send, 'openView', { view: 'incident', id: META_GLOBAL.id });
    expect(create).toHaveBeenLastCalledWith({ url: `chrome-extension://test-extension-id/incident.html#${META_GLOBAL.id}` });
  });

  it('refuses to open anything but a platform view or an incident id', () => {
    expect(viewPath({ view: 'platform', platform: 'threads' })).toBe('/popup.html#platform=threads');
    expect(() => viewPath({ view: 'incident', id: '../options.html' })).toThrow(MessageError);
    expect(() => viewPath({ view: 'platform', platform: 'javascript:' as 'facebook' })).toThrow('Cannot open view');
  });
});

describe('seeding on lifecycle events', () => {
  it('seeds on install and on browser start', async () => {
    const ensureSeeded = vi.spyOn(store, 'ensureSeeded');
    seedOnLifecycle(fakeBrowser.runtime, store);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(ensureSeeded).toHaveBeenCalledTimes(1);
    await ensureSeeded.mock.results[0]?.value;
    const db = await openDatabase(factory);
    expect(await db.count('incidents')).toBe(FIXTURE.incidents.length);
    await db.clear('meta');
    db.close();
    // A new worker start after the browser restarts: the missing dataset record is noticed and fixed.
    store.close();
    store = openStore({ factory, bundled: FIXTURE });
    const seededAgain = vi.spyOn(store, 'ensureSeeded');
    seedOnLifecycle(fakeBrowser.runtime, store);
    await fakeBrowser.runtime.onStartup.trigger();
    await seededAgain.mock.results[0]?.value;
    const again = await openDatabase(factory);
    expect(await again.count('meta')).toBe(1);
    again.close();
  });
});
