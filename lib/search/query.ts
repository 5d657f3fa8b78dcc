/**
 * Query understanding: platform, brand, date, cause, symptom and region words become facets; what is
 * left is free text. Spelling variants, clitics and split names are handled by the lexicon; here the
 * query-only rules are added: years and day numbers, typo correction of alias words, and completion of
 * the word still being typed.
 */
import type { CauseCategory, PlatformId, Symptom } from '../incidents/types';
import { BRAND_PLATFORMS } from './aliases';
import { fold } from './fold';
import {
  baseOf,
  conceptTerm,
  entryFor,
  isNumberToken,
  isStaticallyKnown,
  isStopWord,
  readConcepts,
  singleWordEntries,
  tokenize,
  type Concept,
  type Token,
} from './lexicon';
import { editDistance, maxEdits } from './match';

export interface QueryTerm {
  /** The word, normalised. */
  text: string;
  /** The word without its clitics, when that is a known word (والخوادم → خوادم). */
  stem?: string;
  /** The term the word stands for in both languages (aliases.ts TERM_ALIASES), e.g. "server" for خوادم. */
  concept?: string;
}

export interface ParsedQuery {
  /** Platforms named, by any spelling; naming Meta names all of its platforms. */
  platforms: PlatformId[];
  /** The query named the parent brand (Meta, ميتا). */
  brand: boolean;
  years: number[];
  /** 1–12. */
  months: number[];
  /** Days of the month, when written next to a month name or as a full date. */
  days: number[];
  /** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
  weekdays: number[];
  causes: CauseCategory[];
  symptoms: Symptom[];
  /** Region codes as in Incident.regions. */
  regions: string[];
  /** Free text and common words, matched against titles and summaries. */
  terms: QueryTerm[];
  /** Typed, but with nothing to read in it (only punctuation or emoji): it matches nothing, not everything. */
  unreadable: boolean;
  /** The query ends inside a word that became a clause (a term, a cause…): the user may still be typing it. */
  typingClause: boolean;
  /**
   * The single word a cause, symptom or region was read from, by concept term: where no record has that
   * concept, the word itself is searched (حجب, "blocking", also stands in حجب الخدمة, "denial of service").
   */
  conceptWords: Record<string, string>;
}

/** What the parser needs to know about the indexed corpus. */
export interface CorpusLookup {
  isKnownStem(word: string): boolean;
  isCorpusWord(word: string): boolean;
}

/** An omnibox or search box never holds more; longer input is pasted text and is cut. */
const MAX_QUERY_LENGTH = 256;
const MAX_TERMS = 8;
/** The word being typed completes to an alias from this many letters (انست, whats). */
const MIN_COMPLETION_LENGTH = 4;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

/** The concept all candidates agree on, or undefined if there are none or they disagree. */
function uniqueConcept(candidates: Concept[]): Concept | undefined {
  const terms = new Set(candidates.map(conceptTerm));
  return terms.size === 1 ? candidates[0] : undefined;
}

function completion(prefix: string): Concept | undefined {
  return uniqueConcept(singleWordEntries.filter((e) => e.word.startsWith(prefix)).map((e) => e.concept));
}

/** The alias a misspelt word is closest to, if exactly one concept is nearest. */
function typoCorrection(word: string): Concept | undefined {
  const limit = maxEdits(word);
  if (limit === 0) return undefined;
  let best = limit + 1;
  let nearest: Concept[] = [];
  for (const e of singleWordEntries) {
    const d = editDistance(word, e.word, best);
    if (d < best) [best, nearest] = [d, [e.concept]];
    else if (d === best && d <= limit) nearest.push(e.concept);
  }
  return best <= limit ? uniqueConcept(nearest) : undefined;
}

/** The number a token writes (4, 4th, 04), if it is one and lies in [min, max]. */
function numberIn(t: Token, min: number, max: number): number | undefined {
  if (!isNumberToken(t)) return undefined;
  const n = parseInt(t.word, 10);
  return n >= min && n <= max ? n : undefined;
}
const yearOf = (t: Token) => (/^\d{4}$/.test(t.word) ? numberIn(t, FIRST_YEAR, LAST_YEAR) : undefined);

