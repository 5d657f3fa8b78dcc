/**
 * Build-time half of the search: normalises every record once and writes the inverted index as plain
 * JSON (the build stores it next to the incidents). Pure: no I/O, runs anywhere.
 */
import type { Incident } from '../incidents/types';
import { recordTerms, searchableTexts } from './analyze';
import { fold } from './fold';
import { isStaticallyKnown } from './lexicon';
import { encodePostings } from './postings';

export const PREPARED_FORMAT = 1;

export interface PreparedIndex {
  format: typeof PREPARED_FORMAT;
  /** Hash of the incident ids in the order given: an index built for other data is refused. */
  fingerprint: string;
  /** Documents are numbered newest first; `order[doc]` is the record's position in the incidents. */
  order: number[];
  /** Index terms, sorted. */
  terms: string[];
  /** `postings[i]`: the documents holding `terms[i]` (see postings.ts). */
  postings: string[];
}

/** FNV-1a over the ids: cheap, and enough to catch an index paired with the wrong data. */
export function fingerprintOf(incidents: readonly Incident[]): string {
  let hash = 0x811c9dc5;
  for (const { id } of incidents) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return `${incidents.length}:${(hash >>> 0).toString(16)}`;
}

/** Minimum length for a stem that only the corpus vouches for: two letters are too often a coincidence. */
const MIN_CORPUS_STEM = 3;

/** A stem is known if the lexicon knows it or the corpus uses it as a word of its own. */
export function knownStemTest(isCorpusWord: (word: string) => boolean): (word: string) => boolean {
  return (word) => isStaticallyKnown(word) || (word.length >= MIN_CORPUS_STEM && isCorpusWord(word));
}

export function newestFirst(incidents: readonly Incident[]): number[] {
  const starts = incidents.map((i) => Date.parse(i.start.utc));
  return incidents.map((_, i) => i).sort((a, b) => starts[b]! - starts[a]! || (incidents[a]!.id < incidents[b]!.id ? -1 : 1));
}

export function prepareSearchIndex(incidents: Incident[]): PreparedIndex {
  const order = newestFirst(incidents);
  const corpusWords = new Set<string>();
  for (const incident of incidents) {
    for (const [text] of searchableTexts(incident)) for (const word of fold(text).split(' ')) corpusWords.add(word);
  }
  const isKnownStem = knownStemTest((w) => corpusWords.has(w));

  // Per term, its postings as doc << 2 | fields: documents arrive in increasing order.
  const postingsOf = new Map<string, number[]>();
  const terms = new Map<string, number>();
  order.forEach((position, doc) => {
    for (const [term, fields] of recordTerms(incidents[position]!, isKnownStem, terms)) {
      const list = postingsOf.get(term);
      if (list) list.push((doc << 2) | fields);
      else postingsOf.set(term, [(doc << 2) | fields]);
    }
  });
  const sorted = [...postingsOf.keys()].sort();
  return {
    format: PREPARED_FORMAT,
    fingerprint: fingerprintOf(incidents),
    order,
    terms: sorted,
    postings: sorted.map((t) => encodePostings(postingsOf.get(t)!)),
  };
}
