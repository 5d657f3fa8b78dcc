import type { PlatformId } from './incidents/types';
import type { DigitsSetting, LanguageSetting } from './i18n';

export type BannerMode = 'daily' | 'anniversaries' | 'never';

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

/** Banner etiquette per platform, in the `dismissals` store. Days are local calendar days, YYYY-MM-DD. */
export interface BannerRecord {
  platform: PlatformId;
  /** The last day the banner was shown for this platform (at most once a day). */
  lastShownDay?: string;
  /** Closed by the user: hidden for the rest of this day. */
  hiddenOnDay?: string;
}
