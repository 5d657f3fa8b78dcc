import { describe, expect, it } from 'vitest';
import { highlightSegments, type SearchResult } from '../../../lib/search';
import { loadPopupSearch, resultEntry } from '../../../lib/ui/search-view';
import { translator } from '../export/fixtures';
import { SAMPLE } from './fixtures';

const meta = SAMPLE[0]!; // title "Facebook, Instagram and WhatsApp vanish…", summary mentions DNS
const result = (highlights: SearchResult['highlights']): SearchResult => ({ incident: meta, score: 1, highlights });
const en = translator('en');
const ar = translator('ar');
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('resultEntry', () => {
  it('marks the matches in the title of the UI language and adds no snippet', () => {
    const at = meta.title.en.indexOf('WhatsApp');
    const entry = resultEntry(result({ 'title.en': [[at, at + 8]] }), en, highlightSegments);
    expect(marked(entry.title)).toEqual(['WhatsApp']);
    expect(entry.snippet).toBeUndefined();
  });

  it('marks the matches in the summary of the UI language too, for lists that show it whole', () => {
    const at = meta.title.en.indexOf('WhatsApp');
    const dns = meta.summary.en.indexOf('DNS');
    const entry = resultEntry(result({ 'title.en': [[at, at + 8]], 'summary.en': [[dns, dns + 3]] }), en, highlightSegments);
    expect(entry.summary.map((s) => s.text).join('')).toBe(meta.summary.en);
    expect(marked(entry.summary)).toEqual(['DNS']);
    expect(entry.snippet).toBeUndefined();
  });

  it('shows the other language’s title when only it matched (an English query in the Arabic UI)', () => {
    const entry = resultEntry(result({ 'title.en': [[0, 8]] }), ar, highlightSegments);
    expect(entry.title.map((s) => s.text).join('')).toBe(meta.title.ar);
    expect(entry.snippet?.lang).toBe('en');
    expect(marked(entry.snippet!.segments)).toEqual(['Facebook']);
  });

  it('falls back to an excerpt of the summary, in the UI language first', () => {
    const dns = meta.summary.en.indexOf('DNS');
    const entry = resultEntry(result({ 'summary.en': [[dns, dns + 3]], 'summary.ar': [[0, 3]] }), en, highlightSegments);
    expect(entry.snippet?.lang).toBe('en');
    expect(marked(entry.snippet!.segments)).toEqual(['DNS']);
  });

  it('writes the texts in the chosen digits whole before cutting them at the matches', () => {
    const summary = 'بدأ العطل الساعة 14:00 بتوقيت UTC+2 وبلغت البلاغات 2,700 بلاغ في 2024.';
    const incident = { ...meta, title: { ...meta.title, ar: 'عطل عام 2024' }, summary: { ...meta.summary, ar: summary } };
    const at = (text: string, part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];
    const entry = resultEntry(
      { incident, score: 1, highlights: { 'summary.ar': [[at(summary, 'UTC+2')[1] - 1, at(summary, 'UTC+2')[1]], at(summary, '700')] } },
      translator('ar', 'arab'),
      highlightSegments,
    );
    expect(entry.title.map((s) => s.text).join('')).toBe('عطل عام ٢٠٢٤');
    // The "2" of UTC+2 matched on its own, yet stays Latin with its word; 2,700 keeps its grouping mark.
    expect(entry.snippet!.segments.map((s) => s.text).join('')).toContain('الساعة ١٤:٠٠ بتوقيت UTC+2 وبلغت البلاغات ٢٬٧٠٠ بلاغ في ٢٠٢٤.');
    expect(marked(entry.snippet!.segments)).toEqual(['2', '٧٠٠']);
  });

  it('shows the plain title when nothing is highlighted', () => {
    const entry = resultEntry(result({}), en, highlightSegments);
    expect(entry.title).toEqual([{ text: meta.title.en, match: false }]);
    expect(entry.snippet).toBeUndefined();
  });
});

describe('loadPopupSearch', () => {
  it('searches the given incidents with platform and year filters', async () => {
    const search = await loadPopupSearch(SAMPLE);
    expect(search.search('whatsapp', { limit: 10 }).every((r) => r.incident.platforms.includes('whatsapp'))).toBe(true);
    expect(search.search('outage', { platform: 'twitter', limit: 10 }).every((r) => r.incident.platforms.includes('twitter'))).toBe(true);
    expect(search.search('whatsapp', { year: 2022, limit: 10 }).map((r) => r.incident.id)).toEqual(['2022-10-25-whatsapp-global']);
  });
});
