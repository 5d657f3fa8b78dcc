/**
 * The search engine. A query is parsed into facets (platform, date…) and clauses (free words, and
 * causes, symptoms, regions and common words that match a record's tags or text). Candidates come from
 * the inverted index, never from a scan: each clause looks its words up in the vocabulary (exactly, by
 * prefix and within a few typos), reads their posting lists, and keeps the records the facets allow.
 * Records are ranked by how many clauses they match, then by where and how well; fuse.js then re-ranks
 * the best few dozen on the closeness of the whole phrase, and the shown results get highlights mapped
 * back to the original text.
 *
 * `exhaustive: true` scores every record directly from its own text instead of through the index. It
 * is slow and exists to prove the index returns exactly what a full scan does (bench, tests).
 */
import Fuse from 'fuse.js';
import type { Incident, PlatformId } from '../incidents/types';
import { readText, recordTerms, type ReadText } from './analyze';
import { buildFacets, facetFilter, platformBit, type Facets } from './facets';
import { mergeRanges, type Range } from './highlight';
import { conceptTerm } from './lexicon';
import { allowsPrefix, maxEdits, QUALITY_EXACT, QUALITY_PREFIX, qualityForEdits, wordMatcher } from './match';
import { forEachPosting } from './postings';
import { fingerprintOf, knownStemTest, PREPARED_FORMAT, prepareSearchIndex, type PreparedIndex } from './prepare';
import { parseQuery, type CorpusLookup, type ParsedQuery } from './query';
import { Scoreboard } from './scoreboard';
import { Vocabulary } from './vocabulary';

export type HighlightField = 'title.en' | 'title.ar' | 'summary.en' | 'summary.ar';

export interface SearchResult {
  incident: Incident;
  /** Higher is better: 100 per query clause matched, plus how well; comparable within one search only. */
  score: number;
  /** Ranges into the ORIGINAL (unnormalised) strings, [start, end) in UTF-16 units, per field. */
  highlights: Partial<Record<HighlightField, Range[]>>;
}

export interface SearchOptions {
  /** At most this many results (default 20). */
  limit?: number;
  /** Only incidents of this platform (on top of any the query names). */
  platform?: PlatformId;
  /** Only incidents that started in this year (UTC). */
  year?: number;
  /**
   * The query is being typed (the popup's box, the omnibox): its last word may be unfinished, so it is
   * completed, and while it matches nothing the platforms or dates the query names answer alone.
   */
  live?: boolean;
  /**
   * Score every record from its own text, bypassing the index: for verifying the index (bench, tests).
   * Slow, and keeps every record's terms in memory from then on.
   */
  exhaustive?: boolean;
}

export interface SearchEngine {
  /** Best first; an empty query gives the newest incidents. */
  search(query: string, options?: SearchOptions): SearchResult[];
  /** `live`: as SearchOptions.live. */
  parse(query: string, live?: boolean): ParsedQuery;
}

const DEFAULT_LIMIT = 20;

// Scores. All are multiples of 1/8 (see match.ts), so a record's total is exact whatever the order of
// addition, and the index and the exhaustive scan agree to the last bit.
/** By field bits: none, title only, body only, both. */
const FIELD_WEIGHT = [0, 2, 1, 2.5];
/** A record tagged with the cause, symptom or region a clause names. */
const TAG_WEIGHT = 2;
/** Per named platform the record covers; favours multi-app outages for "Meta", both apps for "whatsapp instagram". */
const COVER_WEIGHT = 0.25;
/** A record about the named platforms only ("instagram" finds the Instagram outage before Meta-wide ones). */
const FOCUS_WEIGHT = 0.5;
/** Per named platform (or brand) the record's text mentions, times its field weight. */
const MENTION_WEIGHT = 0.5;
/** Matching one more clause outranks any difference in how well the others match (in the reported score). */
const COVERAGE_WEIGHT = 100;
/** How many of the best records fuse.js re-ranks, and how much its phrase score can add. */
const RERANK_CANDIDATES = 50;
const FUSE_WEIGHT = 0.5;
const FUSE_PATTERN_LENGTH = 32;
/** Records whose displayed text stays read: successive keystrokes mostly show the same records. */
const READ_CACHE_SIZE = 128;

