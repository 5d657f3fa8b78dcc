/** Small, valid incident records for the popup's unit tests (the bundled index is written by others). */
import type { Incident, PlatformId } from '../../../lib/incidents/types';

export function incident(id: string, platforms: PlatformId[], minutes?: number, overrides: Partial<Incident> = {}): Incident {
  const day = id.slice(0, 10);
  return {
    id,
    platforms,
    start: { utc: `${day}T12:00Z`, precision: 'minute' },
    ...(minutes !== undefined && { duration: { minutes, qualifier: 'about' as const } }),
    scope: 'global',
    regions: [],
    cause: { category: 'unknown' },
    symptoms: ['cannot-load'],
    title: { en: `Outage ${id}`, ar: `عطل ${id}` },
    summary: { en: `Summary of ${id}`, ar: `ملخص ${id}` },
    sources: [{ publisher: 'Example News', title: 'Report', published: day, lang: 'en', url: 'https://example.org/a' }],
    confidence: 'high',
    ...overrides,
  };
}

export const SAMPLE: Incident[] = [
  incident('2021-10-04-meta-dns', ['facebook', 'instagram', 'whatsapp', 'messenger'], 360, {
    cause: { category: 'dns-bgp' },
    title: { en: 'Facebook, Instagram and WhatsApp vanish from the internet', ar: 'فيسبوك وإنستغرام وواتساب يختفون من الإنترنت' },
    summary: { en: 'A BGP change withdrew the routes to the DNS servers.', ar: 'سحب تغيير في BGP المسارات إلى خوادم DNS.' },
  }),
  incident('2024-03-05-meta-logout', ['facebook', 'instagram', 'messenger', 'threads'], 120, {
    symptoms: ['logged-out', 'login'],
    title: { en: 'Users logged out of Facebook and Instagram', ar: 'خروج المستخدمين من فيسبوك وإنستغرام' },
  }),
  incident('2022-10-25-whatsapp-global', ['whatsapp'], 120, {
    symptoms: ['messaging'],
    title: { en: 'WhatsApp messages stop worldwide', ar: 'توقف رسائل واتساب حول العالم' },
  }),
  incident('2016-01-19-twitter-global', ['twitter'], 150, { confidence: 'low' }),
  incident('2019-03-13-facebook-long', ['facebook', 'instagram'], 14 * 60),
  incident('2021-03-19-whatsapp-short', ['whatsapp', 'instagram'], 45),
  incident('2023-07-01-twitter-rate-limit', ['twitter'], undefined, { cause: { category: 'rate-limit' }, symptoms: ['feed'] }),
];
