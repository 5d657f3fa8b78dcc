/**
 * The store every part of the extension asks: the background (for content scripts) and the
 * extension pages, which may open the database themselves. IndexedDB is a cache of the bundled
 * index plus the user's own records; when it cannot be used, the store answers from the bundled
 * index in memory, keeps the user's changes aside (unsaved-changes.ts) until it works again, says so
 * in health() and warns once.
 */
import type { IDBPObjectStore } from 'idb';
import type { Incident, IncidentIndex, PlatformId } from '../incidents/types';
import type { DegradedReason, StoreHealth } from '../messages';
import { compareObservations, overCap, type Observation } from '../observations';
import { isPlatformId } from '../platforms';
import * as queries from '../queries';
import type { BannerRecord, Settings } from '../settings';
import { DB_VERSION, DATASET_KEY, openDatabase, type IncidentRow, type OutageDB, type OutageDatabase } from './schema';
import { holdsDataset, holdsVersion, isCurrentMeta, isIncidentRow, replaceIncidents } from './seed';
import { commit } from './transaction';
import { UnsavedChanges, type StorageArea } from './unsaved-changes';
import {
  applyChange,
  changeTime,
  checkedBannerRecord,
  checkedObservation,
  isBannerRecord,
  isObservation,
  MAX_OBSERVATIONS,
  settingRows,
  settingsFromRows,
  userRecords,
  type UserChange,
  type UserRecords,
} from './user-data';

export interface OutageStore {
  /** Makes sure the database holds the bundled index; never rejects (a failure means answers from memory). */
  ensureSeeded(): Promise<void>;
  health(): Promise<StoreHealth>;
  /** Every incident, newest first. */
  allIncidents(): Promise<Incident[]>;
  /** Newest first. */
  incidentsForPlatform(platform: PlatformId): Promise<Incident[]>;
  incidentById(id: string): Promise<Incident | undefined>;
  /** Incidents that started from `fromMs` to `toMs` (both included), newest first. */
  incidentsBetween(fromMs: number, toMs: number): Promise<Incident[]>;
  /** Incidents of earlier years within `windowDays` of this month and day; nearest day first, then newest. */
  onThisDay(date: Date, windowDays: number): Promise<Incident[]>;
  /** The `n` newest incidents. */
  latest(n: number): Promise<Incident[]>;
  /** The user's settings with DEFAULT_SETTINGS for anything not set (or stored badly). */
  getSettings(): Promise<Settings>;
  /** The settings as last read or saved through a store with a settings copy, at once; undefined without one. */
  copiedSettings(): Settings | undefined;
  /** Saves the given settings (a bad key or value is refused with a TypeError) and returns them all. */
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /**
   * Turns the banner off (or back on) for one platform and returns all settings. The list is read and
   * written in one transaction, so two pages changing it at once (the banner's "don't show", the
   * options page) both count.
   */
  setBannerDisabled(platform: PlatformId, disabled: boolean): Promise<Settings>;
  getBannerRecord(platform: PlatformId): Promise<BannerRecord | undefined>;
  saveBannerRecord(record: BannerRecord): Promise<void>;
  /** Adds to the user's log, keeping MAX_OBSERVATIONS: stale samples of successful loads go first, then the oldest (see overCap). */
  addObservation(observation: Observation): Promise<void>;
  /** Newest first, optionally from `sinceMs` on and for one platform. */
  observations(options?: { sinceMs?: number; platform?: PlatformId }): Promise<Observation[]>;
  clearObservations(): Promise<void>;
  /** Forgets settings, banner records and observations; the incidents stay. */
  resetUserData(): Promise<void>;
  /** Closes the connection; a later call opens it again. */
  close(): void;
}

export interface StoreOptions {
  /** The IndexedDB to use; the global one by default. */
  factory?: IDBFactory;
  /** The index to seed and to fall back on; the one bundled with the extension by default. */
  bundled: IncidentIndex;
  now?: () => number;
  /** How long to wait for an older connection to let an upgrade through before answering from memory. */
  blockedTimeoutMs?: number;
  /** Kept equal to the stored settings, for pages that paint before the database opens. */
  settingsCopy?: SettingsCopy;
  /** Where the user's changes wait while the database cannot take them (`storage.local`); memory only without one. */
  unsavedArea?: StorageArea;
}

