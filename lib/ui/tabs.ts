/** The few tab operations extension pages need; they go through the browser, never the network. */
import { browser, type PublicPath } from 'wxt/browser';
import { incidentPagePath } from '../incident-route';
import type { Settings } from '../settings';
import { pointToolbar } from './popup-variants';

/**
 * The active tab's URL. Without the `tabs` permission the browser gives it only for sites we hold host
 * permission for (the covered platforms), which is exactly what the popup needs; elsewhere it is undefined.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  } catch {
    return undefined;
  }
}

/** Points the toolbar button at the popup page for these settings, everywhere and in covered sites' tabs (see popup-variants). */
export const pointToolbarButton = (settings: Settings) => pointToolbar(browser, settings);

/**
 * `/incident.html#<id>`: an incident page's address relative to the extension, for links in its pages
 * (the popup's build-time rendering knows no extension id, so its links must be the same without one).
 */
export const incidentHref = (id: string) => `/${incidentPagePath({ view: 'incident', id })}`;

/** `chrome-extension://<id>/incident.html#<id>`. */
export function incidentUrl(id: string): string {
  return browser.runtime.getURL(incidentHref(id) as PublicPath);
}

/** Opens an incident's page in a new tab (the popup closes as the tab takes focus). */
export async function openIncident(id: string): Promise<void> {
  await browser.tabs.create({ url: incidentUrl(id) });
}
