import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, incidentToIcs } from '../../../lib/export/ics';
import type { Incident } from '../../../lib/incidents/types';
import { awkwardIncident, metaOutage, translator } from './fixtures';
import { icsProp, octets, parseIcs, unescapeIcsText } from './formats';

const now = new Date('2025-01-02T03:04:05.678Z');

describe('foldIcsLine', () => {
  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds at 75 octets with a leading space on continuation lines', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'a'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    expect(lines.slice(1).every((l) => l.startsWith(' ') && octets(l) <= 75)).toBe(true);
  });

  it('never splits a multi-byte character and unfolds to the original, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldIcsLine(line);
        const pieces = folded.split('\r\n');
        for (const piece of pieces) {
          expect(octets(piece)).toBeLessThanOrEqual(75);
          // Each physical line is well-formed UTF-16 on its own, so it encodes to valid UTF-8.
          expect(piece.isWellFormed()).toBe(true);
        }
        expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }),
    );
  });

  it('folds Arabic text between characters (2 octets each)', () => {
    const pieces = foldIcsLine(`SUMMARY:${'ع'.repeat(100)}`).split('\r\n');
    expect(octets(pieces[0]!)).toBe(74); // 8 ASCII + 33 × 2; one more letter would make 76
    expect(pieces.every((p) => octets(p) <= 75)).toBe(true);
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('incidentToIcs', () => {
  it('describes a minute-precision incident in UTC, its end from the stated duration', () => {
    const ics = incidentToIcs(metaOutage, { t: translator('en'), now });
    const { lines, props } = parseIcs(ics);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(props[0]).toEqual(['BEGIN', 'VCALENDAR']);
    expect(icsProp(props, 'VERSION')).toBe('2.0');
    expect(icsProp(props, 'PRODID')).toMatch(/^-\/\/Outage Context\/\//);
    expect(props.filter(([n]) => n === 'BEGIN').map(([, v]) => v)).toEqual(['VCALENDAR', 'VEVENT']);
    expect(icsProp(props, 'UID')).toBe('2021-10-04-meta-global@outage-context');
    expect(icsProp(props, 'DTSTAMP')).toBe('20250102T030405Z');
    expect(icsProp(props, 'DTSTART')).toBe('20211004T153900Z');
    expect(icsProp(props, 'DTEND')).toBe('20211004T213900Z');
    expect(unescapeIcsText(icsProp(props, 'SUMMARY')!)).toBe(metaOutage.title.en);
    expect(icsProp(props, 'URL')).toBe('https://blog.cloudflare.com/october-2021-facebook-outage/');
    const description = unescapeIcsText(icsProp(props, 'DESCRIPTION')!);
    expect(description).toContain(metaOutage.summary.en);
    expect(description).toContain('Stated cause: A faulty configuration change on the backbone routers.');
    expect(description).toContain(`Sources disagree: ${metaOutage.disagreements![0]!.en}`);
    expect(description).toContain('Platforms: Facebook, Instagram, WhatsApp, and Messenger');
    for (const s of metaOutage.sources) expect(description).toContain(s.publisher);
    expect(props.at(-1)).toEqual(['END', 'VCALENDAR']);
  });

  it('makes a day-precision incident an all-day event ending the day after its last day', () => {
    const { props } = parseIcs(incidentToIcs(awkwardIncident, { t: translator('en'), now }));
    expect(icsProp(props, 'DTSTART;VALUE=DATE')).toBe('20230701');
    expect(icsProp(props, 'DTEND;VALUE=DATE')).toBe('20230704');
    // Quotes, <, & and a semicolon survive as text; the URL is a URI and keeps its comma.
    expect(unescapeIcsText(icsProp(props, 'SUMMARY')!)).toBe(awkwardIncident.title.en);
    expect(icsProp(props, 'URL')).toBe('https://www.theverge.com/2023/7/1/twitter-limits?a=1,2');
    expect(unescapeIcsText(icsProp(props, 'DESCRIPTION')!)).toContain('Reads were capped; users saw "Rate limit exceeded";\nsome\\all\nfeeds');
  });

  it('writes the Arabic title and labels for the Arabic UI, folded on character boundaries', () => {
    const ics = incidentToIcs(metaOutage, { t: translator('ar'), now });
    const { lines, props } = parseIcs(ics);
    expect(lines.every((l) => octets(l) <= 75 && l.isWellFormed())).toBe(true);
    expect(unescapeIcsText(icsProp(props, 'SUMMARY')!)).toBe(metaOutage.title.ar);
    expect(unescapeIcsText(icsProp(props, 'DESCRIPTION')!)).toContain('السبب المُعلن:');
    expect(Buffer.from(ics, 'utf8').toString('utf8')).toBe(ics);
  });

  it('leaves DTEND out when neither an end nor a duration is known, and one day for a lone day', () => {
    const open: Incident = { ...metaOutage, duration: undefined };
    expect(icsProp(parseIcs(incidentToIcs(open, { t: translator('en'), now })).props, 'DTEND')).toBeUndefined();
    const oneDay: Incident = { ...awkwardIncident, end: undefined };
    expect(icsProp(parseIcs(incidentToIcs(oneDay, { t: translator('en'), now })).props, 'DTEND;VALUE=DATE')).toBe('20230702');
  });

  it('ends an all-day event on the right day when a timed end or a duration runs to midnight', () => {
    const dtend = (incident: Incident) => icsProp(parseIcs(incidentToIcs(incident, { t: translator('en'), now })).props, 'DTEND;VALUE=DATE');
    const dayStart: Incident = { ...awkwardIncident, end: undefined };
    expect(dtend({ ...dayStart, duration: { minutes: 1440, qualifier: 'about' } })).toBe('20230702');
    expect(dtend({ ...dayStart, duration: { minutes: 2880, qualifier: 'about' } })).toBe('20230703');
    expect(dtend({ ...dayStart, duration: { minutes: 1441, qualifier: 'about' } })).toBe('20230703');
    expect(dtend({ ...dayStart, end: { utc: '2023-07-03T00:00Z', precision: 'minute' } })).toBe('20230703');
    expect(dtend({ ...dayStart, end: { utc: '2023-07-03T09:30Z', precision: 'minute' } })).toBe('20230704');
  });

  it('takes a timed end over the duration, and a day-precision end as the end of that day', () => {
    const timed: Incident = { ...metaOutage, end: { utc: '2021-10-04T21:50Z', precision: 'minute' } };
    expect(icsProp(parseIcs(incidentToIcs(timed, { t: translator('en'), now })).props, 'DTEND')).toBe('20211004T215000Z');
    const dayEnd: Incident = { ...metaOutage, duration: undefined, end: { utc: '2021-10-05', precision: 'day' } };
    expect(icsProp(parseIcs(incidentToIcs(dayEnd, { t: translator('en'), now })).props, 'DTEND')).toBe('20211006T000000Z');
  });
});
