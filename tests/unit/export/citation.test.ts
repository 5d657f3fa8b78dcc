import { describe, expect, it } from 'vitest';
import { citationText, isolateForeign } from '../../../lib/export/citation';
import { metaOutage, translator } from './fixtures';

const FSI = '\u2068';
const PDI = '\u2069';

describe('citationText', () => {
  it('cites the incident in English: title, UTC date, platforms, every source, the record id', () => {
    const text = citationText(metaOutage, translator('en'));
    expect(text.split('\n')).toEqual([
      'Facebook, Instagram, WhatsApp & Messenger down worldwide',
      'Date: October 4, 2021 at 15:39 UTC',
      'Platforms: Facebook, Instagram, WhatsApp, and Messenger',
      'Sources:',
      '- Cloudflare Blog, “Understanding how Facebook disappeared from the Internet”, October 4, 2021',
      '  https://blog.cloudflare.com/october-2021-facebook-outage/',
      `- Al Jazeera Net, “${FSI}انقطاع في خدمات فيسبوك وانستغرام${PDI}”, October 4, 2021`,
      '  https://www.aljazeera.net/news/2021/10/4/x',
      '- Wikipedia, “2021 Facebook outage”',
      'Outage Context, incident 2021-10-04-meta-global',
      '',
    ]);
  });

  it('cites it in Arabic with Arabic labels, Arabic dates and isolated Latin names', () => {
    const text = citationText(metaOutage, translator('ar', 'arab'));
    const lines = text.split('\n');
    expect(lines[0]).toBe(metaOutage.title.ar);
    expect(lines[1]).toMatch(/^التاريخ: ٤ أكتوبر ٢٠٢١/);
    expect(lines[2]).toBe('المنصات: فيسبوك وإنستغرام وواتساب وماسنجر');
    expect(lines[3]).toBe('المصادر:');
    expect(lines[4]).toBe(`- ${FSI}Cloudflare Blog${PDI}، «${FSI}Understanding how Facebook disappeared from the Internet${PDI}»، ٤ أكتوبر ٢٠٢١`);
    expect(lines[5]).toBe('  https://blog.cloudflare.com/october-2021-facebook-outage/');
    expect(lines).toContain(`- ${FSI}Wikipedia${PDI}، «${FSI}2021 Facebook outage${PDI}»`);
    expect(lines).toContain(`سياق الأعطال، الحادثة ${FSI}2021-10-04-meta-global${PDI}`);
  });

  it('follows the digit setting (Latin digits asked for)', () => {
    expect(citationText(metaOutage, translator('ar', 'latn')).split('\n')[1]).toMatch(/^التاريخ: 4 أكتوبر 2021/);
  });
});

describe('isolateForeign', () => {
  it('isolates only text whose direction differs from its surroundings', () => {
    expect(isolateForeign('BBC News', 'ltr')).toBe('BBC News');
    expect(isolateForeign('BBC News', 'rtl')).toBe(`${FSI}BBC News${PDI}`);
    expect(isolateForeign('الجزيرة', 'ltr')).toBe(`${FSI}الجزيرة${PDI}`);
    expect(isolateForeign('الجزيرة', 'rtl')).toBe('الجزيرة');
  });
});
