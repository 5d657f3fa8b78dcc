/**
 * Reads a record's text into index terms: each word as written (folded), its stem when it carries
 * clitics, and the concepts it names (#whatsapp, #symptom:logged-out…). The build indexes the terms;
 * highlighting reads the same units again, with their positions, for the few records it shows.
 */
import type { Incident } from '../incidents/types';
import { fold, type SourceMap } from './fold';
import { baseOf, isStopWord, readConcepts, tokenize } from './lexicon';

/** Which part of a record a term occurs in; a posting carries the union. */
const FIELD_TITLE = 1;
const FIELD_BODY = 2;

export interface Unit {
  term: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

/** Calls `visit` with every index term of folded text and the folded span it covers. */
function forEachTerm(folded: string, isKnownStem: (word: string) => boolean, visit: (term: string, start: number, end: number) => void): void {
  const tokens = tokenize(folded, isKnownStem);
  for (const t of tokens) {
    if (isStopWord(baseOf(t))) continue;
    visit(t.word, t.start, t.end);
    if (t.stem) visit(t.stem, t.stemStart, t.end);
  }
  for (const m of readConcepts(tokens)) visit(m.term, tokens[m.first]!.stemStart, tokens[m.last]!.end);
}

/** The searchable text of a record, with the field it counts as. */
export function searchableTexts(incident: Incident): [string, number][] {
  const texts: [string, number][] = [
    [incident.title.en, FIELD_TITLE],
    [incident.title.ar, FIELD_TITLE],
    [incident.summary.en, FIELD_BODY],
    [incident.summary.ar, FIELD_BODY],
  ];
  if (incident.cause.stated) texts.push([incident.cause.stated.en, FIELD_BODY], [incident.cause.stated.ar, FIELD_BODY]);
  return texts;
}

/** Every index term of a record with the fields it occurs in (into `terms`, which is cleared first). */
export function recordTerms(incident: Incident, isKnownStem: (word: string) => boolean, terms = new Map<string, number>()): Map<string, number> {
  terms.clear();
  for (const [text, field] of searchableTexts(incident)) forEachTerm(fold(text), isKnownStem, (term) => terms.set(term, (terms.get(term) ?? 0) | field));
  return terms;
}

/** One displayed string read for search: folded, its units, and the map back to its characters. */
export interface ReadText {
  folded: string;
  units: Unit[];
  map: SourceMap;
}

export function readText(text: string, isKnownStem: (word: string) => boolean): ReadText {
  const map: SourceMap = { sourceStart: [], sourceEnd: [] };
  const folded = fold(text, map);
  const units: Unit[] = [];
  forEachTerm(folded, isKnownStem, (term, start, end) => units.push({ term, start, end }));
  return { folded, units, map };
}
