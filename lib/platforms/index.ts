/** The registry of covered platforms: one module per platform, listed once here. */
import { PLATFORM_IDS, type PlatformId } from '../incidents/types';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { messenger } from './messenger';
import type { Platform } from './platform';
import { threads } from './threads';
import { twitter } from './twitter';
import { whatsapp } from './whatsapp';

export type { Platform, StatusLink } from './platform';

export const PLATFORMS: Readonly<Record<PlatformId, Platform>> = {
  facebook,
  instagram,
  whatsapp,
  messenger,
  threads,
  twitter,
};

/** Whether a value (a message field, a stored record, a URL hash) names a covered platform. */
export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}

export const platformList: readonly Platform[] = PLATFORM_IDS.map((id) => PLATFORMS[id]);

const byHost = new Map<string, Platform>(platformList.flatMap((p) => p.hosts.map((h) => [h, p] as const)));

/** The covered platform a host belongs to, or undefined. Exact match: look-alike hosts are not ours. */
export function platformForHost(host: string): Platform | undefined {
  return byHost.get(host.toLowerCase().replace(/\.$/, ''));
}

export function platformForUrl(url: string | URL): Platform | undefined {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return platformForHost(u.hostname);
  } catch {
    return undefined;
  }
}

/** The CSS custom properties that colour an element for a platform: `--pc`, and `--pc-dark` where the platform has one (common.css). */
export function platformColorStyle(id: PlatformId): Record<string, string> {
  const { color, darkColor } = PLATFORMS[id];
  return darkColor ? { '--pc': color, '--pc-dark': darkColor } : { '--pc': color };
}

/** Match patterns for manifests (content scripts, host permissions, webRequest filters). */
export function matchPatterns(platforms: readonly Platform[] = platformList): string[] {
  return platforms.flatMap((p) => p.hosts.map((h) => `*://${h}/*`));
}
