import { describe, expect, it } from 'vitest';
import { highlightSegments, type SearchResult } from '../../../lib/search';
import { loadPopupSearch, resultEntry } from '../../../lib/ui/search-view';
import { SAMPLE } from './fixtures';

const meta = SAMPLE[0]!; // title "Facebook, Instagram and WhatsApp vanish…", summary mentions DNS
const result = (highlights: SearchResult['highlights']): SearchResult => ({ incident: meta, score: 1, highlights });
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('resultEntry', () => {
  it('marks the matches in the title of the UI language and adds no snippet', () => {
    const at = meta.title.en.indexOf('WhatsApp');
    const entry = resultEntry(result({ 'title.en': [[at, at + 8]] }), 'en', highlightSegments);
    expect(marked(entry.title)).toEqual(['WhatsApp']);
    expect(entry.snippet).toBeUndefined();
  });

  it('shows the other language’s title when only it matched (an English query in the Arabic UI)', () => {
    const entry = resultEntry(result({ 'title.en': [[0, 8]] }), 'ar', highlightSegments);
    expect(entry.title.map((s) => s.text).join('')).toBe(meta.title.ar);
    expect(entry.snippet?.lang).toBe('en');
    expect(marked(entry.snippet!.segments)).toEqual(['Facebook']);
  });

  it('falls back to an excerpt of the summary, in the UI language first', () => {
    const dns = meta.summary.en.indexOf('DNS');
    const entry = resultEntry(result({ 'summary.en': [[dns, dns + 3]], 'summary.ar': [[0, 3]] }), 'en', highlightSegments);
    expect(entry.snippet?.lang).toBe('en');
    expect(marked(entry.snippet!.segments)).toEqual(['DNS']);
  });

  it('shows the plain title when nothing is highlighted', () => {
    const entry = resultEntry(result({}), 'en', highlightSegments);
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
