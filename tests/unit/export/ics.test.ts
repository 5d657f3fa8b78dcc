import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, incidentToIcs } from '../../../lib/export/ics';
import type { Incident } from '../../../lib/incidents/types';
import { awkwardIncident, metaOutage, translator } from './fixtures';

const octets = (s: string) => new TextEncoder().encode(s).length;
const now = new Date('2025-01-02T03:04:05.678Z');

/** Unfolds (RFC 5545 §3.1) and splits into properties: name (with parameters) -> raw value. */
function parseIcs(text: string): { lines: string[]; props: [string, string][] } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const props = lines.map((l): [string, string] => {
    const colon = l.indexOf(':');
    return [l.slice(0, colon), l.slice(colon + 1)];
  });
  return { lines: physical, props };
}

const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const prop = (props: [string, string][], name: string) => props.find(([n]) => n === name)?.[1];

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
    expect(prop(props, 'VERSION')).toBe('2.0');
    expect(prop(props, 'PRODID')).toMatch(/^-\/\/Outage Context\/\//);
    expect(props.filter(([n]) => n === 'BEGIN').map(([, v]) => v)).toEqual(['VCALENDAR', 'VEVENT']);
    expect(prop(props, 'UID')).toBe('2021-10-04-meta-global@outage-context');
    expect(prop(props, 'DTSTAMP')).toBe('20250102T030405Z');
    expect(prop(props, 'DTSTART')).toBe('20211004T153900Z');
    expect(prop(props, 'DTEND')).toBe('20211004T213900Z');
    expect(unescapeText(prop(props, 'SUMMARY')!)).toBe(metaOutage.title.en);
    expect(prop(props, 'URL')).toBe('https://blog.cloudflare.com/october-2021-facebook-outage/');
    const description = unescapeText(prop(props, 'DESCRIPTION')!);
    expect(description).toContain(metaOutage.summary.en);
    expect(description).toContain('Stated cause: A faulty configuration change on the backbone routers.');
    expect(description).toContain(`Sources disagree: ${metaOutage.disagreements![0]!.en}`);
    expect(description).toContain('Platforms: Facebook, Instagram, WhatsApp, and Messenger');
    for (const s of metaOutage.sources) expect(description).toContain(s.publisher);
    expect(props.at(-1)).toEqual(['END', 'VCALENDAR']);
  });

  it('makes a day-precision incident an all-day event ending the day after its last day', () => {
    const { props } = parseIcs(incidentToIcs(awkwardIncident, { t: translator('en'), now }));
    expect(prop(props, 'DTSTART;VALUE=DATE')).toBe('20230701');
    expect(prop(props, 'DTEND;VALUE=DATE')).toBe('20230704');
    // Quotes, <, & and a semicolon survive as text; the URL is a URI and keeps its comma.
    expect(unescapeText(prop(props, 'SUMMARY')!)).toBe(awkwardIncident.title.en);
    expect(prop(props, 'URL')).toBe('https://www.theverge.com/2023/7/1/twitter-limits?a=1,2');
    expect(unescapeText(prop(props, 'DESCRIPTION')!)).toContain('Reads were capped; users saw "Rate limit exceeded";\nsome\\all\nfeeds');
  });

  it('writes the Arabic title and labels for the Arabic UI, folded on character boundaries', () => {
    const ics = incidentToIcs(metaOutage, { t: translator('ar'), now });
    const { lines, props } = parseIcs(ics);
    expect(lines.every((l) => octets(l) <= 75 && l.isWellFormed())).toBe(true);
    expect(unescapeText(prop(props, 'SUMMARY')!)).toBe(metaOutage.title.ar);
    expect(unescapeText(prop(props, 'DESCRIPTION')!)).toContain('السبب المُعلن:');
    expect(Buffer.from(ics, 'utf8').toString('utf8')).toBe(ics);
  });

  it('leaves DTEND out when neither an end nor a duration is known, and one day for a lone day', () => {
    const open: Incident = { ...metaOutage, duration: undefined };
    expect(prop(parseIcs(incidentToIcs(open, { t: translator('en'), now })).props, 'DTEND')).toBeUndefined();
    const oneDay: Incident = { ...awkwardIncident, end: undefined };
    expect(prop(parseIcs(incidentToIcs(oneDay, { t: translator('en'), now })).props, 'DTEND;VALUE=DATE')).toBe('20230702');
  });

  it('takes a timed end over the duration, and a day-precision end as the end of that day', () => {
    const timed: Incident = { ...metaOutage, end: { utc: '2021-10-04T21:50Z', precision: 'minute' } };
    expect(prop(parseIcs(incidentToIcs(timed, { t: translator('en'), now })).props, 'DTEND')).toBe('20211004T215000Z');
    const dayEnd: Incident = { ...metaOutage, duration: undefined, end: { utc: '2021-10-05', precision: 'day' } };
    expect(prop(parseIcs(incidentToIcs(dayEnd, { t: translator('en'), now })).props, 'DTEND')).toBe('20211006T000000Z');
  });
});
