import { describe, expect, it } from 'vitest';
import { affectedNames, bannerText, bannerView, headlineNames } from '../../../lib/banner/text';
import { isolate } from '../../../lib/format';
import { bannerTranslator } from '../../../lib/banner/translator';
import { PLATFORM_IDS, type PlatformId } from '../../../lib/incidents/types';
import type { BannerDecision } from '../../../lib/banner/policy';
import { PLATFORMS } from '../../../lib/platforms';
import { incident, october2021, plain } from './fixtures';

const en = bannerTranslator('en', 'auto', 'en-US');
const ar = bannerTranslator('ar', 'auto', 'en-US');
const arIndic = bannerTranslator('ar', 'arab', 'en-US');
const arLatin = bannerTranslator('ar', 'latn', 'en-US');
const on = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12);

const anniversary: BannerDecision = { kind: 'anniversary', incident: october2021, count: 14 };
const spring2024 = incident({
  id: '2024-04-03-whatsapp-instagram',
  platforms: ['instagram', 'whatsapp'],
  start: { utc: '2024-04-03T19:00:00Z', precision: 'hour' },
  duration: { minutes: 120, qualifier: 'about' },
  cause: { category: 'unknown' },
});
const recent: BannerDecision = { kind: 'recent', incident: spring2024, count: 9 };

describe('bannerTranslator', () => {
  it('follows the browser language unless the user chose one', () => {
    expect(bannerTranslator('auto', 'auto', 'ar-EG').dir).toBe('rtl');
    expect(bannerTranslator('auto', 'auto', 'fr-FR').lang).toBe('en');
    expect(bannerTranslator('en', 'auto', 'ar').lang).toBe('en');
  });
});

describe('banner headline in English', () => {
  it('tells an anniversary on the day, the current platform first', () => {
    expect(plain(bannerText(en, anniversary, 'facebook', on(2025, 10, 4)).headline)).toBe(
      'On this day in 2021, an outage took down Facebook and 3 other\u00a0platforms for about 6\u00a0hours',
    );
    expect(plain(bannerText(en, anniversary, 'whatsapp', on(2025, 10, 4)).headline)).toMatch(/took down WhatsApp and 3 other\u00a0platforms/);
  });

  it('dates an anniversary a few days off', () => {
    expect(plain(bannerText(en, anniversary, 'instagram', on(2025, 10, 6)).headline)).toBe(
      'Around this day in 2021 (October\u00a04), an outage took down Instagram and 3 other\u00a0platforms for about 6\u00a0hours',
    );
  });

  it('tells the last major outage with its date and length', () => {
    expect(plain(bannerText(en, recent, 'whatsapp', on(2025, 1, 15)).headline)).toBe('Last major outage: Apr\u00a03,\u00a02024 — WhatsApp and Instagram (about 2\u00a0hours)');
  });

  it('leaves the length out when no source gave one', () => {
    const undated: BannerDecision = { kind: 'recent', incident: { ...spring2024, duration: undefined }, count: 1 };
    expect(plain(bannerText(en, undated, 'instagram', on(2025, 1, 15)).headline)).toBe('Last major outage: Apr\u00a03,\u00a02024 — Instagram and WhatsApp');
    expect(plain(bannerText(en, { ...undated, kind: 'anniversary' }, 'instagram', on(2025, 4, 3)).headline)).toBe(
      'On this day in 2024, an outage took down Instagram and WhatsApp',
    );
  });

  it('explains the rest in plain words', () => {
    const text = bannerText(en, anniversary, 'facebook', on(2025, 10, 4));
    expect(text.causeTag).toBe('DNS and BGP routing');
    expect(text.cause).toMatch(/internet could no longer find the way/);
    expect(text.stated).toBe('A faulty configuration change on the backbone routers.');
    expect(text.duration).toBe('about 6\u00a0hours');
    // In UTC, like the date in the headline, and saying so: a local time would disagree with it east of UTC.
    // "4 years ago" holds together with no-break spaces.
    expect(plain(text.when)).toBe("October 4, 2021 at 15:39 UTC (4\u00a0years\u00a0ago)");
    expect(plain(text.count)).toBe('One of 14 outages on record for Facebook');
    expect(plain(text.allOutages)).toBe('All Facebook outages');
    expect(plain(text.disable)).toBe("Don't show on Facebook");
    expect(plain(text.label)).toBe('Outage history of Facebook');
    expect(text.title).toBe(october2021.title.en);
  });

  it('has no cause tag when the cause is unknown', () => {
    const text = bannerText(en, recent, 'whatsapp', on(2025, 1, 15));
    expect(text.causeTag).toBeUndefined();
    expect(text.cause).toBe('The cause was not made public.');
    expect(text.stated).toBeUndefined();
  });

  it('says when a platform has a single outage on record', () => {
    expect(plain(bannerText(en, { ...recent, count: 1 }, 'whatsapp', on(2025, 1, 15)).count)).toBe('The only outage on record for WhatsApp');
  });
});

