/** Incidents for the export and omnibox tests, with the awkward characters real records can carry. */
import arCommon from '../../../locales/ar/common.json';
import arIncident from '../../../locales/ar/incident.json';
import arVocab from '../../../locales/ar/vocab.json';
import enCommon from '../../../locales/en/common.json';
import enIncident from '../../../locales/en/incident.json';
import enVocab from '../../../locales/en/vocab.json';
import { createTranslator, type DigitsSetting, type Messages, type Translator } from '../../../lib/i18n';
import type { Incident, Lang } from '../../../lib/incidents/types';

export function translator(lang: Lang, digits: DigitsSetting = 'auto'): Translator {
  const dictionaries: Record<Lang, Messages> = { en: { ...enCommon, ...enVocab, ...enIncident }, ar: { ...arCommon, ...arVocab, ...arIncident } };
  return createTranslator(dictionaries, lang, digits);
}

export const metaOutage: Incident = {
  id: '2021-10-04-meta-global',
  platforms: ['facebook', 'instagram', 'whatsapp', 'messenger'],
  start: { utc: '2021-10-04T15:39Z', precision: 'minute' },
  duration: { minutes: 360, qualifier: 'about' },
  scope: 'global',
  regions: [],
  cause: {
    category: 'configuration-change',
    stated: { en: 'A faulty configuration change on the backbone routers.', ar: 'تغيير خاطئ في إعدادات موجّهات الشبكة الأساسية.' },
  },
  symptoms: ['cannot-load', 'messaging', 'login'],
  title: { en: 'Facebook, Instagram, WhatsApp & Messenger down worldwide', ar: 'توقف فيسبوك وإنستغرام وواتساب وماسنجر حول العالم' },
  summary: {
    en: 'For about six hours, Meta\'s apps were unreachable; its DNS servers vanished from the internet.\nEven internal tools failed.',
    ar: 'لنحو ست ساعات تعذّر الوصول إلى تطبيقات ميتا؛ اختفت خوادم DNS التابعة لها من الإنترنت.',
  },
  sources: [
    { publisher: 'Cloudflare Blog', title: 'Understanding how Facebook disappeared from the Internet', published: '2021-10-04', lang: 'en', url: 'https://blog.cloudflare.com/october-2021-facebook-outage/' },
    { publisher: 'Al Jazeera Net', title: 'انقطاع في خدمات فيسبوك وانستغرام', published: '2021-10-04', lang: 'ar', url: 'https://www.aljazeera.net/news/2021/10/4/x' },
    // Neither the article nor an address shows a date.
    { publisher: 'Wikipedia', title: '2021 Facebook outage', lang: 'en' },
  ],
  confidence: 'high',
  disagreements: [
    { field: 'end', en: 'Cloudflare: BGP routes back about 21:00 UTC; Wikipedia: service back about 21:50 UTC.', ar: 'كلاودفلير: عادت مسارات BGP نحو 21:00 بتوقيت UTC؛ ويكيبيديا: عادت الخدمة نحو 21:50.' },
  ],
};

/** Day precision, with commas, quotes, a semicolon, a backslash and line breaks in its text. */
export const awkwardIncident: Incident = {
  id: '2023-07-01-twitter-rate-limits',
  platforms: ['twitter'],
  start: { utc: '2023-07-01', precision: 'day' },
  end: { utc: '2023-07-03', precision: 'day' },
  scope: 'global',
  regions: ['EG', '150'],
  cause: { category: 'rate-limit' },
  symptoms: ['feed'],
  title: { en: 'X limits reading: "Rate limit exceeded", <tweets> & more', ar: 'إكس تقيّد القراءة: «تجاوز حد المعدل»، والمزيد' },
  summary: { en: 'Reads were capped; users saw "Rate limit exceeded";\nsome\\all\r\nfeeds were empty, for days.', ar: 'قُيّدت القراءة، وظهرت رسالة «تجاوز حد المعدل»؛ وبقيت الصفحات فارغة لأيام.' },
  sources: [{ publisher: 'The Verge, Inc.', title: 'Twitter "temporarily" limits reads', published: '2023-07-01', lang: 'en', url: 'https://www.theverge.com/2023/7/1/twitter-limits?a=1,2' }],
  confidence: 'medium',
};
