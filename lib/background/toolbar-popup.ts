/**
 * Which page the toolbar button opens (see lib/ui/popup-variants.ts): the default for the user's settings
 * on every worker start, and every open covered tab's on an install or update; in a tab of a covered
 * platform, that platform's view, set when its page says it is shown (the `pageShown` request) or when
 * its load failed. The browser resets a tab's page whenever the tab navigates to another document.
 */
import { browser, type Browser } from 'wxt/browser';
import type { OutageStore } from '../db';
import { matchPatterns, platformForUrl } from '../platforms';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { PlatformId } from '../incidents/types';
import { pointDefaultPopup, pointTabPopup, pointToolbar, type ToolbarApis } from '../ui/popup-variants';

interface LifecycleEvents {
  onInstalled: { addListener(callback: () => void): void };
}

type SettingsStore = Pick<OutageStore, 'getSettings'>;

async function settingsOf(store: SettingsStore): Promise<Settings> {
  try {
    return await store.getSettings();
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export interface ToolbarPopup {
  /** A tab now shows `platform` (its page loaded, or failed to). */
  showsPlatform(tabId: number, platform: PlatformId): Promise<void>;
}

/** How long a failed tab is watched for its error page. */
const ERROR_PAGE_WAIT_MS = 10_000;

/**
 * Runs `then` when the tab next finishes loading. Listening only while the worker is awake anyway,
 * for one tab: a top-level tabs.onUpdated listener would wake the worker for every page of every site.
 */
function whenLoaded(tabId: number, then: () => void): void {
  const listener = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (id !== tabId || change.status !== 'complete') return;
    stop();
    then();
  };
  const stop = () => {
    clearTimeout(timer);
    browser.tabs.onUpdated.removeListener(listener);
  };
  const timer = setTimeout(stop, ERROR_PAGE_WAIT_MS);
  browser.tabs.onUpdated.addListener(listener);
}

export function registerToolbarPopup(store: SettingsStore, apis: ToolbarApis = browser, runtime: LifecycleEvents = browser.runtime): ToolbarPopup {
  // The default on every start (the browser may have forgotten it); covered tabs open before an install
  // or update have no page yet.
  void settingsOf(store).then((settings) => pointDefaultPopup(apis, settings));
  runtime.onInstalled.addListener(() => void settingsOf(store).then((settings) => pointToolbar(apis, settings)));
  const showsPlatform = async (tabId: number, platform: PlatformId) => pointTabPopup(apis, await settingsOf(store), tabId, platform);
  // A failed load shows the browser's error page, where no content script runs to say so. The error
  // usually comes before that page commits, which resets the tab's page, so it is set again once the tab
  // has loaded; a busy worker may hear of the error only after the commit, so it is also set at once.
  browser.webRequest.onErrorOccurred.addListener(
    (details: Browser.webRequest.OnErrorOccurredDetails) => {
      const platform = details.tabId >= 0 ? platformForUrl(details.url) : undefined;
      // A stopped load, or one left for another site, fails too: pointTabPopup skips a tab that moved on.
      if (!platform) return;
      void showsPlatform(details.tabId, platform.id);
      whenLoaded(details.tabId, () => void showsPlatform(details.tabId, platform.id));
    },
    { urls: matchPatterns(), types: ['main_frame'] },
  );
  return { showsPlatform };
}