type Clause = { kind: 'words'; forms: string[] } | { kind: 'concept'; term: string; tagged?: Uint32Array };

const HIGHLIGHT_FIELDS: readonly [HighlightField, (i: Incident) => string][] = [
  ['title.en', (i) => i.title.en],
  ['title.ar', (i) => i.title.ar],
  ['summary.en', (i) => i.summary.en],
  ['summary.ar', (i) => i.summary.ar],
];

/** Titles only: a phrase in a title is the signal, and summaries would cost six times as much to scan. */
const FUSE_OPTIONS = {
  keys: [{ name: 'title', getFn: (titles: string[]) => titles }],
  includeScore: true,
  ignoreLocation: true,
  isCaseSensitive: true, // the text is folded already
  threshold: 0.4,
  shouldSort: false,
};

/** The index terms of the platforms (and brand) a query names. */
const namedPlatformTerms = (q: ParsedQuery): string[] => [...q.platforms.map((platform) => conceptTerm({ kind: 'platform', platform })), ...(q.brand ? [conceptTerm({ kind: 'brand' })] : [])];

export function createSearchEngine(incidents: Incident[], prepared?: PreparedIndex): SearchEngine {
  return new Engine(incidents, prepared ?? prepareSearchIndex(incidents));
}

class Engine implements SearchEngine {
  private readonly vocabulary: Vocabulary;
  private readonly postings: readonly string[];
  private readonly order: readonly number[];
  private readonly facets: Facets;
  private readonly corpus: CorpusLookup;
  private readonly scores: Scoreboard;
  private readonly readCache = new Map<number, (ReadText | undefined)[]>();
  private docTerms?: Map<string, number>[];

  constructor(
    private readonly incidents: Incident[],
    prepared: PreparedIndex,
  ) {
    if (prepared.format !== PREPARED_FORMAT) throw new Error(`search index format ${String(prepared.format)} is not ${PREPARED_FORMAT}: rebuild it`);
    if (prepared.fingerprint !== fingerprintOf(incidents)) throw new Error('search index was built for other incidents: rebuild it');
    this.vocabulary = new Vocabulary(prepared.terms);
    this.postings = prepared.postings;
    this.order = prepared.order;
    this.facets = buildFacets(incidents, this.order);
    const isCorpusWord = (word: string) => this.vocabulary.indexOf(word) >= 0;
    this.corpus = { isCorpusWord, isKnownStem: knownStemTest(isCorpusWord) };
    this.scores = new Scoreboard(this.order.length);
  }

  parse(query: string, live = false): ParsedQuery {
    return parseQuery(query, this.corpus, live);
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    const parsed = this.parse(query, options.live);
    if (parsed.unreadable) return [];
    const eligible = facetFilter(this.facets, parsed, options);
    const clauses = this.clausesOf(parsed);
    const scores = this.scores;
    scores.clear();
    if (clauses.length) {
      if (options.exhaustive) this.scanClauses(clauses, eligible);
      else this.lookUpClauses(clauses, eligible);
    }
    if (scores.size === 0) {
      // Only the word still being typed may match nothing and leave the query's facets to speak
      // ("instagram su" while "su" is typed); a finished word that matches nothing finds nothing.
      const namesFacets = parsed.platforms.length + parsed.years.length + parsed.months.length + parsed.days.length + parsed.weekdays.length > 0;
      if (clauses.length && !(namesFacets && parsed.typingClause && clauses.length === 1)) return [];
      // Without platforms to boost, the order is the date's: the first few eligible records suffice.
      const wanted = parsed.platforms.length ? Infinity : Math.max(limit, RERANK_CANDIDATES);
      for (let doc = 0; doc < this.order.length && scores.size < wanted; doc++) if (!eligible || eligible(doc)) scores.touch(doc);
    }
    this.addBoosts(parsed, options.exhaustive ?? false);

    const top = scores.best(Math.max(limit, RERANK_CANDIDATES));
    // One word's fit is already scored from the index; fuse.js judges how well several read as a phrase.
    const words = clauses.flatMap((c) => (c.kind === 'words' ? c.forms.slice(0, 1) : []));
    const bonus = words.length > 1 ? this.phraseBonus(top, words.join(' ')) : new Map<number, number>();
    const relevance = (doc: number) => scores.relevance[doc]! + (bonus.get(doc) ?? 0);
    top.sort((a, b) => scores.coverage[b]! - scores.coverage[a]! || relevance(b) - relevance(a) || a - b);
    const highlight = this.highlighter(parsed, clauses);
    return top.slice(0, limit).map((doc) => ({
      incident: this.incidents[this.order[doc]!]!,
      score: scores.coverage[doc]! * COVERAGE_WEIGHT + relevance(doc),
      highlights: highlight(doc),
    }));
  }

