/**
 * Per-search scores, one slot per document, allocated once per engine and cleared through the list of
 * documents a search touched: a keystroke allocates almost nothing, so typing does not feed the
 * garbage collector, whose pauses would otherwise be the slowest keystrokes at 100k records.
 */
export class Scoreboard {
  /** Clauses each document matched. */
  readonly coverage: Uint8Array;
  readonly relevance: Float64Array;
  /** The candidates of the current search, in the order touched: docs[0, size). */
  readonly docs: Int32Array;
  size = 0;
  private readonly marked: Uint8Array;
  /** The clause being scored: its best score per document, and the documents that have one. */
  private readonly clauseBest: Float64Array;
  private readonly clauseDocs: Int32Array;
  private clauseSize = 0;

  constructor(documents: number) {
    this.coverage = new Uint8Array(documents);
    this.relevance = new Float64Array(documents);
    this.docs = new Int32Array(documents);
    this.marked = new Uint8Array(documents);
    this.clauseBest = new Float64Array(documents);
    this.clauseDocs = new Int32Array(documents);
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) {
      const doc = this.docs[i]!;
      this.coverage[doc] = 0;
      this.relevance[doc] = 0;
      this.marked[doc] = 0;
    }
    this.size = 0;
  }

  /** Makes a document a candidate. */
  touch(doc: number): void {
    if (this.marked[doc]) return;
    this.marked[doc] = 1;
    this.docs[this.size++] = doc;
  }

  isCandidate(doc: number): boolean {
    return this.marked[doc] === 1;
  }

  /** The current clause matches `doc` with `score`, if that beats what it had. */
  raise(doc: number, score: number): void {
    const best = this.clauseBest[doc]!;
    if (score <= best) return;
    if (best === 0) this.clauseDocs[this.clauseSize++] = doc;
    this.clauseBest[doc] = score;
  }

  /** Adds `score` to what the current clause has for `doc`. */
  add(doc: number, score: number): void {
    if (this.clauseBest[doc] === 0) this.clauseDocs[this.clauseSize++] = doc;
    this.clauseBest[doc]! += score;
  }

  /** Closes the current clause: every document it matched gains coverage and its score. */
  settleClause(): void {
    for (let i = 0; i < this.clauseSize; i++) {
      const doc = this.clauseDocs[i]!;
      this.touch(doc);
      this.coverage[doc]!++;
      this.relevance[doc]! += this.clauseBest[doc]!;
      this.clauseBest[doc] = 0;
    }
    this.clauseSize = 0;
  }

  /** Ranking: clauses matched, then relevance, then recency (lower document number). */
  readonly before = (a: number, b: number): number => this.coverage[b]! - this.coverage[a]! || this.relevance[b]! - this.relevance[a]! || a - b;

  /** The `k` best candidates, best first. */
  best(k: number): number[] {
    const candidates = this.docs.subarray(0, this.size);
    if (this.size <= k * 4) return Array.from(candidates).sort(this.before).slice(0, k);
    // A heap of the k best so far with the worst on top: one pass, k slots.
    const heap: number[] = [];
    const worse = (i: number, j: number) => this.before(heap[i]!, heap[j]!) > 0;
    const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
    for (const doc of candidates) {
      if (heap.length < k) {
        heap.push(doc);
        for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      } else if (this.before(doc, heap[0]!) < 0) {
        heap[0] = doc;
        for (let i = 0; ; ) {
          const left = 2 * i + 1;
          let top = i;
          if (left < k && worse(left, top)) top = left;
          if (left + 1 < k && worse(left + 1, top)) top = left + 1;
          if (top === i) break;
          swap(i, top);
          i = top;
        }
      }
    }
    return heap.sort(this.before);
  }
}
