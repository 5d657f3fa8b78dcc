/**
 * Keeps the `incidents` store equal to the bundled index. The stored dataset version is checked on
 * every path; a different (or missing) version replaces every incident in one read-write
 * transaction, so a reader sees the old set or the new one, never a mix or an empty store, and a
 * seed cut off halfway (worker stopped, quota) leaves the previous state for the next check to fix.
 */
import type { Incident, IncidentIndex } from '../incidents/types';
import { commit } from './transaction';
import { DATASET_KEY, type DatasetMeta, type IncidentRow, type OutageDatabase } from './schema';

function toRow(incident: Incident): IncidentRow {
  return { id: incident.id, startMs: Date.parse(incident.start.utc), platforms: incident.platforms, cause: incident.cause.category, incident };
}

export function isCurrentMeta(meta: unknown, version: string): meta is DatasetMeta {
  return typeof meta === 'object' && meta !== null && (meta as DatasetMeta).version === version && Number.isInteger((meta as DatasetMeta).count);
}

/** A cheap shape check of a stored row: enough to notice a record edited by hand before a view renders it. */
export function isIncidentRow(row: unknown): row is IncidentRow {
  if (typeof row !== 'object' || row === null) return false;
  const { id, startMs, platforms, incident } = row as Partial<IncidentRow>;
  return (
    typeof id === 'string' &&
    typeof startMs === 'number' &&
    Array.isArray(platforms) &&
    typeof incident === 'object' &&
    incident !== null &&
    incident.id === id &&
    Array.isArray(incident.platforms) &&
    typeof incident.start?.utc === 'string' &&
    typeof incident.title?.en === 'string' &&
    typeof incident.title.ar === 'string' &&
    Array.isArray(incident.sources)
  );
}

/** The version check every path makes: one small read. */
export async function holdsVersion(db: OutageDatabase, version: string): Promise<boolean> {
  return isCurrentMeta(await db.get('meta', DATASET_KEY), version);
}

/**
 * The fuller check, made once per connection off the query path: the version and as many rows as the
 * index has (counting costs ~25 ms per 10,000 rows in Chromium), so records deleted by hand are noticed.
 */
export async function holdsDataset(db: OutageDatabase, index: IncidentIndex): Promise<boolean> {
  const tx = db.transaction(['meta', 'incidents'], 'readonly');
  const [meta, count] = await Promise.all([tx.objectStore('meta').get(DATASET_KEY), tx.objectStore('incidents').count(), tx.done]);
  return isCurrentMeta(meta, index.version) && meta.count === count && count === index.incidents.length;
}

/**
 * Replaces the stored incidents with `index` unless another connection did it first (checked again
 * inside the write transaction, which the database runs one at a time); `force` replaces them anyway
 * (a repair). Returns whether it wrote.
 */
export async function replaceIncidents(db: OutageDatabase, index: IncidentIndex, seededAt: number, force = false): Promise<boolean> {
  const rows = index.incidents.map(toRow);
  const tx = db.transaction(['meta', 'incidents'], 'readwrite');
  const meta = tx.objectStore('meta');
  const incidents = tx.objectStore('incidents');
  let wrote = false;
  await commit(tx, async (queue) => {
    if (!force && isCurrentMeta(await queue(meta.get(DATASET_KEY)), index.version)) return;
    // Every write is queued at once; the transaction runs them in order.
    void queue(incidents.clear());
    for (const row of rows) void queue(incidents.put(row));
    void queue(meta.put({ key: DATASET_KEY, version: index.version, count: index.incidents.length, seededAt }));
    wrote = true;
  });
  return wrote;
}
