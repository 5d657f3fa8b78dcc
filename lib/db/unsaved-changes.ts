/**
 * The user's changes made while the database could not take them (IndexedDB missing, failing to open,
 * over quota): kept in the extension's storage area (`storage.local`, which Chromium keeps apart from
 * IndexedDB), read by every context while the fault lasts, and written into the database by the first
 * context that opens it again. A choice made during a fault then outlives the worker and the popup.
 *
 * Each context (the worker, a page) writes its changes under a key of its own, so two contexts never
 * overwrite each other's; the changes of all of them are read back in the order they were made.
 */
import { overCap } from '../observations';
import { isUserChange, MAX_OBSERVATIONS, type UserChange } from './user-data';

/** The part of `browser.storage.local` used here. */
export interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface UnsavedChange {
  /** Unique across contexts: the database records which changes it has taken in. */
  id: string;
  /** When it was made (ms since the epoch): the order changes from several contexts are applied in. */
  at: number;
  change: UserChange;
}

const PREFIX = 'unsaved-changes:';

function isUnsavedChange(value: unknown): value is UnsavedChange {
  if (typeof value !== 'object' || value === null) return false;
  const { id, at, change } = value as Partial<UnsavedChange>;
  return typeof id === 'string' && Number.isFinite(at) && isUserChange(change);
}

const inOrder = (a: UnsavedChange, b: UnsavedChange) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class UnsavedChanges {
  private readonly key = `${PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  /** This context's changes, kept in memory too: the only copy when the area cannot be written. */
  private own: UnsavedChange[] = [];
  private made = 0;

  constructor(
    private readonly area: StorageArea | undefined,
    private readonly now: () => number,
  ) {}

  /** Keeps `change`; resolves to whether the storage area holds it (false: in this context's memory only). */
  async add(change: UserChange): Promise<boolean> {
    // Padded, so that changes made in the same millisecond sort by the order they were made in.
    this.own.push({ id: `${this.key}#${String(this.made++).padStart(9, '0')}`, at: this.now(), change });
    // The log keeps MAX_OBSERVATIONS entries, so during a long fault so do these: the ones it would drop go.
    const noted = this.own.length <= MAX_OBSERVATIONS ? [] : this.own.flatMap(({ change }, i) => (change.kind === 'observation' ? [{ ...change.observation, id: i }] : []));
    const drop = new Set(overCap(noted, MAX_OBSERVATIONS).map((o) => o.id));
    if (drop.size) this.own = this.own.filter((_, i) => !drop.has(i));
    if (!this.area) return false;
    try {
      await this.area.set({ [this.key]: this.own });
      return true;
    } catch {
      return false;
    }
  }

  /** Every context's changes, oldest first; a stored change not shaped like one is left out. */
  async all(): Promise<UnsavedChange[]> {
    const byId = new Map(this.own.map((c) => [c.id, c]));
    for (const list of Object.values(await this.stored())) for (const c of list) byId.set(c.id, c);
    return [...byId.values()].sort(inOrder);
  }

  /** Drops the changes the database has taken in; another context's later ones stay. Never rejects. */
  async forget(ids: ReadonlySet<string>): Promise<void> {
    const done = (c: UnsavedChange) => ids.has(c.id);
    try {
      for (const [key, list] of Object.entries(await this.stored())) {
        if (list.every(done)) await this.area!.remove([key]);
      }
    } catch {
      // Left in the area: the database's record of what it took in keeps them from being applied twice.
    }
  }

  /** The area's changes by key; none when there is no area or it cannot be read. */
  private async stored(): Promise<Record<string, UnsavedChange[]>> {
    if (!this.area) return {};
    let items: Record<string, unknown>;
    try {
      items = await this.area.get(null);
    } catch {
      return {};
    }
    const lists: Record<string, UnsavedChange[]> = {};
    for (const [key, value] of Object.entries(items)) {
      if (key.startsWith(PREFIX) && Array.isArray(value)) lists[key] = value.filter(isUnsavedChange);
    }
    return lists;
  }
}
