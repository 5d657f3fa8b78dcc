/** The whole index as JSON, in the same shape as the bundled index so it can be read back by the same code. */
import type { Incident, IncidentIndex } from '../incidents/types';

export function incidentsToJson(incidents: readonly Incident[], version: string): string {
  const index: IncidentIndex = { version, incidents: [...incidents] };
  return JSON.stringify(index, null, 2) + '\n';
}
