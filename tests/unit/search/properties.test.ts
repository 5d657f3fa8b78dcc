import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchEngine, highlightSegments, normalize } from '../../../lib/search';
import { editDistance } from '../../../lib/search/match';
import { encodePostings, forEachPosting } from '../../../lib/search/postings';
import { Vocabulary } from '../../../lib/search/vocabulary';
import { syntheticIncidents } from '../../../bench/synthetic';

/** Any UTF-16 code unit (lone surrogates included), any code point, and the characters that trip text code. */
const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('\u200F', '\u200E', '\u202B', '\u2067', '\u200D', '\u200C', '\uFEFF', 'ـ', 'ً', 'ّ', '🏳️‍🌈', '👩🏽‍💻', 'ﻻ', '٢', 'و', 'ال', ' ', '|', '!', '^', '$', '=', "'", '"', '\\'),
  fc.constantFrom('واتساب', 'انست', 'whats', 'facebook', '2024', 'dns', 'logged out', 'أكتوبر'),
);
const anyText = (maxLength: number) => fc.string({ unit: anyUnit, maxLength });

const engine = createSearchEngine(syntheticIncidents(300, 3));

describe('any input', () => {
  const searchesSafely = (query: string) => {
    const t0 = performance.now();
    const results = engine.search(query, { limit: 6 });
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(results.length).toBeLessThanOrEqual(6);
    for (const r of results) {
      for (const [field, ranges] of Object.entries(r.highlights)) {
        const [part, lang] = field.split('.') as ['title' | 'summary', 'en' | 'ar'];
        for (const [s, e] of ranges) expect(0 <= s && s < e && e <= r.incident[part][lang].length).toBe(true);
      }
    }
  };

  it('searches any string without throwing, in bounded time, with ranges inside the text', () => {
    fc.assert(fc.property(anyText(300), searchesSafely), { numRuns: 300 });
  });

  it('searches strings of up to 10,000 characters the same way', () => {
    fc.assert(fc.property(fc.string({ unit: anyUnit, minLength: 5_000, maxLength: 10_000 }), searchesSafely), { numRuns: 25 });
  });

  it('normalises any string, idempotently', () => {
    fc.assert(
      fc.property(anyText(2_000), (text) => {
        const once = normalize(text);
        expect(normalize(once)).toBe(once);
        expect(once).not.toMatch(/^ | $| {2}/);
      }),
      { numRuns: 300 },
    );
  });

  it('normalises every single character of the Basic Multilingual Plane idempotently', () => {
    // Random strings found U+FCF2 (tatweel with fatha and shadda) once in a few thousand runs; this checks them all.
    const unstable: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      const once = normalize(String.fromCharCode(cp));
      if (normalize(once) !== once) unstable.push(cp.toString(16));
    }
    expect(unstable).toEqual([]);
    expect(normalize('واتساب\uFCF2\uFE7Dفيسبوك')).toBe(normalize('واتسابفيسبوك'));
  });

  it('cuts any text at any ranges into segments that join back into the text', () => {
    fc.assert(
      fc.property(anyText(200), fc.array(fc.tuple(fc.integer({ min: -5, max: 210 }), fc.integer({ min: -5, max: 210 }))), (text, ranges) => {
        const segments = highlightSegments(text, ranges);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const s of segments) expect(s.text.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('index structures', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'و', 'ا', 'ت'), minLength: 1, maxLength: 9 });

  it('finds exactly the words within an edit distance that a full comparison finds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 200 }), word, fc.integer({ min: 1, max: 2 }), (words, query, limit) => {
        const vocabulary = new Vocabulary([...words].sort());
        const found: string[] = [];
        vocabulary.forEachWithin(query, limit, (i, edits) => {
          found.push(vocabulary.terms[i]!);
          expect(edits).toBe(editDistance(query, vocabulary.terms[i]!, limit));
        });
        expect(found.sort()).toEqual(words.filter((w) => editDistance(query, w, limit) <= limit).sort());
      }),
    );
  });

  it('finds exactly the words with a prefix', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 200 }), word, (words, prefix) => {
        const vocabulary = new Vocabulary([...words].sort());
        const [from, to] = vocabulary.prefixRange(prefix);
        expect(vocabulary.terms.slice(from, to)).toEqual([...words].sort().filter((w) => w.startsWith(prefix)));
      }),
    );
  });

  it('decodes posting lists to what was encoded', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 })), (docs) => {
        const postings = [...docs].sort((a, b) => a - b).map((doc, i) => (doc << 2) | ((i % 3) + 1));
        const decoded: number[] = [];
        forEachPosting(encodePostings(postings), (doc, fields) => decoded.push((doc << 2) | fields));
        expect(decoded).toEqual(postings);
      }),
    );
  });
});
