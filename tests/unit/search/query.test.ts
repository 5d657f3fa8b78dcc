import { describe, expect, it } from 'vitest';
import { PLATFORM_ALIASES } from '../../../lib/search/aliases';
import { PLATFORM_IDS } from '../../../lib/incidents/types';
import { createSearchEngine } from '../../../lib/search';
import { incident } from './fixtures';

const engine = createSearchEngine([
  incident({ id: '2021-10-04-meta', platforms: ['facebook', 'instagram', 'whatsapp', 'messenger'], summary: { en: 'A thread of failures across the routers.' } }),
  incident({ id: '2023-01-02-twitter', platforms: ['twitter'], title: { en: 'Twitter outage', ar: 'عطل تويتر' } }),
]);
const parse = (q: string) => engine.parse(q);
const platformsOf = (q: string) => parse(q).platforms;

describe('platform names, however they are written', () => {
  it.each([
    ['instagram', ['انستقرام', 'إنستجرام', 'انستغرام', 'instagram', 'Instagram', 'IG', 'Insta', 'انستا', 'بالانستجرام', 'إنستغرامْ', 'انستاجرام', 'انسٹغرام']],
    ['whatsapp', ['واتس اب', 'واتساب', 'الواتس', 'whatsapp', 'WhatsApp', 'whats app', 'واتس', 'وَاتْسَاب', 'واتـــساب', 'ﻭﺍﺗﺴﺎﺏ', 'واتس آب']],
    ['facebook', ['فيس بوك', 'الفيس', 'facebook', 'FB', 'فيس', 'وللفيسبوك', 'فيسبوك']],
    ['twitter', ['تويتر', 'إكس', 'اكس', 'X', 'x', 'twitter', 'منصة إكس']],
    ['messenger', ['ماسنجر', 'ماسينجر', 'مسنجر', 'messenger', 'facebook messenger']],
    ['threads', ['threads', 'ثريدز', 'ثريدس']],
  ])('%s', (platform, spellings) => {
    for (const s of spellings) expect(platformsOf(s), s).toEqual([platform]);
  });

  it('every spelling in the alias table reads as its platform', () => {
    for (const platform of PLATFORM_IDS) for (const s of PLATFORM_ALIASES[platform]) expect(platformsOf(s), s).toEqual([platform]);
  });

  it('corrects a typo when one platform is unambiguously nearest', () => {
    expect(platformsOf('twiter')).toEqual(['twitter']);
    expect(platformsOf('whatsap')).toEqual(['whatsapp']);
    expect(platformsOf('facebok')).toEqual(['facebook']);
    expect(platformsOf('instgram')).toEqual(['instagram']);
    expect(platformsOf('فيسبووك')).toEqual(['facebook']);
  });

  it('does not correct words the corpus uses, nor short words', () => {
    expect(platformsOf('thread ')).toEqual([]); // "a thread of failures" is in the corpus
    expect(platformsOf('meat ')).toEqual([]);
  });

  it('does not turn look-alikes into platforms', () => {
    expect(parse('أشعة إكس')).toMatchObject({ platforms: [], terms: [{ concept: 'xray' }] });
    expect(parse('x-ray')).toMatchObject({ platforms: [], terms: [{ concept: 'xray' }] });
    expect(platformsOf('ماس')).toEqual([]);
    expect(platformsOf('اكس بوكس')).toEqual([]);
    expect(platformsOf('ثري')).toEqual([]);
  });

  it('expands the parent brand to all of its platforms', () => {
    for (const q of ['meta', 'Meta', 'ميتا', 'شركة ميتا']) {
      expect(parse(q), q).toMatchObject({ brand: true, platforms: ['facebook', 'instagram', 'whatsapp', 'messenger', 'threads'] });
    }
  });

  it('completes the word being typed to its alias', () => {
    const typed = (q: string) => engine.parse(q, true).platforms;
    expect(typed('انست')).toEqual(['instagram']);
    expect(typed('whats')).toEqual(['whatsapp']);
    expect(typed('عطل ماسن')).toEqual(['messenger']);
    expect(typed('twit')).toEqual(['twitter']);
    // A query no longer being typed (the omnibox's Enter, a link, the CLI) is taken as written.
    expect(platformsOf('whats')).toEqual([]);
  });

  it('does not complete a finished word, a short one, or an ambiguous one', () => {
    expect(platformsOf('whats ')).toEqual([]);
    expect(platformsOf('ins')).toEqual([]);
    expect(platformsOf('mess')).toEqual([]); // messenger or messages
  });

  it('reads several platforms', () => {
    expect(platformsOf('whatsapp instagram')).toEqual(['whatsapp', 'instagram']);
  });

  it("reads WhatsApp however it is typed: with an apostrophe, by its initials", () => {
    for (const query of ["what's app", 'What’s App', 'WA']) expect(parse(query), query).toMatchObject({ platforms: ['whatsapp'], terms: [] });
  });
});

