/**
 * The user's changes made while the database could not take them (IndexedDB missing, failing to open,
 * over quota): kept in the extension's storage area (`storage.local`, which Chromium keeps apart from
 * IndexedDB), read by every context while the fault lasts, and written into the database by the first
 * context that opens it again. A choice made during a fault then outlives the worker and the popup.
 *
 * Each change has a key of its own, written once and never rewritten, so contexts never overwrite each
 * other's, and writing changes in removes exactly the keys it read. The keys sort in the order the
 * changes were made. Writing a change in twice (two contexts at once, a removal that failed) does no
 * harm: applyChange gives the same records, and leaves alone what was saved after the change.
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
  /** The storage key: the time, the context and a count, so keys sort in the order changes were made. */
  id: string;
  /** When it was made (ms since the epoch). */
  at: number;
  change: UserChange;
}

const PREFIX = 'unsaved-changes:';

function unsavedChange(id: string, value: unknown): UnsavedChange | undefined {
  if (!id.startsWith(PREFIX) || typeof value !== 'object' || value === null) return undefined;
  const { at, change } = value as Partial<UnsavedChange>;
  return Number.isFinite(at) && isUserChange(change) ? { id, at: at!, change } : undefined;
}

const inOrder = (a: UnsavedChange, b: UnsavedChange) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class UnsavedChanges {
  private readonly context = `${Math.random().toString(36).slice(2, 10)}`;
  private made = 0;
  private lastAt = 0;
  /**
   * Every change this context has made or read: what it shows while the database fails, even once
   * another context has written them in and removed them from the area.
   */
  private readonly seen = new Map<string, UnsavedChange>();
  /** Whether the area took the last change; undefined until something was tried. */
  private writable?: boolean;

  constructor(
    private readonly area: StorageArea | undefined,
    private readonly now: () => number,
  ) {}

  /**
   * Keeps `change`, made at `at` (by default now); resolves to whether the storage area holds it
   * (false: in this context's memory only).
   */
  async add(change: UserChange, at = this.now()): Promise<boolean> {
    // Never earlier than this context's last change, whatever the clock does.
    at = this.lastAt = Math.max(at, this.lastAt);
    const id = `${PREFIX}${String(at).padStart(15, '0')}:${this.context}:${String(this.made++).padStart(9, '0')}`;
    this.seen.set(id, { id, at, change });
    try {
      if (!this.area) throw new Error('No storage area');
      await this.area.set({ [id]: { at, change } });
      this.writable = true;
    } catch {
      this.writable = false;
    }
    if (change.kind === 'observation') await this.capObservations();
    return this.writable;
  }

  /** What this context shows while the database fails: every change it made or read, oldest first. */
  async all(): Promise<UnsavedChange[]> {
    for (const c of await this.waiting()) this.seen.set(c.id, c);
    return [...this.seen.values()].sort(inOrder);
  }

  /** The changes waiting in the area (every context's), oldest first; none when it cannot be read. */
  async waiting(): Promise<UnsavedChange[]> {
    if (!this.area) return [];
    let items: Record<string, unknown>;
    try {
      items = await this.area.get(null);
    } catch {
      return [];
    }
    return Object.entries(items)
      .flatMap(([id, value]) => unsavedChange(id, value) ?? [])
      .sort(inOrder);
  }

  /** Removes changes written into the database. Never rejects: a change left behind is harmless to apply again. */
  async forget(changes: readonly UnsavedChange[]): Promise<void> {
    try {
      if (changes.length) await this.area?.remove(changes.map((c) => c.id));
    } catch {
      // Left in the area.
    }
  }

  /** Whether changes made now would outlive this context: the area took the last one, or can be read. */
  async kept(): Promise<boolean> {
    if (this.writable !== undefined || !this.area) return this.writable ?? false;
    try {
      await this.area.get(null);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The log keeps MAX_OBSERVATIONS entries, so during a long fault (over many worker starts) so does the
   * area: the failed loads the log would drop are removed, whichever context noted them.
   */
  private async capObservations(): Promise<void> {
    const noted = (await this.all()).filter((c) => c.change.kind === 'observation');
    if (noted.length <= MAX_OBSERVATIONS) return;
    const log = noted.map((c, i) => ({ ...(c.change as Extract<UserChange, { kind: 'observation' }>).observation, id: i }));
    const drop = overCap(log, MAX_OBSERVATIONS).map((o) => noted[o.id!]!);
    for (const c of drop) this.seen.delete(c.id);
    await this.forget(drop);
  }
}
