/**
 * Where the note sits on each platform, chosen to stay off the site's own controls:
 * feeds (Facebook, Instagram, Threads, X) scroll under the bottom centre, while their chat drawers and
 * "new post" buttons sit at the bottom end; chat apps (WhatsApp Web, Messenger) keep the composer at the
 * bottom of the conversation, so the note sits at the bottom start, over the scrolling chat list.
 */
import type { PlatformId } from '../incidents/types';

export type BannerPlacement = 'center' | 'start';

const PLACEMENTS: Record<PlatformId, BannerPlacement> = {
  facebook: 'center',
  instagram: 'center',
  threads: 'center',
  twitter: 'center',
  whatsapp: 'start',
  messenger: 'start',
};

export const bannerPlacement = (platform: PlatformId): BannerPlacement => PLACEMENTS[platform];
