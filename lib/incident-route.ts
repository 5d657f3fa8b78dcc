/**
 * Where the incident page is and what its hash means: `incident.html#<id>` shows one record,
 * `incident.html#q=<query>` the search results for free text (the omnibox's Enter), and a bare
 * `incident.html` the latest incidents. One place, so the omnibox, the background and the page agree.
 */
export const INCIDENT_PAGE = 'incident.html';

export type IncidentRoute = { view: 'incident'; id: string } | { view: 'search'; query: string };

/** Incident ids are `YYYY-MM-DD-slug`, the date captured (lib/incidents/validate.ts checks it is real). */
export const INCIDENT_ID = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function looksLikeIncidentId(text: string): boolean {
  return INCIDENT_ID.test(text);
}

/** The page path (relative to the extension root) for a route. */
export function incidentPagePath(route: IncidentRoute): string {
  if (route.view === 'incident') return `${INCIDENT_PAGE}#${encodeURIComponent(route.id)}`;
  return route.query.trim() ? `${INCIDENT_PAGE}#q=${encodeURIComponent(route.query.trim())}` : INCIDENT_PAGE;
}

/** Percent-decoding of a hash value ("+" is a space) that keeps a malformed escape as typed instead of turning it into U+FFFD. */
export function decodeHashValue(text: string): string {
  const plain = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(plain);
  } catch {
    return plain;
  }
}

/** Reads `location.hash` ("#2021-10-04-meta-global", "#q=whatsapp%202024", "" ). */
export function parseIncidentRoute(hash: string): IncidentRoute {
  const raw = hash.replace(/^#/, '');
  if (raw.startsWith('q=')) return { view: 'search', query: decodeHashValue(raw.slice(2)).trim() };
  const id = decodeHashValue(raw).trim();
  return id ? { view: 'incident', id } : { view: 'search', query: '' };
}
