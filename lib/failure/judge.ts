/**
 * "Is it down, or just me?" from the user's own recent observations, without asking anyone:
 * - other covered platforms loaded fine in the last RECENT_MS: the problem is at this platform;
 * - only platforms of the same company fail too: a company-wide outage (4 Oct 2021 took down every Meta app);
 * - platforms of different companies fail at once: most likely the user's own connection or network;
 * - no other platform was loaded recently: it cannot tell.
 */
import type { PlatformId } from '../incidents/types';
import type { Observation } from '../observations';
import type { ActiveFailure } from './active';
import { latestPerPlatform } from './active';
import { PLATFORMS } from '../platforms';

export const RECENT_MS = 30 * 60_000;

export type Judgement =
  | { kind: 'offline' }
  | { kind: 'platform'; loadingFine: PlatformId[] }
  | { kind: 'company'; alsoFailing: PlatformId[] }
  | { kind: 'connection'; alsoFailing: PlatformId[] }
  | { kind: 'unknown' };

export function judgeFailure(failure: ActiveFailure, observations: readonly Observation[], now: number): Judgement {
  if (failure.latest.outcome === 'offline') return { kind: 'offline' };
  const loadingFine: PlatformId[] = [];
  const alsoFailing: PlatformId[] = [];
  for (const [platform, o] of latestPerPlatform(observations)) {
    // An offline entry tells of the user's machine at that moment, not of that platform's servers.
    if (platform === failure.platform || now - o.time > RECENT_MS || o.outcome === 'offline') continue;
    (o.outcome === 'ok' ? loadingFine : alsoFailing).push(platform);
  }
  if (alsoFailing.length) {
    const sameCompany = alsoFailing.every((p) => PLATFORMS[p].operator === PLATFORMS[failure.platform].operator);
    return { kind: sameCompany ? 'company' : 'connection', alsoFailing };
  }
  return loadingFine.length ? { kind: 'platform', loadingFine } : { kind: 'unknown' };
}
