/**
 * Dates and durations for people, through Intl in the UI locale. Shared by the banner, popup,
 * incident page and omnibox so an outage reads the same everywhere.
 */
import type { Duration, Incident, Instant } from './incidents/types';
import { keyPart, type Translator } from './i18n';

/**
 * First-strong isolation (FSI … PDI): an inserted value takes its direction from its own first letter, so a
 * Latin brand name, host or number keeps its order inside Arabic text (and vice versa).
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The user's local calendar day of a time, YYYY-MM-DD: the unit of "once a day" and of the log's day groups. */
export function localDay(time: Date | number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch for an instant ("2021-10-04" or "2021-10-04T15:39Z"). */
export function instantMs(instant: Instant): number {
  return Date.parse(instant.utc);
}

/** The incident's duration in minutes: stated, else from start and end. */
export function durationMinutes(incident: Incident): number | undefined {
  if (incident.duration) return incident.duration.minutes;
  if (incident.end) return Math.round((instantMs(incident.end) - instantMs(incident.start)) / 60_000);
  return undefined;
}

/**
 * The grammatical case a sentence puts a duration in. It shows in Arabic's dual: "ساعتان" on its own or
 * after a heading ("الوسيط: ساعتان"), "ساعتين" after a preposition or a noun that governs it ("لمدة
 * ساعتين"). English reads the same in both.
 */
export type GrammaticalCase = 'nominative' | 'genitive';

/**
 * "about 6 hours", "more than 2 hours", "45 minutes". Unit words come from the locale files with every
 * plural form, not from Intl's unit format, which has neither Arabic's case nor its half hours:
 * - `unit_<u>` is the amount on its own (nominative: "ساعتان"), `unit_<u>_genitive` the amount a
 *   preposition governs ("ساعتين"). A qualified amount is always governed: every `duration_<qualifier>`
 *   ("نحو {amount}", "أكثر من {amount}") takes the genitive, so `grammaticalCase` only matters for an exact one.
 * - Hours are rounded to the half hour. A half hour is `unit_hour_half[_genitive]`, chosen by the whole
 *   hours as `{count}`, with the decimal as `{hours}`: "2.5 hours", "ساعتان ونصف", "3 ساعات ونصف".
 */
export function formatDuration(t: Translator, duration: Duration | number, grammaticalCase: GrammaticalCase = 'nominative'): string {
  const { minutes, qualifier } = typeof duration === 'number' ? { minutes: duration, qualifier: 'exact' as const } : duration;
  const suffix = qualifier !== 'exact' || grammaticalCase === 'genitive' ? '_genitive' : '';
  // A number stays on the line of its unit ("14 hours" never breaks before "hours").
  const unit = (value: number, u: 'minute' | 'hour' | 'day' | 'hour_half', vars?: Record<string, number>) =>
    t.plural(`unit_${u}${suffix}`, value, vars).replaceAll(' ', '\u00a0');
  let amount: string;
  if (minutes < 60) amount = unit(minutes, 'minute');
  else if (minutes < 48 * 60) {
    const hours = Math.round((minutes / 60) * 2) / 2;
    amount = Number.isInteger(hours) ? unit(hours, 'hour') : unit(Math.floor(hours), 'hour_half', { hours });
  } else amount = unit(Math.round(minutes / 1440), 'day');
  return qualifier === 'exact' ? amount : t.t(`duration_${keyPart(qualifier)}`, { amount });
}

/** Building an Intl.DateTimeFormat is slow (a list of incidents would build hundreds): one per locale and options. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

const DATE_STYLE: Record<Instant['precision'], Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  hour: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/** A date as precise as the sources are; `timeZone` UTC or the user's own. A day-precision date is always shown in UTC. */
export function formatInstant(t: Translator, instant: Instant, timeZone?: string): string {
  const zone = instant.precision === 'day' ? 'UTC' : timeZone;
  const options: Intl.DateTimeFormatOptions = { ...DATE_STYLE[instant.precision], timeZone: zone };
  if (zone === 'UTC' && instant.precision !== 'day') options.timeZoneName = 'short';
  // UTC times to the minute on a 24-hour clock, as the records and most reports write them ("15:39 UTC");
  // a bare hour keeps the locale's clock ("3 PM UTC", not "15h UTC").
  if (zone === 'UTC' && instant.precision === 'minute') options.hourCycle = 'h23';
  const text = formatDate(t, instantMs(instant), options);
  // Arabic names the zone as the records and Arabic news do: «بتوقيت غرينتش», not a Latin "UTC".
  return options.timeZoneName && t.lang === 'ar' ? text.replace(/UTC$/, 'بتوقيت غرينتش') : text;
}

/**
 * The Hijri day of an instant, without the time the lines beside it already give: in `timeZone` (the
 * reader's), in UTC for a day-precision date.
 */
export function formatHijriDay(t: Translator, instant: Instant, timeZone = 'UTC'): string {
  const zone = instant.precision === 'day' ? 'UTC' : timeZone;
  return formatDate(t, instantMs(instant), { ...DATE_STYLE.day, timeZone: zone }, 'islamic-umalqura');
}

/** A short date ("4 Oct 2021"), always the UTC calendar date of the start; optionally in the Hijri calendar. */
export function formatShortDate(t: Translator, instant: Instant, calendar?: 'islamic-umalqura'): string {
  return formatDate(t, instantMs(instant), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }, calendar);
}

/**
 * Every date the UI shows in a calendar of its own goes through here. Intl names the Hijri months of
 * "ذو" in the nominative ("٢٤ ذو القعدة"); after a day number the month is a genitive ("٢٤ ذي القعدة",
 * "١٠ ذي الحجة"), so that one word is put in the genitive.
 */
function formatDate(t: Translator, ms: number, options: Intl.DateTimeFormatOptions, calendar?: 'islamic-umalqura'): string {
  if (!calendar) return dateFormat(t.locale, options).format(ms);
  let afterDay = false;
  return dateFormat(t.locale, { ...options, calendar })
    .formatToParts(ms)
    .map((part) => {
      const value = part.type === 'month' && afterDay ? part.value.replace(/^ذو(?=\s)/, 'ذي') : part.value;
      if (part.type === 'day') afterDay = true;
      else if (part.type !== 'literal') afterDay = false;
      return value;
    })
    .join('');
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "yesterday", "3 hours ago": one formatter per locale, as for dates. */
export function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}

/** "3 years ago", through Intl.RelativeTimeFormat. */
export function formatAgo(t: Translator, fromMs: number, nowMs: number): string {
  const days = Math.round((nowMs - fromMs) / DAY_MS);
  const rtf = relativeFormat(t.locale);
  if (days < 45) return rtf.format(-days, 'day');
  if (days < 365 * 2) return rtf.format(-Math.round(days / 30.44), 'month');
  return rtf.format(-Math.round(days / 365.25), 'year');
}

const listFormats = new Map<string, Intl.ListFormat>();

/** The platform names of an incident joined as a list in the UI language ("Facebook, Instagram and WhatsApp"). */
export function formatList(t: Translator, items: string[]): string {
  let format = listFormats.get(t.locale);
  if (!format) listFormats.set(t.locale, (format = new Intl.ListFormat(t.locale, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}