/**
 * A synchronous copy of the settings (an extension page's localStorage): opening IndexedDB costs a
 * page ~10 ms, and a popup should paint in the user's language before that. The database stays the
 * record; the copy is written after every read and save there, and only then.
 */
export interface SettingsCopy {
  read(): unknown;
  write(settings: Settings): void;
}

/** An older connection kept the database from upgrading for longer than the store waits. */
class BlockedError extends Error {
  override name = 'BlockedError';
}

/** The database opened but is not in the shape the schema gives it. */
class CorruptError extends Error {
  override name = 'CorruptError';
}

/** Opening the database failed: nothing, user records included, can be stored. */
class OpenError extends Error {
  override name = 'OpenError';
  constructor(cause: unknown) {
    super(describe(cause), { cause });
  }
}

const STORE_NAMES = ['incidents', 'meta', 'settings', 'dismissals', 'observations'] as const;

type IncidentsReader = IDBPObjectStore<OutageDB, ('meta' | 'incidents')[], 'incidents', 'readonly'>;

function describe(err: unknown): string {
  if (err instanceof OpenError) return err.message;
  if (err instanceof Error || (typeof err === 'object' && err !== null && 'name' in err)) {
    const { name, message } = err as { name: string; message?: string };
    return message ? `${name}: ${message}` : name;
  }
  return String(err);
}

function reasonFor(err: unknown): DegradedReason {
  const cause = err instanceof OpenError ? err.cause : err;
  const name = typeof cause === 'object' && cause !== null ? (cause as { name?: unknown }).name : undefined;
  if (cause instanceof BlockedError) return 'blocked';
  if (cause instanceof CorruptError || name === 'NotFoundError') return 'corrupt';
  if (name === 'QuotaExceededError') return 'quota';
  // Firefox without storage for this profile ("The operation is insecure").
  if (name === 'SecurityError') return 'unavailable';
  return err instanceof OpenError ? 'open-failed' : 'failed';
}

function checkPlatform(platform: unknown): PlatformId {
  if (!isPlatformId(platform)) throw new TypeError(`Unknown platform: ${JSON.stringify(platform)}`);
  return platform;
}

/** Newest first, sorted on the stored start key. */
function newestRows(rows: IncidentRow[]): Incident[] {
  return rows.sort((a, b) => queries.compareNewestFirst(a.startMs, a.id, b.startMs, b.id)).map((row) => row.incident);
}

/** What the store answers from when it cannot use the database: the bundled incidents and the last known user records. */
class MemoryData {
  private sorted?: Incident[];
  private readonly byPlatform = new Map<PlatformId, Incident[]>();
  /** As last read from or written to the database; a fault's unsaved changes apply on top of them. */
  lastKnown: UserRecords = userRecords([], [], []);

  constructor(private readonly index: IncidentIndex) {}

  /** Newest first: the compiled order reversed, or sorted when the index is not the compiler's. */
  get incidents(): Incident[] {
    return (this.sorted ??= this.index.positionsByPlatform ? [...this.index.incidents].reverse() : queries.newestFirst(this.index.incidents));
  }

  /** Newest first, built once per platform: from the compiler's positions, else by filtering the sorted list. */
  forPlatform(platform: PlatformId): Incident[] {
    let list = this.byPlatform.get(platform);
    if (!list) {
      const { incidents, positionsByPlatform } = this.index;
      const positions = positionsByPlatform?.[platform];
      list = positions ? positions.map((_, k) => incidents[positions[positions.length - 1 - k]!]!) : this.incidents.filter((i) => i.platforms.includes(platform));
      this.byPlatform.set(platform, list);
    }
    return list;
  }
}

export function createStore({ factory, bundled, now = Date.now, blockedTimeoutMs = 3000, settingsCopy, unsavedArea }: StoreOptions): OutageStore {
  return new IndexedDbStore(factory, bundled, now, blockedTimeoutMs, settingsCopy, unsavedArea);
}

