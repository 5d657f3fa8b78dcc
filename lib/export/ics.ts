/**
 * One incident as an iCalendar file (RFC 5545): CRLF line endings, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, times in UTC. A day-precision incident is an
 * all-day event (VALUE=DATE, DTEND exclusive). The event is marked transparent: it is history, not a
 * meeting that blocks time.
 */
import { PLATFORMS } from '../platforms';
import { DAY_MS, formatList, instantMs } from '../format';
import type { Translator } from '../i18n';
import type { Incident } from '../incidents/types';

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into 75-octet pieces (RFC 5545 §3.1); continuation lines start with one space. */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The leading space of a continuation line counts towards its 75 octets.
    if (octets + size > MAX_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n');
}

/** 20211004T153900Z */
function icsDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** 20211004 */
function icsDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}

/** DTSTART and DTEND properties; DTEND is left out when neither an end nor a duration is known. */
function eventTimes(incident: Incident): string[] {
  const start = instantMs(incident.start);
  // The end, exclusive: a day-precision end day is included whole.
  let end: number | undefined;
  if (incident.end) end = instantMs(incident.end) + (incident.end.precision === 'day' ? DAY_MS : 0);
  else if (incident.duration) end = start + incident.duration.minutes * 60_000;
  if (incident.start.precision === 'day') {
    // All-day: DTEND is the first day not covered (an end at midnight covers nothing of that day), at least the day after.
    const endDay = Math.max(start + DAY_MS, Math.ceil((end ?? start) / DAY_MS) * DAY_MS);
    return [`DTSTART;VALUE=DATE:${icsDate(start)}`, `DTEND;VALUE=DATE:${icsDate(endDay)}`];
  }
  return [`DTSTART:${icsDateTime(start)}`, ...(end !== undefined && end > start ? [`DTEND:${icsDateTime(end)}`] : [])];
}

export interface IcsOptions {
  /** Labels and the language of the title and text. */
  t: Translator;
  /** DTSTAMP: when the file was made. */
  now: Date;
}

/** The event's text: summary, stated cause, where the sources disagree, and every source. */
function description(incident: Incident, t: Translator): string {
  const lang = t.lang;
  const platforms = formatList(t, incident.platforms.map((p) => PLATFORMS[p].name[lang]));
  const parts = [incident.summary[lang], t.t('incident_ics_platforms', { platforms })];
  if (incident.cause.stated) parts.push(t.t('incident_ics_cause', { cause: incident.cause.stated[lang] }));
  for (const d of incident.disagreements ?? []) parts.push(t.t('incident_ics_disagreement', { text: d[lang] }));
  parts.push(
    [t.t('incident_ics_sources'), ...incident.sources.map((s) => `- ${[s.publisher, s.title, s.published, s.url].filter(Boolean).join(' · ')}`)].join('\n'),
  );
  return parts.join('\n\n');
}

export function incidentToIcs(incident: Incident, { t, now }: IcsOptions): string {
  const url = incident.sources.find((s) => s.url)?.url;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Outage Context//Incident export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${incident.id}@outage-context`,
    `DTSTAMP:${icsDateTime(now.getTime())}`,
    ...eventTimes(incident),
    `SUMMARY:${escapeIcsText(incident.title[t.lang])}`,
    `DESCRIPTION:${escapeIcsText(description(incident, t))}`,
    `CATEGORIES:${incident.platforms.map((p) => escapeIcsText(PLATFORMS[p].name[t.lang])).join(',')}`,
    // URL is a URI value, not TEXT: it is not escaped.
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
