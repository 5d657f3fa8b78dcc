import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openStore, type OutageStore } from '../../../lib/db';
import { SERVER_ERROR_GRACE_MS } from '../../../lib/failure/detector';
import { notifiedPlatform, openInTabOrWindow, registerFailureDetection, type FailureDetection } from '../../../lib/failure/register';
import { ACTIVE_FOR_MS } from '../../../lib/observations';
import { PLATFORMS } from '../../../lib/platforms';
import { T0 } from './fixtures';

type Listener = (details: Record<string, unknown>) => void;

let store: OutageStore;
let clock: number;
let online: boolean;
let listeners: { error: Listener[]; completed: Listener[]; filters: unknown[] };

/** fake-browser has no webRequest: a stand-in that records listeners and their filters. */
function stubWebRequest() {
  listeners = { error: [], completed: [], filters: [] };
  const event = (list: Listener[]) => ({
    addListener: (fn: Listener, filter: unknown) => {
      list.push(fn);
      listeners.filters.push(filter);
    },
  });
  (fakeBrowser as unknown as { webRequest: unknown }).webRequest = { onErrorOccurred: event(listeners.error), onCompleted: event(listeners.completed) };
  (fakeBrowser as unknown as { i18n: unknown }).i18n = { getUILanguage: () => 'en-US' };
  permissionAdded = [];
  (fakeBrowser.permissions as unknown as { onAdded: unknown }).onAdded = { addListener: (fn: () => void) => permissionAdded.push(fn) };
}

/** Listeners of permissions.onAdded (fake-browser has none). */
let permissionAdded: Array<() => void> = [];

const mainFrame = (url: string, extra: Record<string, unknown>) => ({ type: 'main_frame', tabId: 3, frameId: 0, url, timeStamp: clock, ...extra });
const fail = (url: string, error: string, extra: Record<string, unknown> = {}) => listeners.error.forEach((l) => l(mainFrame(url, { error, ...extra })));
const complete = (url: string, statusCode: number, extra: Record<string, unknown> = {}) => listeners.completed.forEach((l) => l(mainFrame(url, { statusCode, fromCache: false, ...extra })));
const badge = async (tabId?: number) => ({
  text: await fakeBrowser.action.getBadgeText(tabId === undefined ? {} : { tabId }),
  // Without the bidi isolates around names, to compare with plain text.
  title: (await fakeBrowser.action.getTitle(tabId === undefined ? {} : { tabId })).replace(/[\u2068\u2069]/g, ''),
  color: await fakeBrowser.action.getBadgeBackgroundColor(tabId === undefined ? {} : { tabId }),
});
const rgba = (hex: string) => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), 255];

function start(): FailureDetection {
  return registerFailureDetection(store, { now: () => clock, isOnline: () => online });
}

/** Detection with failure notifications turned on and the permission granted. */
async function startNotifying(): Promise<FailureDetection> {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  await store.saveSettings({ notifyOnFailure: true });
  return start();
}

beforeEach(() => {
  fakeBrowser.reset();
  stubWebRequest();
  store = openStore({ factory: new IDBFactory(), bundled: { version: 'test', incidents: [] } });
  clock = T0;
  online = true;
});
afterEach(() => {
  store.close();
  vi.useRealTimers();
});

