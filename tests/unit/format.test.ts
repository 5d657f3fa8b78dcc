import { describe, expect, it } from 'vitest';
import arCommon from '../../locales/ar/common.json';
import enCommon from '../../locales/en/common.json';
import { createTranslator } from '../../lib/i18n';
import { formatAgo, formatDuration, formatHijriDay, formatInstant, formatList, formatShortDate } from '../../lib/format';

const dictionaries = { en: enCommon as Record<string, string>, ar: arCommon as Record<string, string> };
const en = createTranslator(dictionaries, 'en');
const ar = createTranslator(dictionaries, 'ar', 'latn');
const arIndic = createTranslator(dictionaries, 'ar', 'arab');

describe('formatDuration', () => {
  it.each([
    [45, 'exact', '45\u00a0minutes'],
    [60, 'exact', '1\u00a0hour'],
    [360, 'about', 'about 6\u00a0hours'],
    [150, 'more-than', 'more than 2.5\u00a0hours'],
    [30, 'less-than', 'less than 30\u00a0minutes'],
    [840, 'up-to', 'up to 14\u00a0hours'],
    [4320, 'exact', '3\u00a0days'],
  ] as const)('%i minutes (%s) in English', (minutes, qualifier, text) => {
    expect(formatDuration(en, { minutes, qualifier })).toBe(text);
  });

  it.each([
    [60, 'about', 'نحو ساعة'],
    [120, 'about', 'نحو ساعتين'],
    [120, 'more-than', 'أكثر من ساعتين'],
    [360, 'about', 'نحو 6\u00a0ساعات'],
    [840, 'exact', '14\u00a0ساعة'],
    [45, 'exact', '45\u00a0دقيقة'],
    [2, 'exact', 'دقيقتان'],
    [4320, 'exact', '3\u00a0أيام'],
    [2880, 'about', 'نحو يومين'],
  ] as const)('%i minutes (%s) in Arabic, with the dual and the right plural', (minutes, qualifier, text) => {
    expect(formatDuration(ar, { minutes, qualifier })).toBe(text);
  });

  it('puts an Arabic dual on its own (after a heading) in the nominative, and a governed one in the genitive', () => {
    // "الوسيط: ساعتان", "المدة: يومان"; but "لمدة ساعتين", and "نحو ساعتين" whatever the sentence.
    expect([2, 120, 2880].map((m) => formatDuration(ar, m))).toEqual(['دقيقتان', 'ساعتان', 'يومان']);
    expect([2, 120, 2880].map((m) => formatDuration(ar, m, 'genitive'))).toEqual(['دقيقتين', 'ساعتين', 'يومين']);
    for (const qualifier of ['about', 'more-than', 'less-than', 'up-to'] as const) {
      expect(formatDuration(ar, { minutes: 120, qualifier })).toMatch(/ ساعتين$/);
      expect(formatDuration(ar, { minutes: 120, qualifier }, 'genitive')).toMatch(/ ساعتين$/);
    }
    // English has no case to show.
    expect(formatDuration(en, 120, 'genitive')).toBe(formatDuration(en, 120));
  });

  it('says a half hour in Arabic as «ونصف» after the whole hours, in either case', () => {
    expect(formatDuration(ar, { minutes: 90, qualifier: 'about' })).toBe('نحو ساعة\u00a0ونصف');
    expect(formatDuration(ar, 150)).toBe('ساعتان\u00a0ونصف');
    expect(formatDuration(ar, 150, 'genitive')).toBe('ساعتين\u00a0ونصف');
    expect(formatDuration(ar, { minutes: 150, qualifier: 'more-than' })).toBe('أكثر من ساعتين\u00a0ونصف');
    expect(formatDuration(ar, 210)).toBe('3\u00a0ساعات\u00a0ونصف');
    expect(formatDuration(ar, 11.5 * 60)).toBe('11\u00a0ساعة\u00a0ونصف');
    expect(formatDuration(arIndic, 210)).toBe('٣\u00a0ساعات\u00a0ونصف');
    // English keeps the decimal, in the chosen digits.
    expect(formatDuration(en, { minutes: 90, qualifier: 'about' })).toBe('about 1.5\u00a0hours');
    expect(formatDuration(createTranslator(dictionaries, 'en', 'arab'), 150)).toBe('٢٫٥\u00a0hours');
  });

  it('uses Arabic-Indic digits when asked', () => {
    expect(formatDuration(arIndic, 360)).toBe('٦\u00a0ساعات');
  });

  it('writes the digits of message texts in the chosen digits too, and leaves inserted values as formatted', () => {
    const t = createTranslator({ en: { example: 'e.g. WhatsApp 2021, {code}' }, ar: { example: 'مثلاً: واتساب 2021، {code}' } }, 'ar', 'arab');
    expect(t.t('example', { code: 'HTTP 503' })).toBe('مثلاً: واتساب ٢٠٢١، HTTP 503');
    const latin = createTranslator({ en: { example: 'e.g. WhatsApp 2021' }, ar: { example: 'مثلاً: واتساب 2021' } }, 'ar', 'latn');
    expect(latin.t('example')).toBe('مثلاً: واتساب 2021');
  });
});

