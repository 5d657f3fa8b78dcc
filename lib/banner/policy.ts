/**
 * Which outage (if any) the in-page banner shows. Pure: the caller passes the incidents, the clock,
 * the user's settings and the platform's banner record.
 *
 * Order: the user's switches first (mode "never", "don't show on <platform>", closed today, already
 * shown today), then an anniversary (the same calendar day in an earlier year, within a few days),
 * then — in the daily mode only — the most recent major outage.
 */
import type { Incident, PlatformId } from '../incidents/types';
import { durationMinutes, instantMs, localDay } from '../format';
import { anniversaryDistance } from '../queries';
import type { BannerMode, BannerRecord } from '../settings';

/** What the banner shows, before it is put in words. */
export interface BannerDecision {
  /** anniversary: same day (within a few days) in an earlier year; recent: the latest major outage. */
  kind: 'anniversary' | 'recent';
  incident: Incident;
  /** How many outages the index knows for this platform. */
  count: number;
}

/** An anniversary is up to this many days either side of the outage's calendar day. */
export const ANNIVERSARY_WINDOW_DAYS = 3;
/** A non-worldwide outage counts as major from this length. */
const MAJOR_MINUTES = 120;

export interface BannerInput {
  incidents: readonly Incident[];
  platform: PlatformId;
  now: Date;
  settings: { bannerMode: BannerMode; bannerDisabled: readonly PlatformId[] };
  record?: BannerRecord;
}

/** Worldwide, or long, and not thinly sourced: worth telling a user about unasked. */
export function isMajor(incident: Incident): boolean {
  if (incident.confidence === 'low') return false;
  return incident.scope === 'global' || (durationMinutes(incident) ?? 0) >= MAJOR_MINUTES;
}

const startMs = (incident: Incident) => instantMs(incident.start);
const SCOPE_RANK = { global: 0, regional: 1, partial: 2 } as const;

/** The platform's outages that have started, newest first; malformed dates are left out. */
function platformIncidents(incidents: readonly Incident[], platform: PlatformId, now: Date): Incident[] {
  return incidents
    .filter((i) => i.platforms.includes(platform) && Number.isFinite(startMs(i)) && startMs(i) <= now.getTime())
    .sort((a, b) => startMs(b) - startMs(a));
}

/** The anniversary to tell: the nearest day first, then the wider outage, then the longer, then the newer. */
function pickAnniversary(incidents: readonly Incident[], now: Date): Incident | undefined {
  const candidates = incidents
    .filter(isMajor)
    .map((incident) => ({ incident, days: anniversaryDistance(incident, now) }))
    .filter((c): c is { incident: Incident; days: number } => c.days !== undefined && c.days <= ANNIVERSARY_WINDOW_DAYS);
  candidates.sort(
    (a, b) =>
      a.days - b.days ||
      SCOPE_RANK[a.incident.scope] - SCOPE_RANK[b.incident.scope] ||
      (durationMinutes(b.incident) ?? 0) - (durationMinutes(a.incident) ?? 0) ||
      startMs(b.incident) - startMs(a.incident),
  );
  return candidates[0]?.incident;
}

/** Whether the user's settings and today's record let the banner show at all. */
export function bannerAllowed({ platform, now, settings, record }: Omit<BannerInput, 'incidents'>): boolean {
  if (settings.bannerMode === 'never' || settings.bannerDisabled.includes(platform)) return false;
  const today = localDay(now);
  return record?.hiddenOnDay !== today && record?.lastShownDay !== today;
}

export function decideBanner(input: BannerInput): BannerDecision | null {
  if (!bannerAllowed(input)) return null;
  const known = platformIncidents(input.incidents, input.platform, input.now);
  const anniversary = pickAnniversary(known, input.now);
  if (anniversary) return { kind: 'anniversary', incident: anniversary, count: known.length };
  if (input.settings.bannerMode !== 'daily') return null;
  const recent = known.find(isMajor);
  return recent ? { kind: 'recent', incident: recent, count: known.length } : null;
}
