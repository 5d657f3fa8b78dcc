/**
 * The alias tables (aliases.ts) folded into lookup structures, and the word-level normalisation built on
 * them: tokens, clitic stripping, and reading concepts (platforms, months, causes…) out of a token run.
 * The index and the query both read text through here, so a word is understood the same way in both.
 */
import { CAUSE_CATEGORIES, PLATFORM_IDS, SYMPTOMS, type CauseCategory, type PlatformId, type Symptom } from '../incidents/types';
import {
  BRAND_ALIASES,
  CAUSE_ALIASES,
  KNOWN_WORDS,
  MONTH_NAMES,
  PLATFORM_ALIASES,
  REGION_ALIASES,
  STOP_WORDS,
  SYMPTOM_ALIASES,
  TERM_ALIASES,
  WEEKDAY_NAMES,
} from './aliases';
import { fold } from './fold';

export type Concept =
  | { kind: 'platform'; platform: PlatformId }
  | { kind: 'brand' }
  | { kind: 'cause'; cause: CauseCategory }
  | { kind: 'symptom'; symptom: Symptom }
  | { kind: 'region'; region: string }
  | { kind: 'term'; term: string }
  | { kind: 'month'; month: number }
  | { kind: 'weekday'; weekday: number };

/**
 * The index term a concept is stored under. Terms of concepts start with '#', which folded text never
 * contains, so no word typed by a user can collide with one, and they sort before every word.
 */
export function conceptTerm(c: Concept): string {
  switch (c.kind) {
    case 'platform':
      return `#${c.platform}`;
    case 'brand':
      return '#meta';
    case 'cause':
      return `#cause:${c.cause}`;
    case 'symptom':
      return `#symptom:${c.symptom}`;
    case 'region':
      return `#region:${c.region}`;
    case 'term':
      return `#term:${c.term}`;
    case 'month':
      return `#month:${c.month}`;
    case 'weekday':
      return `#weekday:${c.weekday}`;
  }
}

export const CONCEPT_PREFIX = '#';

interface Entry {
  concept: Concept;
  /** conceptTerm(concept), computed once: the index build reads millions of these. */
  term: string;
  /** Counts only next to a number (English "may", Levantine آب). */
  needsNumber: boolean;
}

const ARTICLE = 'ال';
const STOP = new Set(STOP_WORDS.map((w) => fold(w)));

/** A word of an alias entry without its article, so الفيس, والفيس and فيس all reach one key. */
const bareWord = (word: string) => (word.startsWith(ARTICLE) && word.length >= 4 && !STOP.has(word) ? word.slice(ARTICLE.length) : word);

const entries = new Map<string, Entry>();
/** Words that clitic stripping may produce: every word of every entry, the stop words and KNOWN_WORDS. */
const known = new Set<string>(STOP);
/** For the first word of each multi-word entry, the most words such an entry has. */
const phraseLengthFrom = new Map<string, number>();

function add(spelling: string, concept: Concept): void {
  const needsNumber = spelling.startsWith('?');
  const words = fold(needsNumber ? spelling.slice(1) : spelling).split(' ').filter(Boolean).map(bareWord);
  if (words.length === 0) return;
  for (const w of words) known.add(w);
  if (words.length > 1) phraseLengthFrom.set(words[0]!, Math.max(phraseLengthFrom.get(words[0]!) ?? 0, words.length));
  const key = words.join(' ');
  const term = conceptTerm(concept);
  const existing = entries.get(key);
  if (existing && existing.term !== term) throw new Error(`search alias "${spelling}" means two things`);
  entries.set(key, { concept, term, needsNumber });
}

for (const platform of PLATFORM_IDS) for (const s of PLATFORM_ALIASES[platform]) add(s, { kind: 'platform', platform });
for (const s of BRAND_ALIASES) add(s, { kind: 'brand' });
for (const cause of CAUSE_CATEGORIES) for (const s of CAUSE_ALIASES[cause]) add(s, { kind: 'cause', cause });
for (const symptom of SYMPTOMS) for (const s of SYMPTOM_ALIASES[symptom]) add(s, { kind: 'symptom', symptom });
for (const [region, spellings] of Object.entries(REGION_ALIASES)) for (const s of spellings) add(s, { kind: 'region', region });
for (const [term, spellings] of Object.entries(TERM_ALIASES)) for (const s of spellings) add(s, { kind: 'term', term });
MONTH_NAMES.forEach((names, i) => names.forEach((s) => add(s, { kind: 'month', month: i + 1 })));
WEEKDAY_NAMES.forEach((names, i) => names.forEach((s) => add(s, { kind: 'weekday', weekday: i })));
for (const w of KNOWN_WORDS) known.add(bareWord(fold(w)));