/** `live`: the query is being typed, so its last word may be unfinished (SearchOptions.live). */
export function parseQuery(query: string, corpus: CorpusLookup, live = false): ParsedQuery {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const tokens = tokenize(fold(text), corpus.isKnownStem);
  const typing = live && /[\p{L}\p{N}\p{M}]$/u.test(text);
  const unreadable = tokens.length === 0 && text.trim() !== '';
  const parsed: ParsedQuery = { platforms: [], brand: false, years: [], months: [], days: [], weekdays: [], causes: [], symptoms: [], regions: [], terms: [], unreadable, typingClause: false, conceptWords: {} };
  const addOnce = <T>(list: T[], value: T) => void (list.includes(value) || list.push(value));
  const apply = (c: Concept, words: string) => {
    if ((c.kind === 'cause' || c.kind === 'symptom' || c.kind === 'region') && !words.includes(' ')) parsed.conceptWords[conceptTerm(c)] ??= words;
    switch (c.kind) {
      case 'platform':
        return addOnce(parsed.platforms, c.platform);
      case 'brand':
        parsed.brand = true;
        return BRAND_PLATFORMS.forEach((p) => addOnce(parsed.platforms, p));
      case 'cause':
        return addOnce(parsed.causes, c.cause);
      case 'symptom':
        return addOnce(parsed.symptoms, c.symptom);
      case 'region':
        return addOnce(parsed.regions, c.region);
      case 'month':
        return addOnce(parsed.months, c.month);
      case 'weekday':
        return addOnce(parsed.weekdays, c.weekday);
      case 'term':
        if (!parsed.terms.some((t) => t.concept === c.term)) parsed.terms.push({ text: words, concept: c.term });
    }
  };

  const consumed = new Array<boolean>(tokens.length).fill(false);
  const nextToMonth = new Set<number>();
  for (const m of readConcepts(tokens)) {
    apply(m.concept, tokens.slice(m.first, m.last + 1).map(baseOf).join(' '));
    for (let i = m.first; i <= m.last; i++) consumed[i] = true;
    if (m.concept.kind === 'month') nextToMonth.add(m.first - 1).add(m.last + 1);
  }
  // A full date: 2021-10-04 (the separators are gone after folding).
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (consumed[i] || consumed[i + 1] || consumed[i + 2]) continue;
    const year = yearOf(tokens[i]!);
    const month = numberIn(tokens[i + 1]!, 1, 12);
    const day = numberIn(tokens[i + 2]!, 1, 31);
    if (year === undefined || month === undefined || day === undefined) continue;
    addOnce(parsed.years, year);
    addOnce(parsed.months, month);
    addOnce(parsed.days, day);
    consumed[i] = consumed[i + 1] = consumed[i + 2] = true;
  }

  /** A word left after the concepts and dates: a year, a day next to a month, a completed or corrected concept, or a term. */
  const readWord = (t: Token, i: number): void => {
    const base = baseOf(t);
    const year = yearOf(t);
    if (year !== undefined) return addOnce(parsed.years, year);
    const day = nextToMonth.has(i) ? numberIn(t, 1, 31) : undefined;
    if (day !== undefined) return addOnce(parsed.days, day);
    const isLast = i === tokens.length - 1;
    let concept: Concept | undefined;
    if (isLast && typing && base.length >= MIN_COMPLETION_LENGTH && !entryFor(base)) concept = completion(base);
    if (!concept && !isStaticallyKnown(base) && !corpus.isCorpusWord(base)) concept = typoCorrection(base);
    if (concept) return apply(concept, base);
    if (parsed.terms.length < MAX_TERMS) parsed.terms.push(t.stem ? { text: t.word, stem: t.stem } : { text: t.word });
  };
  const clauseCount = () => parsed.causes.length + parsed.symptoms.length + parsed.regions.length + parsed.terms.length;
  tokens.forEach((t, i) => {
    if (consumed[i] || isStopWord(baseOf(t))) return;
    const before = clauseCount();
    readWord(t, i);
    if (i === tokens.length - 1 && typing && clauseCount() > before) parsed.typingClause = true;
  });
  return parsed;
}
