import type { Incident } from './types';

/** The compiled index's order: oldest start first, then by id. */
export function byStart(a: Incident, b: Incident): number {
  return Date.parse(a.start.utc) - Date.parse(b.start.utc) || a.id.localeCompare(b.id);
}
