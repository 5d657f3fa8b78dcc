/**
 * The address-bar keyword `outage`: what to suggest while the user types and where Enter goes.
 * Pure functions; lib/omnibox-register.ts wires them to the browser.
 *
 * Chrome reads a suggestion's description as XML with <match>, <dim> and <url> styles, so every piece
 * of record text is XML-escaped; Firefox shows the description as plain text (no markup, no escaping).
 */
import { formatList, formatShortDate, isolate } from './format';
import type { Translator } from './i18n';
import { incidentPagePath, type IncidentRoute } from './incident-route';
import type { Incident, Lang } from './incidents/types';
import { PLATFORMS } from './platforms';
import { latest } from './queries';
import { highlightSegments, type Range, type SearchEngine, type SearchResult } from './search';

/** Firefox shows at most six extension suggestions; Chrome shows about as many. */
export const OMNIBOX_LIMIT = 6;

export interface Suggestion {
  /** What the address bar holds when the suggestion is picked, and what onInputEntered receives: the incident id. */
  content: string;
  description: string;
}

export interface SuggestionOptions {
  /** The UI language's translator: dates, platform names, the title's language. */
  t: Translator;
  /** Every incident; the newest are suggested for empty input. */
  incidents: readonly Incident[];
  limit?: number;
  /** Chrome: XML markup. Firefox: plain text. */
  markup?: boolean;
}

/** Characters XML 1.0 does not allow at all (Chrome would reject the whole description). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** One line in the dropdown: no line breaks or runs of spaces from the record. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

type Ranges = readonly Range[];

function suggestionDescription(incident: Incident, t: Translator, markup: boolean, titleLang: Lang, ranges: Ranges): string {
  const meta = `${formatShortDate(t, incident.start)} · ${formatList(t, incident.platforms.map((p) => PLATFORMS[p].name[t.lang]))}`;
  // Each character maps to one, so the ranges still fit.
  const title = t.digitsIn(incident.title[titleLang]);
  if (!markup) return `${meta} — ${oneLine(title)}`;
  const titleXml = highlightSegments(title, ranges)
    .map((s) => (s.match ? `<match>${escapeXml(oneLine(s.text))}</match>` : escapeXml(s.text.replace(/\s+/g, ' '))))
    .join('')
    .trim();
  return `<dim>${escapeXml(meta)}</dim> ${titleXml}`;
}

/** The matches inside a title, in the UI language when it matched there, else in the other language. */
function titleMatch(highlights: SearchResult['highlights'], lang: Lang): { lang: Lang; ranges: Ranges } {
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  const own = highlights[`title.${lang}`] ?? [];
  const foreign = highlights[`title.${other}`] ?? [];
  return own.length === 0 && foreign.length > 0 ? { lang: other, ranges: foreign } : { lang, ranges: own };
}

/**
 * Suggestions for the typed text: the best search matches (an exact incident id first), or the
 * newest incidents when nothing is typed yet.
 */
export function buildSuggestions(engine: SearchEngine, text: string, { t, incidents, limit = OMNIBOX_LIMIT, markup = true }: SuggestionOptions): Suggestion[] {
  const max = Math.max(1, Math.floor(limit));
  const query = text.trim();
  if (!query) return latest(incidents, max).map((incident) => ({ content: incident.id, description: suggestionDescription(incident, t, markup, t.lang, []) }));
  const exact = incidents.find((i) => i.id === query);
  const found = engine
    .search(query, { limit: max, live: true })
    .filter((r) => r.incident.id !== exact?.id)
    .map((r) => {
      const match = titleMatch(r.highlights, t.lang);
      return { content: r.incident.id, description: suggestionDescription(r.incident, t, markup, match.lang, match.ranges) };
    });
  const first = exact ? [{ content: exact.id, description: suggestionDescription(exact, t, markup, t.lang, []) }] : [];
  return [...first, ...found].slice(0, max);
}

/** The first, default row: Enter on it searches for the typed text (or lists the latest when empty). */
export function defaultSuggestion(text: string, t: Translator, markup = true): string {
  const query = oneLine(text);
  if (!query) return markup ? escapeXml(t.t('incident_omnibox_latest')) : t.t('incident_omnibox_latest');
  // The query is an isolated run: "c++" or a Latin word keeps its order inside an Arabic sentence.
  if (!markup) return t.t('incident_omnibox_search', { query: isolate(query) });
  // Translate around a marker so the query itself is escaped and highlighted, never the template.
  const marker = '\u0000';
  return t
    .t('incident_omnibox_search', { query: marker })
    .split(marker)
    .map(escapeXml)
    .join(isolate(`<match>${escapeXml(query)}</match>`));
}

export type Disposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';
const DISPOSITIONS: readonly Disposition[] = ['currentTab', 'newForegroundTab', 'newBackgroundTab'];

export interface EnteredTarget {
  url: string;
  disposition: Disposition;
}

/**
 * Where Enter goes: a picked suggestion (its content is an incident id) opens that incident's page;
 * free text opens the search results for it; nothing typed opens the latest incidents.
 */
export function resolveEntered(
  text: string,
  disposition: string,
  { pageUrl, isIncidentId }: { pageUrl: (path: string) => string; isIncidentId: (text: string) => boolean },
): EnteredTarget {
  const query = text.trim();
  const route: IncidentRoute = isIncidentId(query) ? { view: 'incident', id: query } : { view: 'search', query };
  return {
    url: pageUrl(incidentPagePath(route)),
    disposition: (DISPOSITIONS as readonly string[]).includes(disposition) ? (disposition as Disposition) : 'currentTab',
  };
}
