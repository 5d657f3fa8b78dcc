/**
 * The sorted list of index terms, searched three ways without a scan: exactly and by prefix with binary
 * search, and within an edit distance by walking the list as if it were a trie (terms sharing a prefix
 * share the rows of the distance table, and a prefix already too far away skips every term under it).
 */
import { CONCEPT_PREFIX } from './lexicon';

export class Vocabulary {
  /** Index of the first word: concept terms ('#…') sort before every word. */
  private readonly firstWord: number;

  constructor(readonly terms: readonly string[]) {
    this.firstWord = this.lowerBound(String.fromCharCode(CONCEPT_PREFIX.charCodeAt(0) + 1));
  }

  /** First index whose term is not below `key`. */
  private lowerBound(key: string, from = 0): number {
    let lo = from;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** End of the block of terms starting with `prefix`, given that the block reaches `from`. */
  private endOfPrefix(prefix: string, from: number): number {
    let lo = from;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]!.startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  indexOf(term: string): number {
    const i = this.lowerBound(term);
    return this.terms[i] === term ? i : -1;
  }

  /** [from, to) of the terms that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    return [from, this.endOfPrefix(prefix, from)];
  }

  /** Calls `visit` for every word (not concept term) within `maxEdits` of `word` (see match.ts). */
  forEachWithin(word: string, maxEdits: number, visit: (index: number, edits: number) => void): void {
    const m = word.length;
    const maxDepth = m + maxEdits;
    // rows[d][j]: distance between the first d characters of the current term and word[0, j).
    const rows = Array.from({ length: maxDepth + 1 }, () => new Int32Array(m + 1));
    for (let j = 0; j <= m; j++) rows[0]![j] = j;
    let previousTerm = '';
    let validRows = 0;
    for (let i = this.firstWord; i < this.terms.length; ) {
      const term = this.terms[i]!;
      let depth = 0;
      const shared = Math.min(validRows, term.length);
      while (depth < shared && term.charCodeAt(depth) === previousTerm.charCodeAt(depth)) depth++;
      let dead = 0;
      const last = Math.min(term.length, maxDepth);
      while (depth < last) {
        depth++;
        const row = rows[depth]!;
        const up = rows[depth - 1]!;
        const c = term.charCodeAt(depth - 1);
        row[0] = depth;
        let rowMin = depth;
        for (let j = 1; j <= m; j++) {
          let d = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (c === word.charCodeAt(j - 1) ? 0 : 1));
          if (depth > 1 && j > 1 && c === word.charCodeAt(j - 2) && term.charCodeAt(depth - 2) === word.charCodeAt(j - 1)) d = Math.min(d, rows[depth - 2]![j - 2]! + 1);
          row[j] = d;
          if (d < rowMin) rowMin = d;
        }
        // Row minima never decrease, so no term under this prefix can come back within reach.
        if (rowMin > maxEdits) {
          dead = depth;
          break;
        }
      }
      previousTerm = term;
      validRows = depth;
      if (!dead && term.length > maxDepth) dead = maxDepth;
      if (dead) {
        i = this.endOfPrefix(term.slice(0, dead), i + 1);
        continue;
      }
      const edits = rows[term.length]![m]!;
      if (edits <= maxEdits) visit(i, edits);
      i++;
    }
  }
}