describe('banner headline in Arabic', () => {
  it('writes the anniversary in Arabic with Arabic names and Arabic-Indic digits when asked', () => {
    const text = bannerText(arIndic, anniversary, 'facebook', on(2025, 10, 4));
    expect(plain(text.headline)).toBe('في مثل هذا اليوم من عام ٢٠٢١، تعطّلت خدمات فيسبوك و٣ منصات\u00a0أخرى لمدة نحو ٦\u00a0ساعات');
    expect(text.causeTag).toBe('خلل في DNS وتوجيه BGP');
    expect(text.cause).toMatch(/DNS\/BGP/);
    expect(text.stated).toBe(october2021.cause.stated?.ar);
  });

  it("writes the record's own digits in Arabic-Indic digits when asked", () => {
    const withDigits = incident({
      ...october2021,
      title: { en: 'Down for 6 hours', ar: 'تعطل 6 ساعات في 2021' },
      summary: { en: 'From 15:39 UTC.', ar: 'منذ الساعة 15:39 بتوقيت UTC وعاد بعد 6 ساعات.' },
      cause: { category: 'dns-bgp', stated: { en: 'Routers.', ar: 'سُحبت مسارات BGP عند 15:39.' } },
    });
    const text = bannerText(arIndic, { ...anniversary, incident: withDigits }, 'facebook', on(2025, 10, 4));
    expect([text.title, text.summary, text.stated]).toEqual(['تعطل ٦ ساعات في ٢٠٢١', 'منذ الساعة ١٥:٣٩ بتوقيت UTC وعاد بعد ٦ ساعات.', 'سُحبت مسارات BGP عند ١٥:٣٩.']);
    const latin = bannerText(arLatin, { ...anniversary, incident: withDigits }, 'facebook', on(2025, 10, 4));
    expect([latin.title, latin.summary, latin.stated]).toEqual([withDigits.title.ar, withDigits.summary.ar, withDigits.cause.stated!.ar]);
  });

  it('uses Latin digits when asked', () => {
    expect(plain(bannerText(arLatin, anniversary, 'facebook', on(2025, 10, 4)).headline)).toMatch(/من عام 2021، .* لمدة نحو 6\u00a0ساعات$/);
  });

  it('dates the recent outage through Intl in Arabic, with the dual for two hours', () => {
    const date = new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 3, 3));
    expect(plain(bannerText(ar, recent, 'instagram', on(2025, 1, 15)).headline)).toBe(`آخر عطل كبير: ${date.replaceAll(' ', '\u00a0')}، أصاب إنستغرام وواتساب (نحو ساعتين)`);
    expect(plain(bannerText(arIndic, recent, 'instagram', on(2025, 1, 15)).headline)).toMatch(/^آخر عطل كبير: ٣\u00a0أبريل\u00a0٢٠٢٤، /);
  });

  it('puts the platforms of a recent outage after a verb, so the dual stays in its case', () => {
    const three: BannerDecision = { ...recent, incident: { ...spring2024, platforms: ['facebook', 'instagram', 'whatsapp'] } };
    expect(plain(bannerText(ar, three, 'whatsapp', on(2025, 1, 15)).headline)).toMatch(/، أصاب واتساب ومنصتين\u00a0أخريين \(نحو ساعتين\)$/);
  });

  it('puts an exact two hours in the genitive after «لمدة», in the nominative on its own', () => {
    const exact = incident({ ...spring2024, duration: { minutes: 120, qualifier: 'exact' } });
    const onTheDay = bannerText(ar, { kind: 'anniversary', incident: exact, count: 9 }, 'whatsapp', on(2025, 4, 3));
    expect(plain(onTheDay.headline)).toMatch(/ لمدة ساعتين$/);
    // The card's "المدة" heading: the amount stands alone.
    expect(onTheDay.duration).toBe('ساعتان');
    expect(plain(bannerText(ar, { ...recent, incident: exact }, 'whatsapp', on(2025, 1, 15)).headline)).toMatch(/ \(ساعتان\)$/);
  });

  it('says just "unknown" under the duration heading, not "duration unknown" again', () => {
    const undated: BannerDecision = { kind: 'anniversary', incident: { ...spring2024, duration: undefined }, count: 1 };
    const unknown = bannerText(ar, undated, 'instagram', on(2025, 4, 3));
    expect(unknown.headings.duration).toBe('المدة');
    expect(unknown.duration).toBe('غير معروفة');
    const english = bannerText(en, undated, 'instagram', on(2025, 4, 3));
    expect([english.headings.duration, english.duration]).toEqual(['How long', 'Unknown']);
  });

  it('agrees the outage count with the number, in all Arabic plural forms', () => {
    const count = (n: number) => plain(bannerText(arIndic, { ...recent, count: n }, 'whatsapp', on(2025, 1, 15)).count);
    expect(count(1)).toBe('العطل الوحيد المسجّل في واتساب');
    expect(count(2)).toBe('واحد من عطلين مسجّلين في واتساب');
    expect(count(5)).toBe('واحد من ٥ أعطال مسجّلة في واتساب');
    expect(count(14)).toBe('واحد من ١٤ عطلًا مسجّلًا في واتساب');
    expect(count(100)).toBe('واحد من ١٠٠ عطل مسجّل في واتساب');
  });
});

