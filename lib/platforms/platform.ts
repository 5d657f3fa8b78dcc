import type { Localized, PlatformId } from '../incidents/types';

export interface StatusLink {
  /** Who runs the page; shown as the link text. */
  label: Localized;
  url: string;
  /** official: run by the company; tracker: a public outage tracker. */
  kind: 'official' | 'tracker';
}

/** Everything the extension knows about one covered platform. One module per platform. */
export interface Platform {
  id: PlatformId;
  name: Localized;
  /** The company that runs its servers: one company's outage takes its apps down together. */
  operator: 'meta' | 'x';
  /** Brand colour (badge, chart marks, banner accent). */
  color: string;
  /**
   * The colour on dark themes, for a brand too dark to be seen there even lifted (X's near-black);
   * without it, dark themes mix the brand colour with white.
   */
  darkColor?: string;
  /** Exact host names the content script and failure detection cover. */
  hosts: readonly string[];
  statusLinks: readonly StatusLink[];
}

export const downdetector = (slug: string): StatusLink => ({
  label: { en: 'Downdetector', ar: 'داون ديتكتور' },
  url: `https://downdetector.com/status/${slug}/`,
  kind: 'tracker',
});

export const metaStatus: StatusLink = {
  label: { en: 'Meta Status (business products)', ar: 'حالة خدمات ميتا (منتجات الأعمال)' },
  url: 'https://metastatus.com/',
  kind: 'official',
};
