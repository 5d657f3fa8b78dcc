import { LANGUAGES, type PlatformId } from './incidents/types';
import type { DigitsSetting, LanguageSetting } from './i18n';

/** The choices of each setting, in the order the settings pages list them. */
export const BANNER_MODES = ['daily', 'anniversaries', 'never'] as const;
export type BannerMode = (typeof BANNER_MODES)[number];
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const satisfies readonly LanguageSetting[];
/**
 * Each digits choice with the digits it writes, shown in its label as they are: a label is never
 * converted to the chosen digits, or both choices would read ٠١٢٣. Keyed by every member of the union,
 * so a new digits setting cannot be left out of the list.
 */
export const DIGIT_SAMPLES: Readonly<Record<DigitsSetting, string>> = { auto: '', latn: '0123', arab: '٠١٢٣' };
export const DIGIT_CHOICES = Object.keys(DIGIT_SAMPLES) as readonly DigitsSetting[];

/** The user's settings, stored in the `settings` store; a dataset change never touches them. */
export interface Settings {
  language: LanguageSetting;
  digits: DigitsSetting;
  /** Show Hijri dates beside Gregorian ones in the Arabic UI. */
  hijri: boolean;
  bannerMode: BannerMode;
  /** Platforms the user turned the banner off for ("don't show on Facebook"). */
  bannerDisabled: PlatformId[];
  /** Desktop notification on a detected failure; needs the optional `notifications` permission. */
  notifyOnFailure: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  language: 'auto',
  digits: 'auto',
  hijri: false,
  bannerMode: 'daily',
  bannerDisabled: [],
  notifyOnFailure: false,
};

/** Whether two settings objects hold the same values (key order aside). */
export function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/** Banner etiquette per platform, in the `dismissals` store. Days are local calendar days, YYYY-MM-DD. */
export interface BannerRecord {
  platform: PlatformId;
  /** The last day the banner was shown for this platform (at most once a day). */
  lastShownDay?: string;
  /** Closed by the user: hidden for the rest of this day. */
  hiddenOnDay?: string;
}