describe("a record's own text in the chosen digits", () => {
  const summary = 'في 4 أكتوبر 2021 نحو الساعة 15:39 بتوقيت UTC، وبلغ 1,500 بلاغ و2.5 مليون، (2019).';

  it('writes its digits, decimal and grouping marks in Arabic-Indic digits when asked', () => {
    expect(arIndic.digitsIn(summary)).toBe('في ٤ أكتوبر ٢٠٢١ نحو الساعة ١٥:٣٩ بتوقيت UTC، وبلغ ١٬٥٠٠ بلاغ و٢٫٥ مليون، (٢٠١٩).');
    // Also in English, when that is the setting; a full stop after a number is not a decimal mark.
    expect(createTranslator(dictionaries, 'en', 'arab').digitsIn('It began at 15:39 in 2021.')).toBe('It began at ١٥:٣٩ in ٢٠٢١.');
  });

  it('keeps the digits of words with Latin letters: hosts, versions, codes', () => {
    expect(arIndic.digitsIn('عنوان IPv4 على www.web2.example وخطأ HTTP/2 و5G و503')).toBe('عنوان IPv4 على www.web2.example وخطأ HTTP/2 و5G و٥٠٣');
  });

  it('keeps dotted runs of digits, which are not decimals: addresses, versions, dotted dates', () => {
    expect(arIndic.digitsIn('خادم 1.1.1.1 والإصدار 17.4.1 يوم 04.10.2021 و2.5 مرة')).toBe('خادم 1.1.1.1 والإصدار 17.4.1 يوم 04.10.2021 و٢٫٥ مرة');
  });

  it('writes a per cent sign after a number as the locale does, and leaves keycap emoji whole', () => {
    expect(arIndic.digitsIn('«99%» من الطلبات و1️⃣')).toBe('«٩٩٪» من الطلبات و1️⃣');
  });

  it('maps every character to one, so highlight ranges still fit', () => {
    for (const text of [summary, 'بتوقيت UTC+2 و99% و1.1.1.1 و1️⃣']) expect(arIndic.digitsIn(text)).toHaveLength(text.length);
  });

  it('leaves the text as it is with Western digits', () => {
    expect(ar.digitsIn(summary)).toBe(summary);
    expect(en.digitsIn(summary)).toBe(summary);
  });
});

