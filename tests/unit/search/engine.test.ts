import { describe, expect, it } from 'vitest';
import { createSearchEngine, highlightSegments, prepareSearchIndex, type PreparedIndex, type SearchResult } from '../../../lib/search';
import { syntheticIncidents } from '../../../bench/synthetic';
import { incident, marked } from './fixtures';

const incidents = [
  incident({
    id: '2021-10-04-meta-global',
    platforms: ['facebook', 'instagram', 'whatsapp', 'messenger'],
    cause: { category: 'dns-bgp' },
    symptoms: ['cannot-load', 'logged-out'],
    title: { en: 'Facebook, Instagram and WhatsApp vanish worldwide', ar: 'اختفاء فيسبوك وإنستغرام وَاتْسَاب حول العالم' },
    summary: { en: 'Engineers withdrew the routes to the DNS servers; users were logged out.', ar: 'سحب المهندسون المسارات إلى خوادم أسماء النطاقات ٢٠٢١.' },
  }),
  incident({
    id: '2022-10-31-instagram-suspension-bug',
    platforms: ['instagram'],
    cause: { category: 'software-bug' },
    symptoms: ['account-suspended'],
    title: { en: 'Instagram bug tells users their accounts are suspended', ar: 'خلل في إنستغرام يُبلغ مستخدمين بتعليق حساباتهم' },
  }),
  incident({
    id: '2024-04-03-whatsapp-instagram',
    platforms: ['whatsapp', 'instagram'],
    title: { en: 'WhatsApp and Instagram down on a Wednesday', ar: 'تعطل بالواتساب وﻻ يعمل إنستغرام يوم الأربعاء ٢٠٢٤' },
    summary: { en: 'Messages were stuck in 2024.', ar: 'ﻭﺍﺗﺴﺎﺏ لم يرسل الرسائل.' },
  }),
  incident({ id: '2016-01-19-twitter-global', platforms: ['twitter'], title: { en: 'Twitter down worldwide', ar: 'تويتر يتوقف حول العالم' }, summary: { en: 'A bad code change took the servers down.' } }),
];
const engine = createSearchEngine(incidents);
const ids = (results: SearchResult[]) => results.map((r) => r.incident.id);
const search = (q: string, options?: Parameters<typeof engine.search>[1]) => ids(engine.search(q, options));

describe('search', () => {
  it('returns the newest incidents for an empty query', () => {
    expect(search('')).toEqual(['2024-04-03-whatsapp-instagram', '2022-10-31-instagram-suspension-bug', '2021-10-04-meta-global', '2016-01-19-twitter-global']);
    expect(search('  ', { limit: 2 })).toHaveLength(2);
    expect(search('the outage')).toHaveLength(4); // nothing but stop words
  });

  it('finds nothing for a query with nothing to read in it', () => {
    for (const query of ['(', '[*?', '"', '😀', '...', 'ـــ']) expect(search(query), query).toEqual([]);
    expect(search('😀 whatsapp')).toEqual(search('whatsapp'));
  });

  it('applies the caller\'s platform and year filters', () => {
    expect(search('', { platform: 'twitter' })).toEqual(['2016-01-19-twitter-global']);
    expect(search('instagram', { year: 2022 })).toEqual(['2022-10-31-instagram-suspension-bug']);
    expect(search('whatsapp', { year: 2016 })).toEqual([]);
  });

  it('narrows by platform and puts incidents about that platform alone first', () => {
    expect(search('انستقرام')[0]).toBe('2022-10-31-instagram-suspension-bug');
    expect(search('انستقرام')).toHaveLength(3);
    expect(search('whatsapp instagram')[0]).toBe('2024-04-03-whatsapp-instagram');
  });

  it('narrows by year and weekday', () => {
    expect(search('واتساب ٢٠٢٤')).toEqual(['2024-04-03-whatsapp-instagram']);
    expect(search('الأربعاء')).toEqual(['2024-04-03-whatsapp-instagram']);
  });

  it('finds causes and symptoms by tag and by text, in both languages', () => {
    expect(search('DNS')).toEqual(['2021-10-04-meta-global']);
    expect(search('سجل خروجي')).toEqual(['2021-10-04-meta-global']);
    expect(search('تعليق الحساب')).toEqual(['2022-10-31-instagram-suspension-bug']);
  });

  it('finds English text from an Arabic word and the reverse', () => {
    expect(search('السيرفرات').sort()).toEqual(['2016-01-19-twitter-global', '2021-10-04-meta-global']); // "servers" in English only
    expect(search('servers').sort()).toEqual(['2016-01-19-twitter-global', '2021-10-04-meta-global']);
  });

  it('matches free text exactly, by prefix while typing, and despite a typo', () => {
    expect(search('engineers')).toEqual(['2021-10-04-meta-global']);
    expect(search('engin')).toEqual(['2021-10-04-meta-global']);
    expect(search('enginers')).toEqual(['2021-10-04-meta-global']);
    expect(search('المهندسون')).toEqual(['2021-10-04-meta-global']);
  });

  it('ranks records matching more of the words first, and keeps partial matches after them', () => {
    expect(search('engineers code')).toEqual(['2021-10-04-meta-global', '2016-01-19-twitter-global']);
    expect(engine.search('engineers routes')[0]!.score).toBeGreaterThan(engine.search('engineers code')[1]!.score);
  });

  it('lets named facets answer while an unmatched word is still being typed', () => {
    expect(search('instagram zq', { live: true })).toHaveLength(3);
    expect(search('zqxw', { live: true })).toEqual([]);
  });

  it('finds nothing for a finished word that matches nothing, whatever facets it names', () => {
    expect(search('instagram zq ', { live: true })).toEqual([]);
    // Not typed live (the omnibox's Enter, a link, the CLI): the last word is finished too.
    expect(search('instagram zq')).toEqual([]);
    expect(search('instagram zqxw twitter')).toEqual([]);
    expect(search('zq instagram')).toEqual([]);
  });

  it('takes the characters fuse.js uses as operators literally', () => {
    expect(search('!whatsapp')).toEqual(search('whatsapp'));
    expect(search('=whatsapp')).toEqual(search('whatsapp'));
    expect(search("'dns")).toEqual(search('dns'));
    expect(search('^engin')).toEqual(search('engin'));
    expect(search('engineers$')).toEqual(search('engineers'));
    expect(search('"logged out"')).toEqual(search('logged out'));
    expect(search('twitter | instagram')).toEqual(search('twitter instagram'));
    expect(search('twitter \\| instagram')).toEqual(search('twitter instagram'));
    expect(search('| ! ^ $ = \' " \\')).toEqual([]);
  });
});

