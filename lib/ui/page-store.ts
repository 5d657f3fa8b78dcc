/**
 * The store as extension pages open it: the database, plus a copy of the settings in the extension's
 * localStorage, so the popup can paint in the user's language before IndexedDB has opened, and
 * `storage.local` for changes made while the database fails.
 */
import { browser } from 'wxt/browser';
import { openStore, type OutageStore, type SettingsCopy } from '../db';
import type { Settings } from '../settings';

const SETTINGS_KEY = 'outage-context.settings';

/** The copy in `storage`; undefined where there is none (a service worker) or it cannot be read. */
export function localSettingsCopy(storage: () => Storage | undefined = () => globalThis.localStorage): SettingsCopy | undefined {
  let local: Storage | undefined;
  try {
    local = storage();
  } catch {
    // Reading localStorage throws where the browser forbids storage.
    return undefined;
  }
  if (!local) return undefined;
  return {
    read() {
      try {
        const text = local.getItem(SETTINGS_KEY);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    write(settings: Settings) {
      try {
        local.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        // Full or forbidden: pages then wait for the database, as on a first start.
      }
    },
  };
}

export function openPageStore(): OutageStore {
  return openStore({ settingsCopy: localSettingsCopy(), unsavedArea: browser.storage.local });
}