  private clausesOf(q: ParsedQuery): Clause[] {
    const tagged = (term: string): Clause => {
      const docs = this.facets.tagDocs.get(term);
      const word = q.conceptWords[term];
      // A concept no record has: the word it was read from may still be in the text.
      if (word && !docs?.length && this.vocabulary.indexOf(term) < 0) return { kind: 'words', forms: [word] };
      return { kind: 'concept', term, tagged: docs ?? new Uint32Array() };
    };
    return [
      ...q.causes.map((cause) => tagged(conceptTerm({ kind: 'cause', cause }))),
      ...q.symptoms.map((symptom) => tagged(conceptTerm({ kind: 'symptom', symptom }))),
      ...q.regions.map((region) => tagged(conceptTerm({ kind: 'region', region }))),
      ...q.terms.map((t): Clause => (t.concept ? { kind: 'concept', term: conceptTerm({ kind: 'term', term: t.concept }) } : { kind: 'words', forms: t.stem ? [t.text, t.stem] : [t.text] })),
    ];
  }

  private lookUpClauses(clauses: Clause[], eligible: ((doc: number) => boolean) | undefined): void {
    const scores = this.scores;
    for (const clause of clauses) {
      for (const [term, quality] of this.termQualities(clause)) {
        const weights = FIELD_WEIGHT.map((w) => w * quality);
        forEachPosting(this.postings[term]!, (doc, fields) => {
          if (!eligible || eligible(doc)) scores.raise(doc, weights[fields]!);
        });
      }
      if (clause.kind === 'concept' && clause.tagged) for (const doc of clause.tagged) if (!eligible || eligible(doc)) scores.add(doc, TAG_WEIGHT);
      scores.settleClause();
    }
  }

  /** The vocabulary terms a clause matches, each with the best quality it matches with. */
  private termQualities(clause: Clause): Map<number, number> {
    const qualities = new Map<number, number>();
    const raise = (term: number, quality: number) => {
      if ((qualities.get(term) ?? 0) < quality) qualities.set(term, quality);
    };
    const forms = clause.kind === 'words' ? clause.forms : [clause.term];
    for (const form of forms) {
      const exact = this.vocabulary.indexOf(form);
      if (exact >= 0) raise(exact, QUALITY_EXACT);
      if (clause.kind === 'concept') continue;
      if (allowsPrefix(form)) {
        const [from, to] = this.vocabulary.prefixRange(form);
        for (let term = from; term < to; term++) raise(term, QUALITY_PREFIX);
      }
      const edits = maxEdits(form);
      if (edits) this.vocabulary.forEachWithin(form, edits, (term, e) => raise(term, qualityForEdits(e)));
    }
    return qualities;
  }

  /** Every record's terms, read from its text (for the exhaustive scan only). */
  private allDocTerms(): Map<string, number>[] {
    return (this.docTerms ??= this.order.map((position) => recordTerms(this.incidents[position]!, this.corpus.isKnownStem)));
  }

  /** The same scores as lookUpClauses, computed from each record's own terms. */
  private scanClauses(clauses: Clause[], eligible: ((doc: number) => boolean) | undefined): void {
    const scores = this.scores;
    for (const clause of clauses) {
      const matchers = clause.kind === 'words' ? clause.forms.map(wordMatcher) : [];
      const tagged = new Set(clause.kind === 'concept' ? clause.tagged : []);
      this.allDocTerms().forEach((terms, doc) => {
        if (eligible && !eligible(doc)) return;
        if (clause.kind === 'concept') {
          scores.raise(doc, FIELD_WEIGHT[terms.get(clause.term) ?? 0]! + (tagged.has(doc) ? TAG_WEIGHT : 0));
          return;
        }
        for (const [term, fields] of terms) for (const matches of matchers) scores.raise(doc, FIELD_WEIGHT[fields]! * matches(term));
      });
      scores.settleClause();
    }
  }

