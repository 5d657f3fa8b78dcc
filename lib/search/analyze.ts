/**
 * Reads a record's text into index terms: each word as written (folded), its stem when it carries
 * clitics, and the concepts it names (#whatsapp, #symptom:logged-out…). The build indexes the terms;
 * highlighting reads the same units again, with their positions, for the few records it shows.
 */
import type { Incident } from '../incidents/types';
import { fold, type SourceMap } from './fold';
import { baseOf, conceptTerm, isStopWord, readConcepts, tokenize } from './lexicon';

/** Which part of a record a term occurs in; a posting carries the union. */
export const FIELD_TITLE = 1;
export const FIELD_BODY = 2;

export interface Unit {
  term: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

export function readUnits(folded: string, isKnownStem: (word: string) => boolean): Unit[] {
  const tokens = tokenize(folded, isKnownStem);
  const units: Unit[] = [];
  for (const t of tokens) {
    if (isStopWord(baseOf(t))) continue;
    units.push({ term: t.word, start: t.start, end: t.end });
    if (t.stem) units.push({ term: t.stem, start: t.stemStart, end: t.end });
  }
  for (const m of readConcepts(tokens)) units.push({ term: conceptTerm(m.concept), start: tokens[m.first]!.stemStart, end: tokens[m.last]!.end });
  return units;
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

/** Every index term of a record with the fields it occurs in. */
export function recordTerms(incident: Incident, isKnownStem: (word: string) => boolean): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [text, field] of searchableTexts(incident)) {
    for (const u of readUnits(fold(text), isKnownStem)) terms.set(u.term, (terms.get(u.term) ?? 0) | field);
  }
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
  return { folded, units: readUnits(folded, isKnownStem), map };
}
