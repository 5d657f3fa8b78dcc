/**
 * The background pointing the toolbar button (lib/background/toolbar-popup.ts, lib/ui/popup-variants.ts):
 * the default and every covered tab on a worker start, a tab whose page is shown, and a failed load's tab
 * at once and again once the browser's error page has loaded (which resets the tab's page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerToolbarPopup } from '../../../lib/background/toolbar-popup';
import { matchPatterns, platformForUrl } from '../../../lib/platforms';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { ToolbarApis } from '../../../lib/ui/popup-variants';

type ErrorListener = (details: { tabId: number; url: string; type: string; error: string }) => void;
let errorListeners: ErrorListener[];
let filters: unknown[];
let calls: { popup: string; tabId?: number }[];
/** Open tabs by id and address; like the browser, `query` shows only covered sites' addresses. */
let openTabs: Map<number, { url: string; pendingUrl?: string }>;
let queries: unknown[];
const apis: ToolbarApis = {
  action: { setPopup: (details) => Promise.resolve(void calls.push(details)) },
  tabs: {
    get: (id) => (openTabs.has(id) ? Promise.resolve(openTabs.get(id)!) : Promise.reject(new Error(`No tab with id: ${id}`))),
    query: (query) => {
      queries.push(query);
      return Promise.resolve([...openTabs].filter(([, tab]) => platformForUrl(tab.url)).map(([id, tab]) => ({ id, url: tab.url })));
    },
  },
};
const storeWith = (settings: Partial<Settings> = {}) => ({ getSettings: () => Promise.resolve({ ...DEFAULT_SETTINGS, ...settings }) });
const settle = () => new Promise((r) => setTimeout(r, 0));
const failLoad = (tabId: number, url: string, error = 'net::ERR_NAME_NOT_RESOLVED') => errorListeners[0]!({ tabId, url, type: 'main_frame', error });

beforeEach(() => {
  fakeBrowser.reset();
  errorListeners = [];
  filters = [];
  calls = [];
  openTabs = new Map();
  queries = [];
  // fake-browser has no webRequest nor i18n.
  (fakeBrowser as unknown as { webRequest: unknown }).webRequest = {
    onErrorOccurred: { addListener: (fn: ErrorListener, filter: unknown) => void (errorListeners.push(fn), filters.push(filter)) },
  };
  (fakeBrowser as unknown as { i18n: unknown }).i18n = { getUILanguage: () => 'ar-EG' };
});
afterEach(() => vi.useRealTimers());

describe('the toolbar button’s page, from the background', () => {
  it('is pointed at the view for the settings on every worker start, and in every covered tab on an install or update', async () => {
    openTabs.set(1, { url: 'https://www.instagram.com/reel/1' });
    openTabs.set(2, { url: 'https://example.com/' });
    registerToolbarPopup(storeWith(), apis);
    await settle();
    expect(calls).toEqual([{ popup: 'popup-ar-all.html' }]);
    expect(queries).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    await settle();
    expect(queries).toEqual([{ url: matchPatterns() }]);
    expect(calls).toEqual([{ popup: 'popup-ar-all.html' }, { popup: 'popup-ar-all.html' }, { tabId: 1, popup: 'popup-ar-instagram.html' }]);
    calls = [];
    fakeBrowser.reset();
    registerToolbarPopup(storeWith({ hijri: true }), apis);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    expect(calls).toEqual([{ popup: 'popup.html' }, { popup: 'popup.html' }, { tabId: 1, popup: 'popup.html' }]);
  });

  it('falls back to the defaults when the settings cannot be read', async () => {
    registerToolbarPopup({ getSettings: () => Promise.reject(new Error('broken')) }, apis);
    await settle();
    expect(calls).toEqual([{ popup: 'popup-ar-all.html' }]);
  });

  it('points a tab whose covered load failed at once and again when its error page has loaded', async () => {
    registerToolbarPopup(storeWith(), apis);
    expect(filters).toEqual([{ urls: matchPatterns(), types: ['main_frame'] }]);
    await settle();
    calls = [];
    openTabs.set(5, { url: 'about:blank', pendingUrl: 'https://www.facebook.com/' });
    failLoad(5, 'https://www.facebook.com/');
    await settle();
    expect(calls).toEqual([{ tabId: 5, popup: 'popup-ar-facebook.html' }]);
    // Another tab's load says nothing about this one.
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'complete' }, { id: 6 } as never);
    await settle();
    expect(calls).toHaveLength(1);
    openTabs.set(5, { url: 'https://www.facebook.com/' });
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, { id: 5 } as never);
    await settle();
    expect(calls).toEqual([
      { tabId: 5, popup: 'popup-ar-facebook.html' },
      { tabId: 5, popup: 'popup-ar-facebook.html' },
    ]);
    // Listened for once only.
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, { id: 5 } as never);
    await settle();
    expect(calls).toHaveLength(2);
  });

  it('points a tab whose page says it is shown, unless the tab has moved on or closed', async () => {
    const toolbar = registerToolbarPopup(storeWith(), apis);
    await settle();
    calls = [];
    openTabs.set(9, { url: 'https://www.threads.com/' });
    openTabs.set(10, { url: 'https://example.org/' });
    await toolbar.showsPlatform(9, 'threads');
    await toolbar.showsPlatform(10, 'facebook');
    await toolbar.showsPlatform(11, 'facebook');
    expect(calls).toEqual([{ tabId: 9, popup: 'popup-ar-threads.html' }]);
  });

  it('ignores loads outside a tab, hosts it does not cover and tabs that moved on, and stops listening after a while', async () => {
    vi.useFakeTimers();
    registerToolbarPopup(storeWith(), apis);
    await vi.runAllTimersAsync();
    calls = [];
    openTabs.set(3, { url: 'https://example.com/' });
    openTabs.set(4, { url: 'https://www.instagram.com/' });
    // Stopped by going elsewhere: the tab now loads a site it does not cover.
    openTabs.set(7, { url: 'https://www.facebook.com/', pendingUrl: 'https://example.org/' });
    failLoad(-1, 'https://www.facebook.com/');
    failLoad(3, 'https://example.com/');
    failLoad(7, 'https://www.facebook.com/', 'net::ERR_ABORTED');
    failLoad(4, 'https://www.instagram.com/');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ tabId: 4, popup: 'popup-ar-instagram.html' }]);
    await vi.advanceTimersByTimeAsync(11_000);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, { id: 4 } as never);
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, { id: 7 } as never);
    await vi.runAllTimersAsync();
    expect(calls).toEqual([{ tabId: 4, popup: 'popup-ar-instagram.html' }]);
  });
});
