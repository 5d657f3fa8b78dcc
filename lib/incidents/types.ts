/**
 * The incident record: what a seed file describes and what the compiled index carries.
 * The closed vocabularies live here so the validator, the search aliases and the UI share one list.
 */

export const PLATFORM_IDS = ['facebook', 'instagram', 'whatsapp', 'messenger', 'threads', 'twitter'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const CAUSE_CATEGORIES = [
  'dns-bgp',
  'configuration-change',
  'software-bug',
  'capacity',
  'ddos',
  'datacenter',
  'rate-limit',
  'maintenance',
  'government-restriction',
  'unknown',
] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export const SYMPTOMS = [
  'cannot-load',
  'login',
  'logged-out',
  'account-suspended',
  'feed',
  'messaging',
  'media-upload',
  'posting',
  'api',
  'notifications',
  'search',
  'stories',
  'calls',
  'followers',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export const SCOPES = ['global', 'regional', 'partial'] as const;
export type Scope = (typeof SCOPES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const PRECISIONS = ['day', 'hour', 'minute'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How the sources qualify a duration: "about 6 hours", "more than two hours". */
export const DURATION_QUALIFIERS = ['exact', 'about', 'more-than', 'less-than', 'up-to'] as const;
export type DurationQualifier = (typeof DURATION_QUALIFIERS)[number];

export const DISAGREEMENT_FIELDS = ['start', 'end', 'duration', 'cause', 'scope'] as const;
export type DisagreementField = (typeof DISAGREEMENT_FIELDS)[number];

export const LANGUAGES = ['en', 'ar'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Text in both UI languages. */
export interface Localized {
  en: string;
  ar: string;
}

export interface Instant {
  /** ISO 8601 in UTC, e.g. 2021-10-04T15:40Z (minute), 2021-10-04T15Z is not allowed: always a full ISO string. */
  utc: string;
  precision: Precision;
}

export interface Duration {
  minutes: number;
  qualifier: DurationQualifier;
}

export interface Source {
  publisher: string;
  title: string;
  /** YYYY-MM-DD; left out when neither the article nor its address shows a date. */
  published?: string;
  /** BCP 47 primary language of the article, e.g. "en", "ar". */
  lang: string;
  /** The original publisher's page (https only), where one is known. */
  url?: string;
}

export interface Disagreement {
  field: DisagreementField;
  /** Each source's account, in the project's words. */
  en: string;
  ar: string;
}

export interface Incident {
  /** YYYY-MM-DD-slug; the date is the UTC start date. */
  id: string;
  platforms: PlatformId[];
  start: Instant;
  end?: Instant;
  duration?: Duration;
  scope: Scope;
  /** ISO 3166-1 alpha-2 country codes or UN M49 area codes ("150" Europe); empty for worldwide. */
  regions: string[];
  cause: {
    category: CauseCategory;
    /** What the company said, in the project's words; absent when it said nothing. */
    stated?: Localized;
  };
  symptoms: Symptom[];
  title: Localized;
  summary: Localized;
  sources: Source[];
  confidence: Confidence;
  disagreements?: Disagreement[];
}

/** The compiled, bundled index. `version` is a content hash of `incidents`. */
export interface IncidentIndex {
  version: string;
  incidents: Incident[];
  /**
   * Written by the compiler, which sorts `incidents` oldest first (byStart): each platform's positions
   * in `incidents`, in that order. Its presence says the order holds, and lets the store list a
   * platform without a pass over every record (at 100,000 records a pass costs 20-60 ms here). Like
   * `version`, it is derived from `incidents`: an index with other incidents needs both recomputed.
   */
  positionsByPlatform?: Record<PlatformId, number[]>;
}
