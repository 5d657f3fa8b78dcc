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

function newestFirst(incidents: readonly Incident[]): number[] {
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

  // Postings as (term id, doc << 2 | fields) pairs in typed arrays, in document order, then grouped by
  // term with a counting sort: millions of postings never become garbage-collected objects.
  const termIds = new Map<string, number>();
  let pairs = new Int32Array(1 << 16);
  let count = 0;
  const recordScratch = new Map<string, number>();
  order.forEach((position, doc) => {
    for (const [term, fields] of recordTerms(incidents[position]!, isKnownStem, recordScratch)) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      if (2 * count === pairs.length) {
        const grown = new Int32Array(pairs.length * 2);
        grown.set(pairs);
        pairs = grown;
      }
      pairs[2 * count] = id;
      pairs[2 * count + 1] = (doc << 2) | fields;
      count++;
    }
  });
  const starts = new Int32Array(termIds.size + 1);
  for (let i = 0; i < count; i++) starts[pairs[2 * i]! + 1]!++;
  for (let id = 0; id < termIds.size; id++) starts[id + 1]! += starts[id]!;
  const grouped = new Int32Array(count);
  const filled = starts.slice(0, termIds.size);
  for (let i = 0; i < count; i++) grouped[filled[pairs[2 * i]!]!++] = pairs[2 * i + 1]!;

  const sorted = [...termIds.keys()].sort();
  return {
    format: PREPARED_FORMAT,
    fingerprint: fingerprintOf(incidents),
    order,
    terms: sorted,
    postings: sorted.map((term) => {
      const id = termIds.get(term)!;
      return encodePostings(grouped.subarray(starts[id], starts[id + 1]));
    }),
  };
}
