/**
 * Validates one raw seed record. Pure: takes the parsed value and its file name, returns the typed
 * record or errors that name the file, the field and what is wrong.
 */
import { INCIDENT_ID } from '../incident-route';
import {
  CAUSE_CATEGORIES,
  CONFIDENCES,
  DISAGREEMENT_FIELDS,
  DURATION_QUALIFIERS,
  PLATFORM_IDS,
  PRECISIONS,
  SCOPES,
  SYMPTOMS,
  type Incident,
} from './types';

export interface ValidationError {
  file: string;
  field: string;
  message: string;
}

export function formatError(e: ValidationError): string {
  return `${e.file}: ${e.field}: ${e.message}`;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})Z$/;
const REGION_RE = /^(?:[A-Z]{2}|\d{3})$/;
const HAS_ARABIC = /[\u0600-\u06FF]/;
const HAS_LATIN = /[A-Za-z]/;

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A real calendar date (rejects 2023-02-30). */
function isCalendarDate(day: string): boolean {
  if (!DAY_RE.test(day)) return false;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}

export function validateRecord(raw: unknown, file: string): { record?: Incident; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const fail = (field: string, message: string) => errors.push({ file, field, message });
  if (!isObject(raw)) {
    fail('(record)', 'expected a mapping of fields');
    return { errors };
  }

  const str = (field: string, value: unknown, required = true): value is string => {
    if (value === undefined || value === null || value === '') {
      if (required) fail(field, 'is missing');
      return false;
    }
    if (typeof value !== 'string') {
      fail(field, `must be text, got ${typeof value}`);
      return false;
    }
    return true;
  };
  const oneOf = (field: string, value: unknown, allowed: readonly string[]) => {
    if (!str(field, value)) return;
    if (!allowed.includes(value)) fail(field, `unknown value "${value}" (allowed: ${allowed.join(', ')})`);
  };
  const list = (field: string, value: unknown, allowed: readonly string[], min: number) => {
    if (!Array.isArray(value)) return fail(field, 'must be a list');
    if (value.length < min) fail(field, `needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
    const seen = new Set<unknown>();
    value.forEach((v, i) => {
      if (!allowed.includes(v as string)) fail(`${field}[${i}]`, `unknown value "${String(v)}" (allowed: ${allowed.join(', ')})`);
      if (seen.has(v)) fail(`${field}[${i}]`, `"${String(v)}" is listed twice`);
      seen.add(v);
    });
  };
  // A misspelt optional field ("ulr" for "url") would be dropped without a word: every mapping names only its own fields.
  const onlyKeys = (field: string, value: Raw, keys: readonly string[]) => {
    for (const key of Object.keys(value)) if (!keys.includes(key)) fail(field ? `${field}.${key}` : key, 'is not a field of the schema (see seeds/README.md)');
  };
  const localized = (field: string, value: unknown, otherKeys: readonly string[] = []) => {
    if (!isObject(value)) return fail(field, 'is missing (needs en and ar text)');
    onlyKeys(field, value, ['en', 'ar', ...otherKeys]);
    if (str(`${field}.en`, value.en) && !HAS_LATIN.test(value.en)) fail(`${field}.en`, 'has no English text');
    if (str(`${field}.ar`, value.ar) && !HAS_ARABIC.test(value.ar)) fail(`${field}.ar`, 'has no Arabic text');
  };
  const instant = (field: string, value: unknown): number | undefined => {
    if (!isObject(value)) {
      fail(field, 'is missing (needs utc and precision)');
      return undefined;
    }
    onlyKeys(field, value, ['utc', 'precision']);
    oneOf(`${field}.precision`, value.precision, PRECISIONS);
    if (!str(`${field}.utc`, value.utc)) return undefined;
    const utc = value.utc;
    if (value.precision === 'day') {
      if (!isCalendarDate(utc)) return void fail(`${field}.utc`, `"${utc}" is not a real date as YYYY-MM-DD (precision day)`);
      return Date.parse(`${utc}T00:00:00Z`);
    }
    const m = TIME_RE.exec(utc);
    if (!m || !isCalendarDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59) {
      return void fail(`${field}.utc`, `"${utc}" is not a real UTC time as YYYY-MM-DDTHH:MMZ`);
    }
    if (value.precision === 'hour' && m[3] !== '00') fail(`${field}.utc`, `"${utc}" has minutes but precision is hour`);
    return Date.parse(utc);
  };

  onlyKeys('', raw, ['id', 'platforms', 'start', 'end', 'duration', 'scope', 'regions', 'cause', 'symptoms', 'title', 'summary', 'sources', 'confidence', 'disagreements']);

  if (str('id', raw.id)) {
    const m = INCIDENT_ID.exec(raw.id);
    if (!m) fail('id', `"${raw.id}" must look like YYYY-MM-DD-slug (lower-case words joined by -)`);
    else if (!isCalendarDate(m[1]!)) fail('id', `"${m[1]}" is not a real date`);
    const base = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
    if (base !== raw.id) fail('id', `"${raw.id}" does not match the file name "${base}"`);
  }
  list('platforms', raw.platforms, PLATFORM_IDS, 1);
  const startMs = instant('start', raw.start);
  if (startMs !== undefined && typeof raw.id === 'string' && isObject(raw.start)) {
    const startDay = new Date(startMs).toISOString().slice(0, 10);
    if (!raw.id.startsWith(`${startDay}-`)) fail('id', `date does not match the UTC start date ${startDay}`);
    if (startMs > Date.now()) fail('start.utc', 'is in the future');
  }
  if (raw.end !== undefined) {
    const endMs = instant('end', raw.end);
    if (startMs !== undefined && endMs !== undefined && endMs <= startMs) fail('end.utc', 'is not after the start');
  }
  if (raw.duration !== undefined) {
    if (!isObject(raw.duration)) fail('duration', 'needs minutes and qualifier');
    else {
      onlyKeys('duration', raw.duration, ['minutes', 'qualifier']);
      const minutes = raw.duration.minutes;
      if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes <= 0) fail('duration.minutes', 'must be a whole number of minutes above 0');
      oneOf('duration.qualifier', raw.duration.qualifier, DURATION_QUALIFIERS);
    }
  }
  oneOf('scope', raw.scope, SCOPES);
  if (!Array.isArray(raw.regions)) fail('regions', 'must be a list ([] when worldwide)');
  else raw.regions.forEach((r, i) => typeof r === 'string' && REGION_RE.test(r) ? undefined : fail(`regions[${i}]`, `"${String(r)}" must be an ISO 3166 alpha-2 code (EG) or a UN M49 area code ("150")`));
  if (!isObject(raw.cause)) fail('cause', 'is missing (needs category)');
  else {
    onlyKeys('cause', raw.cause, ['category', 'stated']);
    oneOf('cause.category', raw.cause.category, CAUSE_CATEGORIES);
    if (raw.cause.stated !== undefined) localized('cause.stated', raw.cause.stated);
  }
  list('symptoms', raw.symptoms, SYMPTOMS, 1);
  localized('title', raw.title);
  localized('summary', raw.summary);
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) fail('sources', 'needs at least one source');
  else
    raw.sources.forEach((s, i) => {
      const f = `sources[${i}]`;
      if (!isObject(s)) return fail(f, 'must be a mapping');
      onlyKeys(f, s, ['publisher', 'title', 'published', 'lang', 'url']);
      str(`${f}.publisher`, s.publisher);
      str(`${f}.title`, s.title);
      if (s.published !== undefined && str(`${f}.published`, s.published) && !isCalendarDate(s.published)) fail(`${f}.published`, `"${s.published}" is not a real date as YYYY-MM-DD`);
      if (str(`${f}.lang`, s.lang) && !/^[a-z]{2,3}$/.test(s.lang)) fail(`${f}.lang`, `"${s.lang}" must be a language code such as en or ar`);
      if (s.url !== undefined && str(`${f}.url`, s.url)) {
        let url: URL | undefined;
        try {
          url = new URL(s.url);
        } catch {
          fail(`${f}.url`, `"${s.url}" is not a URL`);
        }
        if (url && url.protocol !== 'https:') fail(`${f}.url`, `"${s.url}" must use https`);
      }
    });
  oneOf('confidence', raw.confidence, CONFIDENCES);
  if (raw.disagreements !== undefined) {
    if (!Array.isArray(raw.disagreements)) fail('disagreements', 'must be a list');
    else
      raw.disagreements.forEach((d, i) => {
        const f = `disagreements[${i}]`;
        if (!isObject(d)) return fail(f, 'must be a mapping');
        oneOf(`${f}.field`, d.field, DISAGREEMENT_FIELDS);
        localized(f, d, ['field']);
      });
  }
  return errors.length ? { errors } : { record: raw as unknown as Incident, errors };
}