class IndexedDbStore implements OutageStore {
  private connection?: Promise<OutageDatabase>;
  /** Per connection: the version checked (and the index written if it differed). */
  private seeded?: Promise<void>;
  /** Per connection: the row count checked too (off the query path). */
  private verified?: Promise<void>;
  private repairing?: Promise<void>;
  /** Per connection: the changes made during an earlier fault, written in before the first user-record operation. */
  private takenIn?: Promise<void>;
  /** The version check a whole-list answer started (health() waits for it). */
  private checking?: Promise<void>;
  private incidentsInMemory = false;
  private userDataInMemory = false;
  private problem?: { reason: DegradedReason; detail: string };
  private readonly memory: MemoryData;
  private readonly unsaved: UnsavedChanges;
  /** The records recordsInMemory() last gave, and the changes applied to `from` to get them. */
  private applied?: { from: UserRecords; ids: string[]; records: UserRecords };

  constructor(
    private readonly factory: IDBFactory | undefined,
    private readonly bundled: IncidentIndex,
    private readonly now: () => number,
    private readonly blockedTimeoutMs: number,
    private readonly settingsCopy?: SettingsCopy,
    unsavedArea?: StorageArea,
  ) {
    this.memory = new MemoryData(bundled);
    this.unsaved = new UnsavedChanges(unsavedArea, now);
    // Should the database fail, the settings last seen there stand until the user changes them.
    const copied = this.copiedSettings();
    if (copied) this.memory.lastKnown = userRecords(Object.entries(copied).map(([key, value]) => ({ key, value })), [], []);
    if (!factory) this.fail(new OpenError(new DOMException('IndexedDB is not available in this context', 'SecurityError')));
  }

  // Connection ------------------------------------------------------------------------------

  private connect(): Promise<OutageDatabase> {
    if (!this.connection) {
      const connection: Promise<OutageDatabase> = this.open().then((db) => {
        const forget = () => {
          if (this.connection !== connection) return;
          this.connection = undefined;
          this.seeded = this.verified = this.takenIn = undefined;
        };
        // A newer version (an updated extension) or a delete waits for us: step aside, reopen lazily.
        db.addEventListener('versionchange', () => {
          db.close();
          forget();
        });
        // Closed by the browser (storage cleared, disk error): reopen on the next call.
        db.addEventListener('close', forget);
        return db;
      });
      this.connection = connection;
    }
    return this.connection;
  }