describe('dates', () => {
  it('reads years in every digit system', () => {
    expect(parse('whatsapp 2024')).toMatchObject({ platforms: ['whatsapp'], years: [2024], terms: [] });
    expect(parse('واتساب ٢٠٢٤')).toMatchObject({ platforms: ['whatsapp'], years: [2024], terms: [] });
    expect(parse('إنستاغرام ۲۰۲۳').years).toEqual([2023]);
  });

  it('reads a year typed onto a word', () => {
    expect(parse('WhatsApp2021')).toMatchObject({ platforms: ['whatsapp'], years: [2021], terms: [] });
    expect(parse('فيسبوك٢٠١٩')).toMatchObject({ platforms: ['facebook'], years: [2019], terms: [] });
    // Not a year: a word with digits stays one word.
    expect(parse('ipv6').terms.map((t) => t.text)).toEqual(['ipv6']);
  });

  it.each([
    ['instagram october 2022', 10],
    ['عطل اكس يناير', 1],
    ['كانون الثاني', 1],
    ['تشرين الأول ٢٠٢١', 10],
    ['أيلول', 9],
    ['جويلية', 7],
    ['Feb 2023', 2],
    ['may 2023', 5],
    ['آب ٢٠٢١', 8],
  ])('reads the month in %s', (q, month) => {
    expect(parse(q).months).toEqual([month]);
  });

  it('reads ambiguous month names only next to a number', () => {
    expect(parse('users may be logged out').months).toEqual([]);
    expect(parse('واتس اب').months).toEqual([]);
  });

  it('reads days next to a month name, and full dates', () => {
    expect(parse('عطل فيسبوك 4 أكتوبر')).toMatchObject({ platforms: ['facebook'], months: [10], days: [4], terms: [] });
    expect(parse('october 4th 2021')).toMatchObject({ months: [10], days: [4], years: [2021] });
    expect(parse('2021-10-04')).toMatchObject({ years: [2021], months: [10], days: [4], terms: [] });
    expect(parse('٢٠٢١/١٠/٠٤')).toMatchObject({ years: [2021], months: [10], days: [4] });
  });

  it('reads weekdays in both languages', () => {
    expect(parse('monday').weekdays).toEqual([1]);
    expect(parse('يوم الاثنين').weekdays).toEqual([1]);
    expect(parse('مساء الأربعاء').weekdays).toEqual([3]);
  });
});

describe('causes, symptoms, regions and common words', () => {
  it.each([
    ['DNS', { causes: ['dns-bgp'] }],
    ['نظام اسم النطاق', { causes: ['dns-bgp'] }],
    ['BGP', { causes: ['dns-bgp'] }],
    ['logged out', { symptoms: ['logged-out'] }],
    ['تسجيل الخروج', { symptoms: ['logged-out'] }],
    ['سجل خروجي', { symptoms: ['logged-out'] }],
    ['suspended', { symptoms: ['account-suspended'] }],
    ['تعليق الحساب', { symptoms: ['account-suspended'] }],
    ['تعطيل الحساب', { symptoms: ['account-suspended'] }],
    ['الرسائل', { symptoms: ['messaging'] }],
    ['هجوم حجب الخدمة', { causes: ['ddos'] }],
    ['الواتس مصر', { platforms: ['whatsapp'], regions: ['EG'] }],
    ['بالسعودية', { regions: ['SA'] }],
  ])('%s', (q, expected) => {
    expect(parse(q)).toMatchObject(expected);
  });

  it('maps common words across languages', () => {
    expect(parse('الخوادم').terms).toEqual([{ text: 'خوادم', concept: 'server' }]);
    expect(parse('servers').terms).toEqual([{ text: 'servers', concept: 'server' }]);
  });

  it('drops words that say nothing about which outage', () => {
    expect(parse('why is whatsapp down today')).toMatchObject({ platforms: ['whatsapp'], terms: [] });
    expect(parse('هل يوجد عطل في الفيس')).toMatchObject({ platforms: ['facebook'], terms: [{ text: 'يوجد' }] });
  });

  it('keeps the rest as free text, with the stem of a clitic word', () => {
    expect(parse('engineers rolled').terms).toEqual([{ text: 'engineers' }, { text: 'rolled' }]);
    expect(parse('والخدمات').terms).toEqual([{ text: 'والخدمات', stem: 'خدمات' }]);
  });
});
