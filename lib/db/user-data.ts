/**
 * Checks for the user's own records. Writes with a bad value are refused with an error naming the
 * field; stored values that are not what the schema says (edited by hand, written by a buggy build)
 * are dropped on read, so a setting falls back to its default instead of breaking a view.
 */
import type { DigitsSetting } from '../i18n';
import { LANGUAGES, PLATFORM_IDS, type PlatformId } from '../incidents/types';
import type { ErrorClass, Observation } from '../observations';
import { DEFAULT_SETTINGS, type BannerMode, type BannerRecord, type Settings } from '../settings';
import type { SettingRow } from './schema';

/** The user's log of loads is capped; the oldest entries go first. */
export const MAX_OBSERVATIONS = 500;

// Records keyed by every member of the union: adding a member without listing it here fails to compile.
const BANNER_MODES: Record<BannerMode, true> = { daily: true, anniversaries: true, never: true };
const DIGITS: Record<DigitsSetting, true> = { auto: true, latn: true, arab: true };
const OUTCOMES: Record<ErrorClass | 'ok', true> = { dns: true, connection: true, timeout: true, tls: true, 'server-error': true, offline: true, ok: true };

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isKeyOf = <T extends string>(record: Record<T, true>) => (v: unknown): v is T => typeof v === 'string' && Object.hasOwn(record, v);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

const SETTING_CHECKS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: (v): v is Settings['language'] => v === 'auto' || (LANGUAGES as readonly unknown[]).includes(v),
  digits: isKeyOf(DIGITS),
  hijri: isBoolean,
  bannerMode: isKeyOf(BANNER_MODES),
  bannerDisabled: (v): v is PlatformId[] => Array.isArray(v) && v.every(isPlatformId),
  notifyOnFailure: isBoolean,
};

function isSettingKey(key: unknown): key is keyof Settings {
  return typeof key === 'string' && Object.hasOwn(SETTING_CHECKS, key);
}

/** The defaults with every valid stored row applied; unknown keys and bad values are ignored. */
export function settingsFromRows(rows: readonly unknown[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, bannerDisabled: [...DEFAULT_SETTINGS.bannerDisabled] };
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const { key, value } = row as { key?: unknown; value?: unknown };
    if (isSettingKey(key) && SETTING_CHECKS[key](value)) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  return settings;
}

/** The patch as rows to store; throws a TypeError naming the first unknown key or bad value. */
export function settingRows(patch: Partial<Settings>): SettingRow[] {
  if (typeof patch !== 'object' || patch === null) throw new TypeError('Settings patch must be an object');
  const rows: SettingRow[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (!isSettingKey(key)) throw new TypeError(`Unknown setting "${key}"`);
    if (!SETTING_CHECKS[key](value)) throw new TypeError(`Invalid value for setting "${key}": ${JSON.stringify(value)}`);
    rows.push({ key, value: key === 'bannerDisabled' ? [...new Set(value as PlatformId[])] : value } as SettingRow);
  }
  return rows;
}

export function isBannerRecord(value: unknown): value is BannerRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof BannerRecord, unknown>>;
  return isPlatformId(r.platform) && (r.lastShownDay === undefined || isDay(r.lastShownDay)) && (r.hiddenOnDay === undefined || isDay(r.hiddenOnDay));
}

/** The record to store; throws a TypeError when it is not a BannerRecord. */
export function checkedBannerRecord(record: BannerRecord): BannerRecord {
  if (!isBannerRecord(record)) throw new TypeError(`Invalid banner record: ${JSON.stringify(record)}`);
  const { platform, lastShownDay, hiddenOnDay } = record;
  return { platform, ...(lastShownDay && { lastShownDay }), ...(hiddenOnDay && { hiddenOnDay }) };
}

export function isObservation(value: unknown): value is Observation {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Partial<Record<keyof Observation, unknown>>;
  return (
    Number.isFinite(o.time) &&
    isPlatformId(o.platform) &&
    typeof o.host === 'string' &&
    isKeyOf(OUTCOMES)(o.outcome) &&
    typeof o.detail === 'string' &&
    (o.id === undefined || typeof o.id === 'number')
  );
}

/** The observation to store, without an id (the store assigns one); throws a TypeError when malformed. */
export function checkedObservation(observation: Observation): Omit<Observation, 'id'> {
  if (!isObservation(observation)) throw new TypeError(`Invalid observation: ${JSON.stringify(observation)}`);
  const { time, platform, host, outcome, detail } = observation;
  return { time, platform, host, outcome, detail };
}

/** Newest first; ties (same millisecond) by the later id first. */
export function compareObservations(a: Observation, b: Observation): number {
  return b.time - a.time || (b.id ?? 0) - (a.id ?? 0);
}
