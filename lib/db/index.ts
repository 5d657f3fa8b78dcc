/** The extension's database: `openStore()` in the background and in extension pages (never in a content script). */
import { bundledIndex } from '../incidents/bundled';
import type { IncidentIndex } from '../incidents/types';
import { createStore, type OutageStore, type SettingsCopy } from './store';
import type { StorageArea } from './unsaved-changes';

export { DB_NAME, DB_VERSION } from './schema';
export { MAX_OBSERVATIONS } from './user-data';
export type { OutageStore, SettingsCopy } from './store';

export interface OpenStoreOptions {
  /** The IndexedDB to use: the global one when left out, none (answers from memory) when null. */
  factory?: IDBFactory | null;
  bundled?: IncidentIndex;
  now?: () => number;
  /** How long an upgrade waits for an older connection before the store answers from memory (default 3 s). */
  blockedTimeoutMs?: number;
  /** A synchronous copy of the settings for pages that paint before the database opens (none by default). */
  settingsCopy?: SettingsCopy;
  /** Where changes made while the database fails wait for it (`storage.local`); none by default: memory only. */
  unsavedArea?: StorageArea;
}

/** The global IndexedDB; reading it throws where storage is forbidden (Firefox with storage disabled). */
function globalFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/** A store over the extension's database. Nothing is opened until the first call. */
export function openStore(options: OpenStoreOptions = {}): OutageStore {
  const factory = options.factory === undefined ? globalFactory() : (options.factory ?? undefined);
  return createStore({ ...options, factory, bundled: options.bundled ?? bundledIndex });
}