describe('bidi isolation', () => {
  it('isolates every inserted name, date and number', () => {
    const text = bannerText(arIndic, recent, 'whatsapp', on(2025, 1, 15));
    expect(text.headline).toContain(isolate('واتساب'));
    expect(text.headline).toContain(isolate('إنستغرام'));
    expect(text.headline).toContain(isolate('٣\u00a0أبريل\u00a0٢٠٢٤'));
    expect(text.headline).toContain(isolate('نحو ساعتين'));
  });

  it('isolates a Latin brand name inside Arabic text', () => {
    const x = bannerText(ar, { ...recent, incident: { ...spring2024, platforms: ['twitter'] } }, 'twitter', on(2025, 1, 15));
    expect(x.headline).toContain(isolate(PLATFORMS.twitter.name.ar));
  });
});

describe('headlineNames', () => {
  const hit = (platforms: PlatformId[]) => ({ ...october2021, platforms });
  it('names both platforms when two were hit, else the current one and how many others', () => {
    expect(plain(headlineNames(en, hit(['whatsapp']), 'whatsapp'))).toBe('WhatsApp');
    expect(plain(headlineNames(en, hit(['instagram', 'whatsapp']), 'whatsapp'))).toBe('WhatsApp and Instagram');
    expect(plain(headlineNames(en, hit(['facebook', 'instagram', 'whatsapp']), 'whatsapp'))).toBe('WhatsApp and 2 other\u00a0platforms');
  });

  it('agrees the count in Arabic: the dual, then the plural of three to ten', () => {
    expect(plain(headlineNames(ar, hit(['facebook', 'instagram', 'whatsapp']), 'facebook'))).toBe('فيسبوك ومنصتين\u00a0أخريين');
    expect(plain(headlineNames(ar, hit([...PLATFORM_IDS]), 'facebook'))).toBe('فيسبوك و5 منصات\u00a0أخرى');
    expect(plain(headlineNames(arIndic, hit([...PLATFORM_IDS]), 'threads'))).toBe('ثريدز و٥ منصات\u00a0أخرى');
  });
});

describe('affectedNames', () => {
  it('names every platform of the outage once, in the registry order after the current one', () => {
    const everything = { ...october2021, platforms: [...PLATFORM_IDS].reverse() };
    expect(plain(affectedNames(en, everything, 'threads'))).toBe('Threads, Facebook, Instagram, WhatsApp, Messenger, and X (Twitter)');
  });
});

describe('cause wording', () => {
  it('gives the company\'s words alone when the cause category is unknown but it said something', () => {
    const said = { ...spring2024, cause: { category: 'unknown' as const, stated: { en: 'A technical issue.', ar: 'مشكلة تقنية.' } } };
    const text = bannerText(en, { ...recent, incident: said }, 'whatsapp', on(2025, 1, 15));
    expect(text.cause).toBeUndefined();
    expect(text.stated).toBe('A technical issue.');
  });
});

describe('bannerView', () => {
  it("carries the platform's colour, and its dark-theme colour where the brand has one (X)", () => {
    const at = on(2025, 10, 4);
    expect(bannerView(en, recent, 'twitter', at)).toMatchObject({ color: PLATFORMS.twitter.color, darkColor: PLATFORMS.twitter.darkColor });
    expect(PLATFORMS.twitter.darkColor).toBeDefined();
    const facebook = bannerView(en, anniversary, 'facebook', at);
    expect([facebook.color, facebook.darkColor]).toEqual([PLATFORMS.facebook.color, undefined]);
  });
});
