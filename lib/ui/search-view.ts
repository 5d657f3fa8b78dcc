/**
 * Search results as list entries: the title in the UI language with its matches marked, and, when the
 * title does not show why the record matched, an excerpt of the field that did (the other language's
 * title, or a summary). Texts are in the UI's digits before they are cut at the matches, so a word is
 * converted whole (digitsIn maps each character to one: the ranges still fit). The engine is loaded on demand so it never delays the popup's first paint.
 */
import type { Translator } from '../i18n';
import type { Incident, Lang } from '../incidents/types';
import type { HighlightField, Range, SearchOptions, SearchResult, Segment } from '../search';
import { excerpt } from './excerpt';

export interface PopupSearch {
  search(query: string, options?: SearchOptions): SearchResult[];
  highlightSegments: HighlightSegments;
}

type HighlightSegments = (text: string, ranges: readonly Range[]) => Segment[];

export interface ResultEntry {
  incident: Incident;
  title: Segment[];
  /** The summary in the UI language, its matches marked (the incident page lists it whole). */
  summary: Segment[];
  snippet?: { segments: Segment[]; lang: Lang };
}

/** What entries need of the UI's translator. */
type EntryText = Pick<Translator, 'lang' | 'digitsIn'>;

export function resultEntry(result: SearchResult, { lang, digitsIn }: EntryText, highlightSegments: HighlightSegments): ResultEntry {
  const { incident, highlights } = result;
  const other: Lang = lang === 'en' ? 'ar' : 'en';
  const ranges = (field: HighlightField) => highlights[field] ?? [];
  const title = highlightSegments(digitsIn(incident.title[lang]), ranges(`title.${lang}`));
  const summary = highlightSegments(digitsIn(incident.summary[lang]), ranges(`summary.${lang}`));
  if (title.some((s) => s.match)) return { incident, title, summary };
  // Which field to show, in order of how well it explains the match.
  const candidates: Array<[HighlightField, string, Lang]> = [
    [`title.${other}`, incident.title[other], other],
    [`summary.${lang}`, incident.summary[lang], lang],
    [`summary.${other}`, incident.summary[other], other],
  ];
  for (const [field, text, textLang] of candidates) {
    if (ranges(field).length) return { incident, title, summary, snippet: { segments: excerpt(highlightSegments(digitsIn(text), ranges(field))), lang: textLang } };
  }
  return { incident, title, summary };
}

export function resultEntries(results: readonly SearchResult[], t: EntryText, highlightSegments: HighlightSegments): ResultEntry[] {
  return results.map((r) => resultEntry(r, t, highlightSegments));
}

/** Loads the search module (its own chunk) and builds the engine over the popup's incidents. */
export async function loadPopupSearch(incidents: readonly Incident[]): Promise<PopupSearch> {
  const [{ searchEngineFor }, { highlightSegments }] = await Promise.all([import('../incidents/search-engine'), import('../search')]);
  const engine = searchEngineFor(incidents);
  return { search: (query, options) => engine.search(query, options), highlightSegments };
}
