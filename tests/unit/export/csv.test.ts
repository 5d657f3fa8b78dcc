import { describe, expect, it } from 'vitest';
import { csvField, incidentsToCsv } from '../../../lib/export/csv';
import { awkwardIncident, metaOutage } from './fixtures';
import { parseCsv } from './formats';

describe('incidentsToCsv', () => {
  const csv = incidentsToCsv([metaOutage, awkwardIncident]);

  it('starts with a UTF-8 byte order mark for Excel and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFid,platforms,start_utc,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('is valid RFC 4180 with one header and one record per incident, all of the same width', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([rows[0]!.length]));
  });

  it('round-trips commas, quotes, line breaks, a backslash and Arabic text', () => {
    const [header, meta, awkward] = parseCsv(csv.slice(1));
    const read = (row: string[], column: string) => row[header!.indexOf(column)];
    expect(read(awkward!, 'title_en')).toBe(awkwardIncident.title.en);
    expect(read(awkward!, 'summary_en')).toBe(awkwardIncident.summary.en);
    expect(read(awkward!, 'title_ar')).toBe(awkwardIncident.title.ar);
    expect(read(awkward!, 'start_precision')).toBe('day');
    expect(read(awkward!, 'end_utc')).toBe('2023-07-03');
    expect(read(awkward!, 'regions')).toBe('EG 150');
    expect(read(awkward!, 'cause_stated_en')).toBe('');
    expect(read(meta!, 'platforms')).toBe('facebook instagram whatsapp messenger');
    expect(read(meta!, 'duration_minutes')).toBe('360');
    expect(read(meta!, 'duration_qualifier')).toBe('about');
    expect(read(meta!, 'cause_stated_ar')).toBe(metaOutage.cause.stated!.ar);
    expect(read(meta!, 'sources')!.split('\n')).toEqual([
      'Cloudflare Blog | 2021-10-04 | Understanding how Facebook disappeared from the Internet | https://blog.cloudflare.com/october-2021-facebook-outage/',
      'Al Jazeera Net | 2021-10-04 | انقطاع في خدمات فيسبوك وانستغرام | https://www.aljazeera.net/news/2021/10/4/x',
      'Wikipedia |  | 2021 Facebook outage | ',
    ]);
    expect(read(meta!, 'disagreements_en')).toBe(`end: ${metaOutage.disagreements![0]!.en}`);
  });

  it('quotes a field only when it must', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  it('gives just the header for an empty index', () => {
    expect(parseCsv(incidentsToCsv([]).slice(1))).toHaveLength(1);
  });
});