/** Single-word entries, the targets of typo correction and of completing a word being typed. */
export const singleWordEntries: readonly { word: string; concept: Concept }[] = [...entries]
  .filter(([key, e]) => !key.includes(' ') && !e.needsNumber)
  .map(([word, e]) => ({ word, concept: e.concept }));

export const isStopWord = (word: string) => STOP.has(word);
export const isStaticallyKnown = (word: string) => known.has(word);
export const entryFor = (word: string): Concept | undefined => entries.get(word)?.concept;

/**
 * Conjunction (و ف), then preposition (ب ل ك), then article; ل + ال is written لل. Grouped by first
 * letter (most words cannot carry a clitic at all), longest first.
 */
const CLITIC_PREFIXES = new Map<string, string[]>();
for (const prefix of ['', 'و', 'ف'].flatMap((conj) => ['', 'ب', 'ل', 'ك'].flatMap((prep) => ['', ARTICLE].map((art) => conj + (prep === 'ل' && art ? 'لل' : prep + art))))) {
  if (!prefix) continue;
  const group = CLITIC_PREFIXES.get(prefix[0]!) ?? [];
  CLITIC_PREFIXES.set(prefix[0]!, [...group, prefix].sort((a, b) => b.length - a.length));
}

export interface Token {
  /** The folded word. */
  word: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** The word without its clitics, when that is a known word (بالواتساب → واتساب). */
  stem?: string;
  /** Where the stem starts in the folded text. */
  stemStart: number;
}

/**
 * Splits folded text into tokens and strips clitics from a word when the remainder is a known word and
 * the word itself is not: known statically (the alias tables) or, for the index and the query, a word
 * the corpus also uses on its own (`isKnownStem`).
 */
export function tokenize(folded: string, isKnownStem: (word: string) => boolean = isStaticallyKnown): Token[] {
  const tokens: Token[] = [];
  const read = (start: number, end: number) => {
    const word = folded.slice(start, end);
    const token: Token = { word, start, end, stemStart: start };
    if (!known.has(word)) {
      for (const prefix of CLITIC_PREFIXES.get(word[0]!) ?? []) {
        if (word.length - prefix.length < 2 || !word.startsWith(prefix)) continue;
        const stem = word.slice(prefix.length);
        if (isKnownStem(stem)) {
          token.stem = stem;
          token.stemStart = start + prefix.length;
          break;
        }
      }
    }
    tokens.push(token);
  };
  let start = 0;
  while (start < folded.length) {
    let end = folded.indexOf(' ', start);
    if (end < 0) end = folded.length;
    // A year typed onto a word ("whatsapp2021") is the word and the year.
    const glued = GLUED_YEAR.exec(folded.slice(start, end));
    if (glued) {
      read(start, start + glued[1]!.length);
      read(start + glued[1]!.length, end);
    } else read(start, end);
    start = end + 1;
  }
  return tokens;
}

const GLUED_YEAR = /^(\p{L}{3,})((?:19|20)\d\d)$/u;

/** The word the lexicon reads for a token: its stem when it has one. */
export const baseOf = (t: Token) => t.stem ?? t.word;

export function normalize(text: string): string {
  return tokenize(fold(text))
    .map(baseOf)
    .join(' ');
}

const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;
export const isNumberToken = (t: Token | undefined) => t !== undefined && NUMBER.test(t.word);

interface ConceptMatch {
  concept: Concept;
  term: string;
  /** Token range [first, last]. */
  first: number;
  last: number;
}

/** Finds alias entries in a token run, longest phrase first, left to right. */
export function readConcepts(tokens: readonly Token[]): ConceptMatch[] {
  const matches: ConceptMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    const first = baseOf(tokens[i]!);
    for (let len = Math.min(phraseLengthFrom.get(first) ?? 1, tokens.length - i); len >= 1 && !matched; len--) {
      let key = first;
      for (let k = 1; k < len; k++) key += ' ' + baseOf(tokens[i + k]!);
      const entry = entries.get(key);
      if (!entry) continue;
      if (entry.needsNumber && !isNumberToken(tokens[i - 1]) && !isNumberToken(tokens[i + len])) continue;
      matches.push({ concept: entry.concept, term: entry.term, first: i, last: i + len - 1 });
      matched = len;
    }
    i += matched || 1;
  }
  return matches;
}
