/**
 * When a typed word matches an index term, and how well. One policy for the index lookup, the
 * exhaustive scan that checks it, and highlighting. Qualities are multiples of 1/8 so that sums of
 * scores are exact in floating point and do not depend on the order they are added in.
 */
import { CONCEPT_PREFIX } from './lexicon';

export const QUALITY_EXACT = 1;
export const QUALITY_PREFIX = 0.75;
const QUALITY_BY_EDITS = [QUALITY_EXACT, 0.5, 0.375];

/** Shorter words would expand to too much of the vocabulary to mean anything. */
const MIN_PREFIX_LENGTH = 3;
/** Longer "words" are pasted noise, not typing: matched exactly only. */
const MAX_FUZZY_LENGTH = 32;

const DIGITS = /^\d+$/;
const CONCEPT_CODE = CONCEPT_PREFIX.charCodeAt(0);

/** Typos allowed: none under 5 letters, one up to 7, two from 8. Numbers match exactly. */
export function maxEdits(word: string): number {
  if (word.length < 5 || word.length > MAX_FUZZY_LENGTH || DIGITS.test(word)) return 0;
  return word.length >= 8 ? 2 : 1;
}

export const allowsPrefix = (word: string) => word.length >= MIN_PREFIX_LENGTH && !DIGITS.test(word);

export const qualityForEdits = (edits: number) => QUALITY_BY_EDITS[edits]!;

/**
 * Optimal string alignment distance (edits, substitutions and adjacent transpositions), or
 * `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How well the typed `word` matches an index term (0: not at all), with the policy worked out once. */
export function wordMatcher(word: string): (term: string) => number {
  const prefix = allowsPrefix(word);
  const limit = maxEdits(word);
  return (term) => {
    if (term === word) return QUALITY_EXACT;
    if (term.charCodeAt(0) === CONCEPT_CODE) return 0;
    if (prefix && term.startsWith(word)) return QUALITY_PREFIX;
    if (limit === 0) return 0;
    const edits = editDistance(word, term, limit);
    return edits <= limit ? qualityForEdits(edits) : 0;
  };
}
