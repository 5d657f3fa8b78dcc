import type { Incident } from '../../../lib/incidents/types';

/** A well-formed incident; tests override what they are about. */
export function incident(overrides: Partial<Incident> & Pick<Incident, 'id'>): Incident {
  const day = overrides.id.slice(0, 10);
  return {
    platforms: ['facebook'],
    start: { utc: `${day}T15:40:00Z`, precision: 'minute' },
    scope: 'global',
    regions: [],
    cause: { category: 'configuration-change' },
    symptoms: ['cannot-load'],
    title: { en: `Outage ${overrides.id}`, ar: `عطل ${overrides.id}` },
    summary: { en: 'Pages would not load.', ar: 'لم تكن الصفحات تُحمَّل.' },
    sources: [{ publisher: 'Example News', title: 'Report', published: day, lang: 'en', url: 'https://example.org/report' }],
    confidence: 'high',
    ...overrides,
  };
}

/** The 4 October 2021 outage as the index describes it. */
export const october2021 = incident({
  id: '2021-10-04-meta-dns-bgp',
  platforms: ['facebook', 'instagram', 'whatsapp', 'messenger'],
  start: { utc: '2021-10-04T15:39:00Z', precision: 'minute' },
  end: { utc: '2021-10-04T21:45:00Z', precision: 'minute' },
  duration: { minutes: 360, qualifier: 'about' },
  cause: {
    category: 'dns-bgp',
    stated: { en: 'A faulty configuration change on the backbone routers.', ar: 'تغيير خاطئ في إعدادات موجّهات الشبكة الأساسية.' },
  },
});

/** Strips the Unicode isolates the banner puts around inserted values. */
export const plain = (text: string): string => text.replace(/[\u2068\u2069]/g, '');
