/**
 * The background pointing the toolbar button (lib/background/toolbar-popup.ts): the default on every
 * worker start, and a failed load's tab once the browser's error page has loaded (which resets the tab's page).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerToolbarPopup } from '../../../lib/background/toolbar-popup';
import { matchPatterns } from '../../../lib/platforms';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

type ErrorListener = (details: { tabId: number; url: string; type: string }) => void;
let errorListeners: ErrorListener[];
let filters: unknown[];
let calls: { popup: string; tabId?: number }[];
const action = { setPopup: (details: { popup: string; tabId?: number }) => Promise.resolve(void calls.push(details)) };
const storeWith = (settings: Partial<Settings> = {}) => ({ getSettings: () => Promise.resolve({ ...DEFAULT_SETTINGS, ...settings }) });
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fakeBrowser.reset();
  errorListeners = [];
  filters = [];
  calls = [];
  // fake-browser has no webRequest nor i18n.
  (fakeBrowser as unknown as { webRequest: unknown }).webRequest = {
    onErrorOccurred: { addListener: (fn: ErrorListener, filter: unknown) => void (errorListeners.push(fn), filters.push(filter)) },
  };
  (fakeBrowser as unknown as { i18n: unknown }).i18n = { getUILanguage: () => 'ar-EG' };
});
afterEach(() => vi.useRealTimers());

describe('the toolbar button’s page, from the background', () => {
  it('is pointed at the view for the settings on every worker start', async () => {
    registerToolbarPopup(storeWith(), action);
    await settle();
    expect(calls).toEqual([{ popup: 'popup-ar-all.html' }]);
    calls = [];
    registerToolbarPopup(storeWith({ hijri: true }), action);
    await settle();
    expect(calls).toEqual([{ popup: 'popup.html' }]);
  });

  it('falls back to the defaults when the settings cannot be read', async () => {
    registerToolbarPopup({ getSettings: () => Promise.reject(new Error('broken')) }, action);
    await settle();
    expect(calls).toEqual([{ popup: 'popup-ar-all.html' }]);
  });

  it('points a tab whose covered load failed at once and again when its error page has loaded', async () => {
    const toolbar = registerToolbarPopup(storeWith(), action);
    expect(filters).toEqual([{ urls: matchPatterns(), types: ['main_frame'] }]);
    await settle();
    calls = [];
    errorListeners[0]!({ tabId: 5, url: 'https://www.facebook.com/', type: 'main_frame' });
    await settle();
    expect(calls).toEqual([{ tabId: 5, popup: 'popup-ar-facebook.html' }]);
    // Another tab's load says nothing about this one.
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'complete' }, { id: 6 } as never);
    await settle();
    expect(calls).toHaveLength(1);
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
    // The content script's "page shown" goes the same way.
    await toolbar.showsPlatform(9, 'threads');
    expect(calls[2]).toEqual({ tabId: 9, popup: 'popup-ar-threads.html' });
  });

  it('ignores loads outside a tab and hosts it does not cover, and stops listening after a while', async () => {
    vi.useFakeTimers();
    registerToolbarPopup(storeWith(), action);
    await vi.runAllTimersAsync();
    calls = [];
    errorListeners[0]!({ tabId: -1, url: 'https://www.facebook.com/', type: 'main_frame' });
    errorListeners[0]!({ tabId: 3, url: 'https://example.com/', type: 'main_frame' });
    errorListeners[0]!({ tabId: 4, url: 'https://www.instagram.com/', type: 'main_frame' });
    await vi.advanceTimersByTimeAsync(11_000);
    calls = [];
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, { id: 4 } as never);
    await vi.runAllTimersAsync();
    expect(calls).toEqual([]);
  });
});