describe('dates', () => {
  const minute = { utc: '2021-10-04T15:39Z', precision: 'minute' } as const;
  const day = { utc: '2016-01-19', precision: 'day' } as const;

  it('shows a minute-precision start in UTC with the zone named, on a 24-hour clock like the records', () => {
    expect(formatInstant(en, minute, 'UTC')).toBe('October 4, 2021 at 15:39 UTC');
    expect(formatInstant(arIndic, minute, 'UTC')).toBe('٤ أكتوبر ٢٠٢١ في ١٥:٣٩ بتوقيت غرينتش');
    // A bare hour keeps the locale's clock; a local time too.
    expect(formatInstant(en, { utc: '2021-10-04T15:00Z', precision: 'hour' }, 'UTC')).toBe('October 4, 2021 at 3 PM UTC');
    expect(formatInstant(en, minute, 'America/New_York')).toBe('October 4, 2021 at 11:39 AM');
  });

  it('shows a day-precision date without a time, on its UTC calendar day, in any zone', () => {
    expect(formatInstant(en, day, 'Pacific/Honolulu')).toBe('January 19, 2016');
    expect(formatShortDate(en, day)).toBe('Jan 19, 2016');
  });

  it('converts to the user time zone', () => {
    expect(formatInstant(en, minute, 'Asia/Riyadh')).toBe('October 4, 2021 at 6:39 PM');
  });

  it('formats Arabic dates, and Hijri on request', () => {
    expect(formatShortDate(ar, day)).toMatch(/^19 يناير 2016/);
    expect(formatShortDate(ar, { utc: '2021-10-04', precision: 'day' }, 'islamic-umalqura')).toMatch(/صفر 1443/);
  });

  it('puts the Hijri months of ذو in the genitive after the day (٢٤ ذي القعدة), wherever a Hijri date is formatted', () => {
    const qidah = { utc: '2021-07-04', precision: 'day' } as const;
    const hijjah = { utc: '2021-07-20T15:00Z', precision: 'minute' } as const;
    expect(formatShortDate(ar, qidah, 'islamic-umalqura')).toMatch(/^24 ذي القعدة 1442/);
    expect(formatShortDate(arIndic, qidah, 'islamic-umalqura')).toMatch(/^٢٤ ذي القعدة ١٤٤٢/);
    expect(formatHijriDay(ar, qidah)).toBe('24 ذي القعدة 1442 هـ');
    expect(formatHijriDay(ar, hijjah)).toBe('10 ذي الحجة 1442 هـ');
    for (const text of [formatShortDate(ar, qidah, 'islamic-umalqura'), formatHijriDay(ar, hijjah, 'Asia/Riyadh')]) expect(text).not.toMatch(/ذو/);
  });

  it('gives the Hijri day alone, in the reader\'s zone (the lines beside it give the time)', () => {
    // 22:30 UTC on 20 July 2021 is already 21 July in Riyadh: 11 ذو الحجة there, 10 in UTC.
    const late = { utc: '2021-07-20T22:30Z', precision: 'minute' } as const;
    expect(formatHijriDay(ar, late)).toBe('10 ذي الحجة 1442 هـ');
    expect(formatHijriDay(ar, late, 'Asia/Riyadh')).toBe('11 ذي الحجة 1442 هـ');
    // A day-precision date is the UTC day wherever the reader is.
    expect(formatHijriDay(ar, { utc: '2021-07-20', precision: 'day' }, 'Pacific/Honolulu')).toBe('10 ذي الحجة 1442 هـ');
    // Other months and the Gregorian calendar are as Intl writes them.
    expect(formatShortDate(ar, { utc: '2021-10-04', precision: 'day' }, 'islamic-umalqura')).toBe(
      new Intl.DateTimeFormat('ar-u-nu-latn', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC', calendar: 'islamic-umalqura' }).format(Date.parse('2021-10-04')),
    );
  });

  it('says how long ago, and joins lists, in the UI language', () => {
    const now = Date.parse('2026-11-21T00:00Z');
    expect(formatAgo(en, Date.parse('2021-10-04T15:39Z'), now)).toBe('5 years ago');
    expect(formatAgo(en, now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(formatList(en, ['Facebook', 'Instagram', 'WhatsApp'])).toBe('Facebook, Instagram, and WhatsApp');
    expect(formatList(ar, ['فيسبوك', 'إنستغرام'])).toBe('فيسبوك وإنستغرام');
  });
});