describe('highlights: ranges into the text the user sees', () => {
  const only = (q: string, id: string) => engine.search(q).find((r) => r.incident.id === id)!;
  const meta = incidents[0]!;
  const both = incidents[2]!;

  it('marks an Arabic word with its harakat', () => {
    expect(marked(meta.title.ar, only('واتساب', meta.id).highlights['title.ar'])).toEqual(['وَاتْسَاب']);
  });

  it('marks a platform in both scripts whichever script the query used', () => {
    const r = only('whatsapp', meta.id);
    expect(marked(meta.title.en, r.highlights['title.en'])).toEqual(['WhatsApp']);
    expect(marked(meta.title.ar, r.highlights['title.ar'])).toEqual(['وَاتْسَاب']);
  });

  it('marks the word without its clitics, and presentation forms whole', () => {
    const r = only('واتساب', both.id);
    expect(marked(both.title.ar, r.highlights['title.ar'])).toEqual(['واتساب']);
    expect(marked(both.summary.ar, r.highlights['summary.ar'])).toEqual(['ﻭﺍﺗﺴﺎﺏ']);
  });

  it('marks years in either digit system, and phrases whole', () => {
    const r = only('whatsapp 2024', both.id);
    expect(marked(both.title.ar, r.highlights['title.ar'])).toEqual(['واتساب', '٢٠٢٤']);
    expect(marked(meta.summary.en, only('logged out', meta.id).highlights['summary.en'])).toEqual(['logged out']);
  });

  it('marks only the typed part of a word being completed', () => {
    expect(marked(meta.summary.en, only('engin', meta.id).highlights['summary.en'])).toEqual(['Engin']);
  });

  it('gives nothing to mark for an empty query', () => {
    expect(engine.search('')[0]!.highlights).toEqual({});
  });
});

describe('highlightSegments', () => {
  it('cuts text into marked and unmarked pieces', () => {
    expect(highlightSegments('تعطل واتساب اليوم', [[5, 11]])).toEqual([
      { text: 'تعطل ', match: false },
      { text: 'واتساب', match: true },
      { text: ' اليوم', match: false },
    ]);
  });

  it('merges overlapping ranges and clamps ranges outside the text', () => {
    expect(highlightSegments('abcdef', [[4, 99], [0, 2], [1, 3], [-5, -1]])).toEqual([
      { text: 'abc', match: true },
      { text: 'd', match: false },
      { text: 'ef', match: true },
    ]);
    expect(highlightSegments('', [[0, 3]])).toEqual([]);
  });
});

describe('the prepared index', () => {
  it('survives JSON and gives the same results', () => {
    const fromJson = JSON.parse(JSON.stringify(prepareSearchIndex(incidents))) as PreparedIndex;
    const again = createSearchEngine(incidents, fromJson);
    for (const q of ['', 'واتساب', 'dns', 'engin', 'instagram 2022']) expect(again.search(q)).toEqual(engine.search(q));
  });

  it('is refused for other incidents', () => {
    expect(() => createSearchEngine(incidents.slice(1), prepareSearchIndex(incidents))).toThrow(/other incidents/);
  });
});

describe('the index returns exactly what an exhaustive scan returns', () => {
  const corpus = syntheticIncidents(400, 7);
  const big = createSearchEngine(corpus);
  const queries = ['whatsapp 2024', 'واتساب ٢٠٢٤', 'عطل اكس يناير', 'انستقرام لا يعمل', 'facebook logged out', 'سجل خروجي من الفيس', 'DNS', 'twiter down', 'engineers rolled back the change', 'الرسائل لم تصل', 'مراكز البيانات', 'Meta outage March 2024', 'downdetektor', 'والمهندسون'];
  it.each(queries)('on every keystroke of %s', (query) => {
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      expect(big.search(typed, { limit: 10 }), typed).toEqual(big.search(typed, { limit: 10, exhaustive: true }));
    }
  });
});
