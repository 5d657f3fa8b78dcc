/**
 * The IndexedDB schema and its migrations. Each step moves the database up one version and the
 * steps run in order from the stored version, so any older database reaches today's shape
 * without skipping a step. A shipped step is never edited: a change is a new step.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CauseCategory, Incident, PlatformId } from '../incidents/types';
import type { Observation } from '../observations';
import type { BannerRecord, Settings } from '../settings';

export const DB_NAME = 'outage-context';

/** One stored incident: the record plus the keys its indexes read. */
export interface IncidentRow {
  id: string;
  /** start.utc in ms since the epoch (the `by-start` index). */
  startMs: number;
  platforms: PlatformId[];
  cause: CauseCategory;
  incident: Incident;
}

export const DATASET_KEY = 'dataset';

/** Which bundled index the `incidents` store holds. `version` is the index's content hash. */
export interface DatasetMeta {
  key: typeof DATASET_KEY;
  version: string;
  /** How many incidents were written: a store emptied or trimmed by hand is noticed and reseeded. */
  count: number;
  seededAt: number;
}

/**
 * When a user record was saved (ms since the epoch): a change made earlier, kept aside while the
 * database failed (unsaved-changes.ts), does not overwrite it when it is written in later. Rows
 * saved before this field existed have none, and count as older than any change.
 */
interface Saved {
  savedAt?: number;
}

/** One setting per row, so two pages saving different settings at once never overwrite each other. */
export interface SettingRow<K extends keyof Settings = keyof Settings> extends Saved {
  key: K;
  value: Settings[K];
}

export type DismissalRow = BannerRecord & Saved;

export interface OutageDB extends DBSchema {
  incidents: {
    key: string;
    value: IncidentRow;
    indexes: { 'by-platform': PlatformId; 'by-start': number; 'by-cause': CauseCategory };
  };
  meta: { key: string; value: DatasetMeta };
  settings: { key: string; value: SettingRow };
  dismissals: { key: PlatformId; value: DismissalRow };
  observations: { key: number; value: Observation; indexes: { 'by-time': number } };
}

export type OutageDatabase = IDBPDatabase<OutageDB>;
type UpgradeTransaction = IDBPTransaction<OutageDB, StoreNames<OutageDB>[], 'versionchange'>;

/** MIGRATIONS[n] takes a database from version n to n + 1. */
const MIGRATIONS: ReadonlyArray<(db: OutageDatabase, tx: UpgradeTransaction) => void> = [
  // 1: the bundled incidents, the dataset they came from, and the user's settings.
  (db) => {
    const incidents = db.createObjectStore('incidents', { keyPath: 'id' });
    incidents.createIndex('by-platform', 'platforms', { multiEntry: true });
    incidents.createIndex('by-start', 'startMs');
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // 2: banner etiquette per platform, the user's own observed failures, incidents by cause.
  (db, tx) => {
    tx.objectStore('incidents').createIndex('by-cause', 'cause');
    db.createObjectStore('dismissals', { keyPath: 'platform' });
    db.createObjectStore('observations', { keyPath: 'id', autoIncrement: true }).createIndex('by-time', 'time');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  /** Opens at an older schema version (tests of the upgrade path). */
  version?: number;
  /** An older connection (an open popup, another worker) holds the database and delays the upgrade. */
  onBlocked?: () => void;
}

/**
 * Opens the database through `factory` (idb's openDB always uses the global one), running every
 * migration between the stored version and `version`.
 */
export function openDatabase(factory: IDBFactory, { version = DB_VERSION, onBlocked }: OpenOptions = {}): Promise<OutageDatabase> {
  const request = factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as OutageDatabase;
    const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
    for (let from = event.oldVersion; from < (event.newVersion ?? version); from++) MIGRATIONS[from]!(db, tx);
  });
  if (onBlocked) request.addEventListener('blocked', onBlocked);
  return wrap(request) as unknown as Promise<OutageDatabase>;
}