  private open(): Promise<OutageDatabase> {
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let gaveUp = false;
      const onBlocked = () => {
        timer ??= setTimeout(() => {
          gaveUp = true;
          reject(new OpenError(new BlockedError(`An older connection kept the database from upgrading for ${this.blockedTimeoutMs} ms`)));
        }, this.blockedTimeoutMs);
      };
      let opening: Promise<OutageDatabase>;
      try {
        opening = openDatabase(this.factory!, { onBlocked });
      } catch (err) {
        return reject(new OpenError(err));
      }
      opening.then(
        (db) => {
          clearTimeout(timer);
          // Answers already come from memory; the upgrade went through for the next start.
          if (gaveUp) return db.close();
          const missing = STORE_NAMES.filter((name) => !db.objectStoreNames.contains(name));
          if (missing.length) {
            db.close();
            return reject(new OpenError(new CorruptError(`Database version ${DB_VERSION} lacks the stores ${missing.join(', ')}`)));
          }
          resolve(db);
        },
        (err: unknown) => {
          clearTimeout(timer);
          reject(new OpenError(err));
        },
      );
    });
  }

  /** Runs `op` on the open database; once more on a new connection if the old one closed under it. */
  private async withDb<T>(op: (db: OutageDatabase) => Promise<T>): Promise<T> {
    const connection = this.connect();
    const db = await connection;
    try {
      return await op(db);
    } catch (err) {
      const closedUnderUs = (err as { name?: unknown })?.name === 'InvalidStateError' && this.connection !== connection;
      if (!closedUnderUs) throw err;
      return op(await this.connect());
    }
  }

  /** Switches to memory answers (all of them when the database cannot even open) and warns once. */
  private fail(err: unknown): void {
    this.incidentsInMemory = true;
    if (err instanceof OpenError) this.userDataInMemory = true;
    if (this.problem) return;
    this.problem = { reason: reasonFor(err), detail: describe(err) };
    console.warn(
      `[Outage Context] The local database cannot be used (${this.problem.reason}: ${this.problem.detail}). ` +
        'Answering from the outage index bundled with the extension; changes wait in storage.local (where that works) until the database does.',
    );
  }

  // Seeding ---------------------------------------------------------------------------------

  ensureSeeded(): Promise<void> {
    if (this.incidentsInMemory) return Promise.resolve();
    if (!this.seeded) {
      const seeded = this.seed(false);
      this.seeded = seeded;
      // Counting the rows is left out of the path every query waits for; health() waits for it.
      void seeded.then(() => this.verify());
    }
    return this.seeded;
  }

  private async seed(force: boolean): Promise<void> {
    try {
      await this.withDb(async (db) => {
        if (force || !(await holdsVersion(db, this.bundled.version))) await replaceIncidents(db, this.bundled, this.now(), force);
      });
    } catch (err) {
      this.fail(err);
    }
  }

  /** Restores the index when rows were deleted by hand (the version alone does not show it). Never rejects. */
  private verify(): Promise<void> {
    const connection = this.connection;
    if (this.incidentsInMemory || !connection) return Promise.resolve();
    // On the connection it was started for: after close() or a versionchange it has nothing to check.
    const current = () => this.connection === connection;
    return (this.verified ??= connection
      .then((db) => holdsDataset(db, this.bundled))
      .then(
        (whole) => (whole || !current() ? undefined : this.repair()),
        (err: unknown) => (current() ? this.fail(err) : undefined),
      ));
  }

  /** Rewrites the incidents after a read found them not matching the bundled index. */
  private repair(): Promise<void> {
    console.warn('[Outage Context] The stored outage index does not match the bundled one; restoring it.');
    this.repairing ??= this.seed(true).finally(() => (this.repairing = undefined));
    return this.repairing;
  }

  // Incidents -------------------------------------------------------------------------------

  /**
   * Point and range queries (a few records) read IndexedDB through its indexes, in one transaction
   * with the dataset's meta record, so the answer comes from one dataset version; rows from another
   * version or not shaped like the schema are repaired once.
   */
  private async readIncidents<T>(
    read: (store: IncidentsReader) => Promise<Array<IncidentRow | undefined>>,
    finish: (incidents: Incident[], rows: IncidentRow[]) => T,
    fromMemory: (incidents: Incident[]) => T,
  ): Promise<T> {
    await this.ensureSeeded();
    for (let attempt = 0; !this.incidentsInMemory; attempt++) {
      try {
        const rows = await this.withDb(async (db) => {
          const tx = db.transaction(['meta', 'incidents'], 'readonly');
          const incidents = tx.objectStore('incidents');
          const [meta, found] = await Promise.all([tx.objectStore('meta').get(DATASET_KEY), read(incidents)]);
          const present = found.filter((row) => row !== undefined);
          const current = isCurrentMeta(meta, this.bundled.version);
          // Nothing found: make sure the store was not emptied by hand (one key read, not a count).
          const emptied = current && meta.count > 0 && !present.length && !(await incidents.openKeyCursor());
          await tx.done;
          return current && !emptied && present.every(isIncidentRow) ? present : undefined;
        });
        if (rows) return finish(rows.map((row) => row.incident), rows);
        if (attempt > 0) throw new CorruptError('The stored incidents still do not match the bundled index after restoring it');
        await this.repair();
      } catch (err) {
        this.fail(err);
      }
    }
    return fromMemory(this.memory.incidents);
  }

  /**
   * Whole lists (everything, a platform's entire history) are answered from the bundled records in
   * memory: the stored rows are a copy of them (the version is their content hash), and reading
   * thousands back out of IndexedDB costs ~30 µs each in Chromium (a platform at 100,000 incidents:
   * about a second). The version check still runs on this path, beside the answer rather than before
   * it, since whatever it finds the answer is the same; a popup paints without waiting on the database.
   */
  private wholeList(answer: (memory: MemoryData) => Incident[]): Promise<Incident[]> {
    this.checking ??= this.checkVersion().finally(() => (this.checking = undefined));
    return Promise.resolve(answer(this.memory));
  }

  /** The version check of a path that answers from memory: repairs the stored rows if they are stale. Never rejects. */
  private async checkVersion(): Promise<void> {
    await this.ensureSeeded();
    if (this.incidentsInMemory) return;
    try {
      if (!(await this.withDb((db) => holdsVersion(db, this.bundled.version)))) await this.repair();
    } catch (err) {
      this.fail(err);
    }
  }

  allIncidents(): Promise<Incident[]> {
    return this.wholeList((memory) => [...memory.incidents]);
  }

  async incidentsForPlatform(platform: PlatformId): Promise<Incident[]> {
    checkPlatform(platform);
    return this.wholeList((memory) => [...memory.forPlatform(platform)]);
  }

  async incidentById(id: string): Promise<Incident | undefined> {
    if (typeof id !== 'string') throw new TypeError(`Incident id must be a string, got ${JSON.stringify(id)}`);
    return this.readIncidents(
      async (store) => [await store.get(id)],
      (incidents) => incidents[0],
      (all) => queries.byId(all, id),
    );
  }

  async incidentsBetween(fromMs: number, toMs: number): Promise<Incident[]> {
    queries.checkRange(fromMs, toMs);
    if (fromMs > toMs) return [];
    return this.readIncidents(
      (store) => store.index('by-start').getAll(IDBKeyRange.bound(fromMs, toMs)),
      (_, rows) => newestRows(rows),
      (all) => queries.between(all, fromMs, toMs),
    );
  }

  async onThisDay(date: Date, windowDays: number): Promise<Incident[]> {
    queries.checkWindow(date, windowDays);
    return this.readIncidents(
      async (store) => {
        const index = store.index('by-start');
        const first = await index.openKeyCursor();
        if (!first) return [];
        const ranges = queries.onThisDayRanges(date, windowDays, first.key);
        const found = await Promise.all(ranges.map(([from, to]) => index.getAll(IDBKeyRange.bound(from, to))));
        // Windows of neighbouring years overlap when the window is wide.
        return [...new Map(found.flat().map((row) => [row.id, row])).values()];
      },
      (incidents) => queries.onThisDay(incidents, date, windowDays),
      (all) => queries.onThisDay(all, date, windowDays),
    );
  }

  async latest(n: number): Promise<Incident[]> {
    queries.checkCount(n);
    return this.readIncidents(
      async (store) => {
        const rows: IncidentRow[] = [];
        let cursor = n > 0 ? await store.index('by-start').openCursor(null, 'prev') : null;
        while (cursor) {
          rows.push(cursor.value);
          cursor = rows.length < n ? await cursor.continue() : null;
        }
        return rows;
      },
      (_, rows) => newestRows(rows),
      (all) => all.slice(0, n),
    );
  }

  // User records ----------------------------------------------------------------------------

  /**
   * Runs a user-record operation on the database, or on memory once the database has failed. `change`
   * is what a write changes: kept aside while the database fails, and in the last known records.
   */
  private async userData<T>(fromDb: (db: OutageDatabase, at: number) => Promise<T>, fromMemory: (records: UserRecords) => T, change?: UserChange): Promise<T> {
    if (!this.userDataInMemory) {
      try {
        // One stamp for the change, after what this context knows; a write raises it past the stored row it replaces.
        const at = this.changeTime();
        const answer = await this.withDb(async (db) => {
          await (this.takenIn ??= this.takeInUnsaved(db));
          return fromDb(db, at);
        });
        if (change) this.memory.lastKnown = applyChange(this.memory.lastKnown, change, at);
        return answer;
      } catch (err) {
        this.fail(err);
        this.userDataInMemory = true;
      }
    }
    if (change) await this.unsaved.add(change, this.changeTime(await this.unsaved.all()));
    return fromMemory(await this.recordsInMemory());
  }

  /** A change's stamp (user-data changeTime) over the last known records and `waiting` changes kept aside. */
  private changeTime(waiting: readonly { at: number }[] = []): number {
    const { settingRows, banners } = this.memory.lastKnown;
    return changeTime(this.now(), [...settingRows, ...banners, ...waiting.map((c) => ({ savedAt: c.at }))]);
  }

  /** The last known records with every context's unsaved changes applied. */
  private async recordsInMemory(): Promise<UserRecords> {
    const changes = await this.unsaved.all();
    // Usually the changes applied last time plus this context's new one: only the new ones are applied.
    let applied = this.applied?.from === this.memory.lastKnown ? this.applied : undefined;
    if (applied && !applied.ids.every((id, i) => changes[i]?.id === id)) applied = undefined;
    const records = changes.slice(applied?.ids.length ?? 0).reduce((r, { change, at }) => applyChange(r, change, at), applied?.records ?? this.memory.lastKnown);
    this.applied = { from: this.memory.lastKnown, ids: changes.map((c) => c.id), records };
    return records;
  }

  /**
   * Writes the changes made while the database failed (in any context) into the user stores, in one
   * transaction, then removes them from the area. What was saved after a change stands (applyChange).
   */
  private async takeInUnsaved(db: OutageDatabase): Promise<void> {
    const changes = await this.unsaved.waiting();
    if (!changes.length) return;
    const names = ['settings', 'dismissals', 'observations'] as const;
    const tx = db.transaction(names, 'readwrite');
    await commit(tx, async (queue) => {
      const [settings, dismissals, observations] = await Promise.all(names.map((name): Promise<unknown[]> => queue(tx.objectStore(name).getAll())));
      const records = changes.reduce((r, { change, at }) => applyChange(r, change, at), userRecords(settings!, dismissals!, observations!));
      for (const name of names) void queue(tx.objectStore(name).clear());
      for (const row of records.settingRows) void queue(tx.objectStore('settings').put(row));
      for (const row of records.banners) void queue(tx.objectStore('dismissals').put(row));
      for (const observation of records.observations) void queue(tx.objectStore('observations').put(observation));
    });
    await this.unsaved.forget(changes);
  }

  getSettings(): Promise<Settings> {
    return this.userData(
      async (db) => this.storedSettings(await db.getAll('settings')),
      (records) => settingsFromRows(records.settingRows),
    );
  }

  /** The settings the database holds, remembered and copied. */
  private storedSettings(rows: readonly unknown[]): Settings {
    this.memory.lastKnown = { ...this.memory.lastKnown, settingRows: userRecords(rows, [], []).settingRows };
    const settings = settingsFromRows(rows);
    this.settingsCopy?.write(settings);
    return settings;
  }

  copiedSettings(): Settings | undefined {
    const copy = this.settingsCopy?.read();
    if (typeof copy !== 'object' || copy === null) return undefined;
    return settingsFromRows(Object.entries(copy).map(([key, value]) => ({ key, value })));
  }

  async saveSettings(patch: Partial<Settings>): Promise<Settings> {
    const rows = settingRows(patch);
    return this.userData(
      async (db, at) => {
        const tx = db.transaction('settings', 'readwrite');
        let all: Promise<unknown[]> | undefined;
        await commit(tx, async (queue) => {
          const savedAt = changeTime(at, await queue(tx.store.getAll()));
          for (const row of rows) void queue(tx.store.put({ ...row, savedAt }));
          // Queued after the puts, so it reads them (and whatever another page saved before).
          all = queue(tx.store.getAll());
        });
        return this.storedSettings((await all) ?? []);
      },
      (records) => settingsFromRows(records.settingRows),
      { kind: 'settings', rows },
    );
  }

  async setBannerDisabled(platform: PlatformId, disabled: boolean): Promise<Settings> {
    checkPlatform(platform);
    const change: UserChange = { kind: 'banner-disabled', platform, disabled };
    return this.userData(
      async (db, at) => {
        const tx = db.transaction('settings', 'readwrite');
        let all: Promise<unknown[]> | undefined;
        await commit(tx, async (queue) => {
          const row = await queue(tx.store.get('bannerDisabled'));
          for (const changed of applyChange(userRecords([row], [], []), change, changeTime(at, [row])).settingRows) void queue(tx.store.put(changed));
          all = queue(tx.store.getAll());
        });
        return this.storedSettings((await all) ?? []);
      },
      (records) => settingsFromRows(records.settingRows),
      change,
    );
  }

  async getBannerRecord(platform: PlatformId): Promise<BannerRecord | undefined> {
    checkPlatform(platform);
    return this.userData(
      async (db) => {
        const row = await db.get('dismissals', platform);
        if (!isBannerRecord(row) || row.platform !== platform) return undefined;
        const { banners } = this.memory.lastKnown;
        this.memory.lastKnown = { ...this.memory.lastKnown, banners: [...banners.filter((b) => b.platform !== platform), row] };
        // Without the store's bookkeeping (savedAt).
        return checkedBannerRecord(row);
      },
      (records) => {
        const row = records.banners.find((b) => b.platform === platform);
        return row && checkedBannerRecord(row);
      },
    );
  }

  async saveBannerRecord(record: BannerRecord): Promise<void> {
    const checked = checkedBannerRecord(record);
    await this.userData(
      async (db, at) => {
        const tx = db.transaction('dismissals', 'readwrite');
        await commit(tx, async (queue) => {
          const row = await queue(tx.store.get(checked.platform));
          void queue(tx.store.put({ ...checked, savedAt: changeTime(at, [row]) }));
        });
      },
      () => undefined,
      { kind: 'banner-record', record: checked },
    );
  }

  async addObservation(observation: Observation): Promise<void> {
    const checked = checkedObservation(observation);
    await this.userData(
      async (db) => {
        const tx = db.transaction('observations', 'readwrite');
        await commit(tx, async (queue) => {
          const [, count] = await Promise.all([queue(tx.store.add(checked as Observation)), queue(tx.store.count())]);
          if (count <= MAX_OBSERVATIONS) return;
          // A full log reads its MAX_OBSERVATIONS + 1 rows on each add (a few an hour at most): rows not
          // shaped like an entry go, then what overCap picks. Every row holds its key (the key path).
          const rows: unknown[] = await queue(tx.store.getAll());
          const drop = [...rows.filter((row) => !isObservation(row)), ...overCap(rows.filter(isObservation), MAX_OBSERVATIONS)];
          for (const row of drop) void queue(tx.store.delete((row as { id: number }).id));
        });
      },
      () => undefined,
      { kind: 'observation', observation: checked },
    );
  }

  async observations({ sinceMs, platform }: { sinceMs?: number; platform?: PlatformId } = {}): Promise<Observation[]> {
    if (sinceMs !== undefined && Number.isNaN(Number(sinceMs))) throw new RangeError('sinceMs must be a number');
    if (platform !== undefined) checkPlatform(platform);
    const wanted = (o: Observation) => (sinceMs === undefined || o.time >= sinceMs) && (platform === undefined || o.platform === platform);
    return this.userData(
      async (db) => {
        const rows: unknown[] = await db.getAllFromIndex('observations', 'by-time', sinceMs === undefined ? undefined : IDBKeyRange.lowerBound(sinceMs));
        const read = rows.filter(isObservation).filter(wanted).sort(compareObservations);
        // Kept, so that should the database fail later, an active failure logged before is still seen.
        const { observations } = this.memory.lastKnown;
        this.memory.lastKnown = { ...this.memory.lastKnown, observations: [...observations.filter((o) => !wanted(o)), ...read].sort(compareObservations) };
        return read;
      },
      (records) => records.observations.filter(wanted),
    );
  }

  async clearObservations(): Promise<void> {
    await this.userData((db) => db.clear('observations'), () => undefined, { kind: 'clear-observations' });
  }

  async resetUserData(): Promise<void> {
    await this.userData(
      async (db) => {
        const tx = db.transaction(['settings', 'dismissals', 'observations'], 'readwrite');
        await commit(tx, (queue) => {
          for (const name of ['settings', 'dismissals', 'observations'] as const) void queue(tx.objectStore(name).clear());
        });
        this.storedSettings([]);
      },
      () => undefined,
      { kind: 'reset' },
    );
  }

  // State -----------------------------------------------------------------------------------

  async health(): Promise<StoreHealth> {
    await this.ensureSeeded();
    await this.checking;
    await this.verify();
    return {
      ok: !this.problem,
      ...(this.problem && { reason: this.problem.reason, detail: this.problem.detail }),
      persisted: !this.userDataInMemory || (await this.unsaved.kept()),
      datasetVersion: this.bundled.version,
    };
  }

  close(): void {
    const connection = this.connection;
    this.connection = undefined;
    this.seeded = this.verified = this.takenIn = undefined;
    void connection?.then(
      (db) => db.close(),
      () => undefined,
    );
  }
}