describe('registerFailureDetection', () => {
  it('listens to main frames of the covered hosts only', () => {
    start();
    expect(listeners.error).toHaveLength(1);
    expect(listeners.completed).toHaveLength(1);
    for (const filter of listeners.filters) {
      expect(filter).toEqual({ urls: expect.arrayContaining(['*://www.facebook.com/*', '*://web.whatsapp.com/*']), types: ['main_frame'] });
      expect((filter as { urls: string[] }).urls).not.toContain('<all_urls>');
    }
  });

  it('logs a DNS failure (host, no URL) and shows it on the badge in Facebook blue, with words in the tooltip', async () => {
    const detection = start();
    fail('https://www.facebook.com/some/private/path?id=42', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    const [o] = await store.observations();
    expect(o).toMatchObject({ platform: 'facebook', host: 'www.facebook.com', outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' });
    expect(JSON.stringify(o)).not.toContain('private');
    const global = await badge();
    expect(global.text).toBe('DNS');
    expect(global.color).toEqual(rgba(PLATFORMS.facebook.color));
    expect(global.title).toContain('Facebook did not load');
    expect(global.title).toContain('address not found (DNS error)');
    expect((await badge(3)).text).toBe('DNS');
  });

  it('forgets its failure state when the user clears the log, so the next failure shows again at once', async () => {
    const detection = start();
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    expect((await badge()).text).toBe('DNS');
    await store.clearObservations();
    await detection.forget();
    expect((await badge()).text).toBe('');
    expect((await badge(3)).text).toBe('');
    // Within the minute in which a repeat of the same failure would count once.
    clock += 5_000;
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    expect(await store.observations()).toHaveLength(1);
    expect((await badge()).text).toBe('DNS');
  });

  it('raises nothing for an aborted load, a sub-resource, a prerender, a request outside a tab or an uncovered host', async () => {
    const detection = start();
    fail('https://www.facebook.com/', 'net::ERR_ABORTED');
    listeners.error.forEach((l) => l({ ...mainFrame('https://www.facebook.com/x.js', { error: 'net::ERR_NAME_NOT_RESOLVED' }), type: 'script' }));
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED', { documentLifecycle: 'prerender' });
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED', { tabId: -1 });
    fail('https://facebook.com.evil.example/', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    expect(await store.observations()).toEqual([]);
    expect((await badge()).text).toBe('');
  });

  it('says offline, in grey, when the machine is disconnected', async () => {
    const detection = start();
    online = false;
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    expect((await store.observations())[0]!.outcome).toBe('offline');
    const global = await badge();
    expect(global.title).toContain('You are offline');
    expect(global.color).toEqual(rgba('#5F6368'));
  });

  it('holds a single 503 for the grace period, then raises it; a later 200 clears it everywhere', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const detection = start();
    complete('https://web.whatsapp.com/', 503);
    await detection.idle();
    expect((await badge()).text).toBe('');
    clock += SERVER_ERROR_GRACE_MS;
    await vi.advanceTimersByTimeAsync(SERVER_ERROR_GRACE_MS + 100);
    await detection.idle();
    expect((await badge()).text).toBe('503');
    expect((await badge()).color).toEqual(rgba(PLATFORMS.whatsapp.color));
    expect((await badge()).title).toContain('server error (HTTP 503)');

    clock += 60_000;
    complete('https://web.whatsapp.com/', 200);
    await detection.idle();
    expect((await badge()).text).toBe('');
    expect((await badge()).title).toBe('Outage Context');
    expect((await badge(3)).text).toBe('');
    expect((await store.observations()).map((o) => o.outcome)).toEqual(['ok', 'server-error']);
  });

  it('drops a 503 that an immediate retry fixes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const detection = start();
    complete('https://web.whatsapp.com/', 503);
    clock += 1_500;
    complete('https://web.whatsapp.com/', 200);
    await detection.idle();
    clock += SERVER_ERROR_GRACE_MS;
    await vi.advanceTimersByTimeAsync(SERVER_ERROR_GRACE_MS + 100);
    await detection.idle();
    expect((await badge()).text).toBe('');
    expect((await store.observations()).map((o) => o.outcome)).toEqual(['ok']);
  });

  it('shows each tab its own platform and the global badge the most recent failure', async () => {
    const detection = start();
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED', { tabId: 1 });
    clock += 1_000;
    fail('https://www.instagram.com/', 'net::ERR_CONNECTION_REFUSED', { tabId: 2 });
    await detection.idle();
    expect((await badge()).text).toBe('!');
    expect((await badge()).title.split('\n')).toHaveLength(3);
    expect((await badge(1)).text).toBe('DNS');
    expect((await badge(2)).text).toBe('!');
  });

  it('restores the badge from the log after the worker restarts, and clears it on the next success', async () => {
    const first = start();
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED');
    await first.idle();
    fakeBrowser.action.resetState();
    stubWebRequest();
    clock += 5 * 60_000;
    const second = start();
    await second.idle();
    expect((await badge()).text).toBe('DNS');
    complete('https://www.facebook.com/', 200);
    await second.idle();
    expect((await badge()).text).toBe('');
  });

  it('resets a badge left from a failure that expired while the worker was stopped', async () => {
    await fakeBrowser.action.setBadgeText({ text: 'DNS' });
    await fakeBrowser.tabs.create({ url: 'about:blank' });
    const [tab] = await fakeBrowser.tabs.query({});
    await fakeBrowser.action.setBadgeText({ tabId: tab!.id!, text: 'DNS' });
    await start().idle();
    expect((await badge()).text).toBe('');
    expect((await badge(tab!.id!)).text).toBe('');
  });

  it('clears a failure nobody retried when it expires, waking on an alarm, platform by platform', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    await store.saveSettings({ notifyOnFailure: true });
    const [one, two] = [(await fakeBrowser.tabs.create({ url: 'about:blank' })).id!, (await fakeBrowser.tabs.create({ url: 'about:blank' })).id!];
    const detection = start();
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED', { tabId: one });
    await detection.idle();
    clock += 30 * 60_000;
    fail('https://www.instagram.com/', 'net::ERR_CONNECTION_REFUSED', { tabId: two });
    await detection.idle();
    expect(await fakeBrowser.alarms.get('failure-expiry')).toMatchObject({ scheduledTime: T0 + ACTIVE_FOR_MS + 1000 });
    expect(Object.keys(await fakeBrowser.notifications.getAll()).sort()).toEqual(['failure-facebook', 'failure-instagram']);

    // Facebook's failure runs out: its tab follows the global badge, which now tells of Instagram only.
    clock = T0 + ACTIVE_FOR_MS + 1000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'failure-expiry', scheduledTime: clock });
    await detection.idle();
    expect((await badge()).title).not.toContain('Facebook');
    // No text of its own in Facebook's tab: it follows the global badge again.
    expect(await badge(one)).toMatchObject({ text: '', title: (await badge()).title });
    expect((await badge(two)).text).toBe('!');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['failure-instagram']);
    expect(await fakeBrowser.alarms.get('failure-expiry')).toMatchObject({ scheduledTime: T0 + 30 * 60_000 + ACTIVE_FOR_MS + 1000 });

    clock = T0 + 30 * 60_000 + ACTIVE_FOR_MS + 1000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'failure-expiry', scheduledTime: clock });
    await detection.idle();
    expect([(await badge()).text, (await badge(one)).text, (await badge(two)).text]).toEqual(['', '', '']);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.alarms.get('failure-expiry')).toBeUndefined();
  });

  it('notifies a new failure only when the user turned it on and the permission is granted', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    let detection = start();
    fail('https://www.facebook.com/', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    await store.saveSettings({ notifyOnFailure: true, language: 'ar' });
    clock += 60_000;
    fail('https://www.instagram.com/', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['failure-instagram']);
    expect((shown['failure-instagram'] as { title: string }).title).toContain('إنستغرام');

    // Still failing: no second notification; recovered: the notification goes.
    clock += 60_000;
    fail('https://www.instagram.com/', 'net::ERR_NAME_NOT_RESOLVED');
    complete('https://www.instagram.com/', 200);
    await detection.idle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    contains.mockResolvedValue(false);
    stubWebRequest();
    detection = start();
    clock += 60_000;
    fail('https://www.threads.net/', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('opens the platform\'s history in a tab when its failure notification is clicked, and clears it', async () => {
    const detection = await startNotifying();
    fail('https://www.instagram.com/', 'net::ERR_NAME_NOT_RESOLVED');
    await detection.idle();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['failure-instagram']);

    await fakeBrowser.notifications.onClicked.trigger('failure-instagram');
    await vi.waitFor(async () => expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/popup.html#platform=instagram')));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('opens the view in a new window when the browser has no window for a tab', async () => {
    const detection = await startNotifying();
    fail('https://web.whatsapp.com/', 'net::ERR_CONNECTION_RESET');
    await detection.idle();
    // What Chrome answers when every window is closed (macOS keeps the browser running).
    const createTab = vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('No current window'));
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');

    await fakeBrowser.notifications.onClicked.trigger('failure-whatsapp');
    await vi.waitFor(() => expect(createWindow).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html#platform=whatsapp'), focused: true }));
    expect(createTab).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
  });

  it('reports the tab error when neither a tab nor a window can be opened', async () => {
    const tabError = new Error('No current window');
    const apis = {
      tabs: { create: vi.fn().mockRejectedValue(tabError) },
      windows: { create: vi.fn().mockRejectedValue(new Error('windows.create failed')) },
    } as unknown as Parameters<typeof openInTabOrWindow>[1];
    await expect(openInTabOrWindow('chrome-extension://id/popup.html', apis)).rejects.toBe(tabError);
  });

  it('ignores clicks on notifications that are not its own', async () => {
    start();
    const before = (await fakeBrowser.tabs.query({})).length;
    await fakeBrowser.notifications.onClicked.trigger('failure-myspace');
    await fakeBrowser.notifications.onClicked.trigger('something-else');
    await new Promise((r) => setTimeout(r, 10));
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('starts listening to clicks when the notifications permission is granted while the worker runs', async () => {
    // As in Chrome without the permission: no notifications API at the start.
    const notifications = fakeBrowser.notifications;
    (fakeBrowser as unknown as { notifications?: unknown }).notifications = undefined;
    try {
      start();
      expect(permissionAdded).toHaveLength(1);
    } finally {
      (fakeBrowser as unknown as { notifications?: unknown }).notifications = notifications;
    }
    permissionAdded[0]!();
    permissionAdded[0]!();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('failure-facebook');
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    // Granted twice (or the worker told twice), it still listens once.
    await new Promise((r) => setTimeout(r, 10));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('still opens the view when the notification cannot be cleared', async () => {
    start();
    vi.spyOn(fakeBrowser.notifications, 'clear').mockRejectedValue(new Error('gone'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('failure-threads');
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html#platform=threads') }));
  });
});

describe('notifiedPlatform', () => {
  it('reads the platform back from a failure notification id, and nothing else', () => {
    expect(notifiedPlatform('failure-whatsapp')).toBe('whatsapp');
    expect(notifiedPlatform('failure-')).toBeUndefined();
    expect(notifiedPlatform('failure-constructor')).toBeUndefined();
    expect(notifiedPlatform('log-cleared')).toBeUndefined();
  });
});
