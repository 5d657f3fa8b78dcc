/**
 * The banner's words for one decision, in the UI language: pure, from a Translator and the clock.
 * The background builds them, so the content script carries no incident data and no dictionaries.
 * Inserted values (platform names, dates, numbers) are wrapped in Unicode isolates so Latin brand
 * names and digits keep their order inside Arabic sentences and vice versa.
 */
import { durationMinutes, formatAgo, formatInstant, formatList, formatShortDate, instantMs, isolate, type GrammaticalCase } from '../format';
import { keyPart, type Translator } from '../i18n';
import { PLATFORM_IDS, type Incident, type Lang, type PlatformId } from '../incidents/types';
import type { BannerDecision } from './policy';
import { PLATFORMS } from '../platforms';
import { durationText } from '../ui/incident-text';
import { causeLabel } from '../ui/vocab';
import { bannerPlacement, type BannerPlacement } from './placement';
import { anniversaryDistance } from '../queries';

export interface BannerText {
  /** The landmark's accessible name. */
  label: string;
  /** The collapsed one-liner. */
  headline: string;
  /** A short cause tag beside the headline; absent when the cause is unknown. */
  causeTag?: string;
  title: string;
  summary: string;
  when: string;
  duration: string;
  /** The cause category in plain words; left out when it is unknown but the company said something. */
  cause?: string;
  /** What the company itself said, when it said anything. */
  stated?: string;
  /** "One of 14 outages on record for Facebook". */
  count: string;
  allOutages: string;
  details: string;
  disable: string;
  disabledNotice: string;
  /** The same when storage is broken: hidden for now, but the note may come back. */
  disabledUnsaved: string;
  more: string;
  less: string;
  close: string;
  headings: { when: string; duration: string; cause: string; stated: string };
}

/** Everything the content script needs to draw the note. */
export interface BannerView {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  platform: PlatformId;
  /** The platform's brand colour, for the accent. */
  color: string;
  /** Its colour on dark themes, for a brand too dark to be seen there (X). */
  darkColor?: string;
  placement: BannerPlacement;
  /** Opened by "Details and sources". */
  incidentId: string;
  text: BannerText;
}

/** The platform the user is on first, then the others in the registry's order. */
export function affectedNames(t: Translator, incident: Incident, platform: PlatformId): string {
  const ids = PLATFORM_IDS.filter((id) => id === platform || incident.platforms.includes(id)).sort(
    (a, b) => Number(b === platform) - Number(a === platform),
  );
  return formatList(
    t,
    ids.map((id) => isolate(PLATFORMS[id].name[t.lang])),
  );
}

/**
 * The platforms in the one-line headline: both when two were hit, else the current one "and 4 other
 * platforms", so the line fits without an ellipsis cutting a name (the card's title names them).
 */
export function headlineNames(t: Translator, incident: Incident, platform: PlatformId): string {
  const others = incident.platforms.filter((id) => id !== platform).length;
  return others < 2 ? affectedNames(t, incident, platform) : t.plural('banner_platforms_more', others, { platform: isolate(PLATFORMS[platform].name[t.lang]) });
}

function headline(t: Translator, decision: BannerDecision, platform: PlatformId, now: Date): string {
  const { incident } = decision;
  const platforms = headlineNames(t, incident, platform);
  const known = durationMinutes(incident) !== undefined;
  const duration = (grammaticalCase: GrammaticalCase) => (known ? isolate(durationText(t, incident, { grammaticalCase })) : '');
  const suffix = known ? '' : '_noduration';
  if (decision.kind === 'recent') {
    // "({duration})": the amount on its own ("(ساعتان)").
    return t.t(`banner_recent${suffix}`, { date: unbroken(formatShortDate(t, incident.start)), platforms, duration: duration('nominative') });
  }
  // "for {duration}": governed by "لمدة" ("لمدة ساعتين").
  const governed = duration('genitive');
  const start = new Date(instantMs(incident.start));
  const year = isolate(t.number(start.getUTCFullYear(), { useGrouping: false }));
  if (anniversaryDistance(incident, now) === 0) return t.t(`banner_anniversary_today${suffix}`, { year, platforms, duration: governed });
  const date = new Intl.DateTimeFormat(t.locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(start);
  return t.t(`banner_anniversary_near${suffix}`, { year, date: unbroken(date), platforms, duration: governed });
}

/** A date the headline keeps on one line when it wraps ("Dec 11, / 2024" reads badly). */
const unbroken = (date: string) => isolate(date.replaceAll(' ', '\u00a0'));


export function bannerText(t: Translator, decision: BannerDecision, platform: PlatformId, now: Date): BannerText {
  const { incident, count } = decision;
  const name = isolate(PLATFORMS[platform].name[t.lang]);
  const category = incident.cause.category;
  const when = isolate(formatInstant(t, incident.start, 'UTC'));
  // Kept on one line: "(23 months / ago)" split across lines reads badly.
  const ago = isolate(formatAgo(t, instantMs(incident.start), now.getTime()).replaceAll(' ', '\u00a0'));
  return {
    label: t.t('banner_label', { platform: name }),
    headline: headline(t, decision, platform, now),
    causeTag: category === 'unknown' ? undefined : causeLabel(t, category),
    title: t.digitsIn(incident.title[t.lang]),
    summary: t.digitsIn(incident.summary[t.lang]),
    when: t.t('banner_when', { date: when, ago }),
    duration: durationText(t, incident, { place: 'heading' }),
    cause: category === 'unknown' && incident.cause.stated ? undefined : t.t(`banner_cause_${keyPart(category)}`),
    stated: incident.cause.stated && t.digitsIn(incident.cause.stated[t.lang]),
    count: t.plural('banner_count', count, { platform: name }),
    allOutages: t.t('banner_all_outages', { platform: name }),
    details: t.t('banner_details'),
    disable: t.t('banner_disable', { platform: name }),
    disabledNotice: t.t('banner_disabled_notice', { platform: name }),
    disabledUnsaved: t.t('banner_disabled_unsaved', { platform: name }),
    more: t.t('banner_more'),
    less: t.t('banner_less'),
    close: t.t('banner_close'),
    headings: {
      when: t.t('banner_heading_when'),
      duration: t.t('banner_heading_duration'),
      cause: t.t('banner_heading_cause'),
      stated: t.t('banner_heading_stated'),
    },
  };
}

export function bannerView(t: Translator, decision: BannerDecision, platform: PlatformId, now: Date): BannerView {
  return {
    lang: t.lang,
    dir: t.dir,
    platform,
    color: PLATFORMS[platform].color,
    darkColor: PLATFORMS[platform].darkColor,
    placement: bannerPlacement(platform),
    incidentId: decision.incident.id,
    text: bannerText(t, decision, platform, now),
  };
}