  /** Favours candidates that cover more of the named platforms, only those, and name them in their text. */
  private addBoosts(q: ParsedQuery, exhaustive: boolean): void {
    if (!q.platforms.length) return;
    const scores = this.scores;
    const mask = q.platforms.reduce((m, p) => m | platformBit(p), 0);
    for (let i = 0; i < scores.size; i++) {
      const doc = scores.docs[i]!;
      const platforms = this.facets.platforms[doc]!;
      for (let covered = platforms & mask; covered; covered &= covered - 1) scores.relevance[doc]! += COVER_WEIGHT;
      if ((platforms & ~mask) === 0) scores.relevance[doc]! += FOCUS_WEIGHT;
    }
    for (const term of namedPlatformTerms(q)) {
      const mention = (doc: number, fields: number) => {
        if (scores.isCandidate(doc)) scores.relevance[doc]! += MENTION_WEIGHT * FIELD_WEIGHT[fields]!;
      };
      if (exhaustive) {
        const docTerms = this.allDocTerms();
        for (let i = 0; i < scores.size; i++) mention(scores.docs[i]!, docTerms[scores.docs[i]!]!.get(term) ?? 0);
      } else {
        const index = this.vocabulary.indexOf(term);
        if (index >= 0) forEachPosting(this.postings[index]!, mention);
      }
    }
  }

  /** fuse.js's score for the typed words as a phrase, over the folded titles. */
  private phraseBonus(docs: readonly number[], phrase: string): Map<number, number> {
    const fuse = new Fuse(
      docs.map((doc) => [this.read(doc, 0).folded, this.read(doc, 1).folded]),
      FUSE_OPTIONS,
    );
    const bonus = new Map<number, number>();
    for (const r of fuse.search(phrase.slice(0, FUSE_PATTERN_LENGTH))) bonus.set(docs[r.refIndex]!, FUSE_WEIGHT * (1 - (r.score ?? 1)));
    return bonus;
  }

  /** A displayed field of a record (`field`: index in HIGHLIGHT_FIELDS), read. */
  private read(doc: number, field: number): ReadText {
    let fields = this.readCache.get(doc);
    if (!fields) {
      if (this.readCache.size >= READ_CACHE_SIZE) this.readCache.delete(this.readCache.keys().next().value!);
      this.readCache.set(doc, (fields = []));
    }
    return (fields[field] ??= readText(HIGHLIGHT_FIELDS[field]![1](this.incidents[this.order[doc]!]!), this.corpus.isKnownStem));
  }

  /** Marks, in the shown text, the words that matched: free words and everything the query named. */
  private highlighter(q: ParsedQuery, clauses: Clause[]): (doc: number) => SearchResult['highlights'] {
    const words = clauses.flatMap((c) => (c.kind === 'words' ? c.forms : [])).map((word) => ({ word, matches: wordMatcher(word) }));
    const exact = new Set<string>([
      ...clauses.flatMap((c) => (c.kind === 'concept' ? [c.term] : [])),
      ...namedPlatformTerms(q),
      ...q.months.map((month) => conceptTerm({ kind: 'month', month })),
      ...q.weekdays.map((weekday) => conceptTerm({ kind: 'weekday', weekday })),
      ...q.years.map(String),
    ]);
    return (doc) => {
      const highlights: SearchResult['highlights'] = {};
      if (!words.length && !exact.size) return highlights;
      for (const [k, [field]] of HIGHLIGHT_FIELDS.entries()) {
        const { units, map } = this.read(doc, k);
        const ranges: Range[] = [];
        for (const u of units) {
          let end = exact.has(u.term) ? u.end : -1;
          for (const { word, matches } of words) {
            const quality = matches(u.term);
            // A word typed so far marks only what it covers of the longer word.
            if (quality) end = Math.max(end, quality === QUALITY_PREFIX ? u.start + word.length : u.end);
          }
          if (end > u.start) ranges.push([map.sourceStart[u.start]!, map.sourceEnd[end - 1]!]);
        }
        if (ranges.length) highlights[field] = mergeRanges(ranges);
      }
      return highlights;
    };
  }
}
