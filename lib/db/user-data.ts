/**
 * Checks for the user's own records. Writes with a bad value are refused with an error naming the
 * field; stored values that are not what the schema says (edited by hand, written by a buggy build)
 * are dropped on read, so a setting falls back to its default instead of breaking a view.
 */
import { PLATFORM_IDS, type PlatformId } from '../incidents/types';
import { compareObservations, overCap, type ErrorClass, type Observation } from '../observations';
import { isPlatformId } from '../platforms';
import { BANNER_MODES, DEFAULT_SETTINGS, DIGIT_CHOICES, LANGUAGE_CHOICES, type BannerRecord, type Settings } from '../settings';
import type { DismissalRow, SettingRow } from './schema';

/** The user's log of loads is capped; the oldest entries go first. */
export const MAX_OBSERVATIONS = 500;

// Keyed by every member of the union: adding a member without listing it here fails to compile.
const OUTCOMES: Record<ErrorClass | 'ok', true> = { dns: true, connection: true, timeout: true, tls: true, 'server-error': true, offline: true, ok: true };

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isKeyOf = <T extends string>(record: Record<T, true>) => (v: unknown): v is T => typeof v === 'string' && Object.hasOwn(record, v);
const isOneOf = <T extends string>(choices: readonly T[]) => (v: unknown): v is T => (choices as readonly unknown[]).includes(v);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

const SETTING_CHECKS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: isOneOf(LANGUAGE_CHOICES),
  digits: isOneOf(DIGIT_CHOICES),
  hijri: isBoolean,
  bannerMode: isOneOf(BANNER_MODES),
  bannerDisabled: (v): v is PlatformId[] => Array.isArray(v) && v.every(isPlatformId),
  notifyOnFailure: isBoolean,
};

function isSettingKey(key: unknown): key is keyof Settings {
  return typeof key === 'string' && Object.hasOwn(SETTING_CHECKS, key);
}

function isSettingRow(row: unknown): row is SettingRow {
  if (typeof row !== 'object' || row === null) return false;
  const { key, value } = row as { key?: unknown; value?: unknown };
  return isSettingKey(key) && SETTING_CHECKS[key](value);
}

/** The defaults with every valid stored row applied; unknown keys and bad values are ignored. */
export function settingsFromRows(rows: readonly unknown[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, bannerDisabled: [...DEFAULT_SETTINGS.bannerDisabled] };
  for (const row of rows.filter(isSettingRow)) (settings as unknown as Record<string, unknown>)[row.key] = row.value;
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

/** The user's own records: what the three user stores hold, rows not shaped as the schema says left out. */
export interface UserRecords {
  /** Only the settings ever saved: one never saved follows its default, even a future default. */
  settingRows: SettingRow[];
  banners: DismissalRow[];
  /** Newest first. */
  observations: Observation[];
}

export function userRecords(settingRows: readonly unknown[], banners: readonly unknown[], observations: readonly unknown[]): UserRecords {
  return {
    settingRows: settingRows.filter(isSettingRow),
    banners: banners.filter(isBannerRecord),
    observations: observations.filter(isObservation).sort(compareObservations),
  };
}

/** One change the user (or the failure detection) made to their records, as the store's write methods take it. */
export type UserChange =
  | { kind: 'settings'; rows: SettingRow[] }
  | { kind: 'banner-disabled'; platform: PlatformId; disabled: boolean }
  | { kind: 'banner-record'; record: BannerRecord }
  | { kind: 'observation'; observation: Omit<Observation, 'id'> }
  | { kind: 'clear-observations' }
  | { kind: 'reset' };

/** Whether a value read back from storage is a change these checks accept (a stored change may have been edited). */
export function isUserChange(value: unknown): value is UserChange {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  switch (c.kind) {
    case 'settings':
      return Array.isArray(c.rows) && c.rows.every(isSettingRow);
    case 'banner-disabled':
      return isPlatformId(c.platform) && isBoolean(c.disabled);
    case 'banner-record':
      return isBannerRecord(c.record);
    case 'observation':
      return isObservation(c.observation) && (c.observation as Observation).id === undefined;
    case 'clear-observations':
    case 'reset':
      return true;
    default:
      return false;
  }
}

/** Saved later than `at`: a change made at `at` leaves it as it is. */
const newer = (row: { savedAt?: number } | undefined, at: number) => row?.savedAt !== undefined && row.savedAt > at;

/**
 * The time a change the user makes now is stamped with: now, but always after what it replaces was
 * saved (strictly, so a tie never hands the win to an older change kept aside), so a live change takes
 * even after the clock went back.
 */
export function changeTime(now: number, replaced: readonly ({ savedAt?: unknown } | undefined)[]): number {
  const latest = Math.max(0, ...replaced.map((row) => (typeof row?.savedAt === 'number' ? row.savedAt : 0)));
  return now > latest ? now : latest + 1;
}
const sameObservation = (a: Omit<Observation, 'id'>, b: Omit<Observation, 'id'>) =>
  a.time === b.time && a.platform === b.platform && a.host === b.host && a.outcome === b.outcome && a.detail === b.detail;

/**
 * The records after `change`, made at `at`, as the store's write methods would leave them, except that
 * what was saved after `at` stands: a change kept aside during a fault and written in later does not
 * undo what the user did since. Applying a change twice gives what applying it once gives.
 */
export function applyChange(records: UserRecords, change: UserChange, at: number): UserRecords {
  switch (change.kind) {
    case 'settings': {
      const rows = change.rows.filter((row) => !newer(records.settingRows.find((r) => r.key === row.key), at));
      const changed = new Set(rows.map((row) => row.key));
      return { ...records, settingRows: [...records.settingRows.filter((row) => !changed.has(row.key)), ...rows.map(({ key, value }) => ({ key, value, savedAt: at }) as SettingRow)] };
    }
    case 'banner-disabled': {
      const { bannerDisabled } = settingsFromRows(records.settingRows);
      const value = PLATFORM_IDS.filter((p) => (p === change.platform ? change.disabled : bannerDisabled.includes(p)));
      return applyChange(records, { kind: 'settings', rows: [{ key: 'bannerDisabled', value }] }, at);
    }
    case 'banner-record': {
      const { platform } = change.record;
      if (newer(records.banners.find((b) => b.platform === platform), at)) return records;
      return { ...records, banners: [...records.banners.filter((b) => b.platform !== platform), { ...change.record, savedAt: at }] };
    }
    case 'observation': {
      if (records.observations.some((o) => sameObservation(o, change.observation))) return records;
      const id = Math.max(0, ...records.observations.map((o) => o.id ?? 0)) + 1;
      const log = [...records.observations, { ...change.observation, id }];
      const drop = new Set(overCap(log, MAX_OBSERVATIONS));
      return { ...records, observations: log.filter((o) => !drop.has(o)).sort(compareObservations) };
    }
    case 'clear-observations':
      return { ...records, observations: records.observations.filter((o) => o.time > at) };
    case 'reset':
      return {
        settingRows: records.settingRows.filter((row) => newer(row, at)),
        banners: records.banners.filter((b) => newer(b, at)),
        observations: records.observations.filter((o) => o.time > at),
      };
  }
}
