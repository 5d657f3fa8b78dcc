/**
 * "What are you seeing?": the symptoms a user can report for themselves (a load-failure detector cannot
 * see a forced log-out), matched to past incidents with `pastIncidentsWithSymptom`, and the plain words
 * that sum up the latest of them. Pure: the popup's component only renders what these return.
 */
import { formatList, formatShortDate, isolate } from '../format';
import { keyPart, type Translator } from '../i18n';
import { PLATFORM_IDS, type Incident, type Localized, type PlatformId, type Symptom } from '../incidents/types';
import { PLATFORMS } from '../platforms';
import { causeLabel } from '../ui/vocab';
import { pastIncidentsWithSymptom } from './match';
import { platformName } from './text';

/** What a user can tell by themselves, most common first; `cannot-load` is the detector's job. */
export const REPORTED_SYMPTOMS = ['logged-out', 'login', 'messaging', 'feed', 'posting', 'media-upload', 'account-suspended'] as const satisfies readonly Symptom[];
export type ReportedSymptom = (typeof REPORTED_SYMPTOMS)[number];

export interface SymptomMatches {
  /**
   * asked: incidents of the platform asked about (of any platform when none was);
   * elsewhere: that platform has none on record, these are other platforms'.
   */
  kind: 'asked' | 'elsewhere';
  /** Newest first; empty when no platform has the symptom on record. */
  incidents: Incident[];
}

/** The past incidents with `symptom` on `platform` (or any platform); other platforms' when it has none. */
export function symptomMatches(incidents: readonly Incident[], symptom: ReportedSymptom, platform?: PlatformId): SymptomMatches {
  const asked = pastIncidentsWithSymptom(incidents, symptom, platform);
  if (asked.length || !platform) return { kind: 'asked', incidents: asked };
  return { kind: 'elsewhere', incidents: pastIncidentsWithSymptom(incidents, symptom) };
}

/** Whose live status to link: the platform asked about, else every platform the matches hit (registry order). */
export function statusPlatforms(matches: readonly Incident[], platform?: PlatformId): PlatformId[] {
  if (platform) return [platform];
  const hit = new Set(matches.flatMap((i) => i.platforms));
  return PLATFORM_IDS.filter((p) => hit.has(p));
}

/** A live-status site and its pages: one page (Meta Status), or one per platform (Downdetector). */
export interface StatusSite {
  label: Localized;
  pages: { url: string; platform: PlatformId }[];
}

/**
 * The status links of `platforms` grouped by site, each page once: several platforms share Meta Status,
 * while Downdetector has a page per platform. Registry order, sites with one page first.
 */
export function statusSites(platforms: readonly PlatformId[]): StatusSite[] {
  const sites = new Map<string, StatusSite>();
  for (const platform of platforms) {
    for (const link of PLATFORMS[platform].statusLinks) {
      const site = sites.get(link.label.en) ?? { label: link.label, pages: [] };
      sites.set(link.label.en, site);
      if (!site.pages.some((p) => p.url === link.url)) site.pages.push({ url: link.url, platform });
    }
  }
  // Sites with one page first, so the per-platform ones can take a row of their own at the end.
  return [...sites.values()].sort((a, b) => Number(a.pages.length > 1) - Number(b.pages.length > 1));
}


/** The latest match in plain words: what happened, then why (in the company's words where it gave any). */
export interface Explanation {
  /** "On Mar 5, 2024, during an outage of Facebook, Instagram, Threads, and Messenger, many users were logged out." */
  what: string;
  /** "Meta said a technical issue had…", the reported cause, or that the company did not say. */
  why: string;
}

export function latestExplanation(t: Translator, incident: Incident, symptom: ReportedSymptom): Explanation {
  const platforms = formatList(
    t,
    incident.platforms.map((p) => isolate(platformName(p, t.lang))),
  );
  const what = t.t(`failure_symptom_latest_${keyPart(symptom)}`, { date: formatShortDate(t, incident.start), platforms });
  const { category, stated } = incident.cause;
  const why = stated
    ? t.digitsIn(stated[t.lang])
    : category === 'unknown'
      ? t.t('failure_symptom_cause_none')
      : t.t('failure_symptom_cause', { cause: causeLabel(t, category) });
  return { what, why };
}
