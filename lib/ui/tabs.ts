/** The few tab operations extension pages need; they go through the browser, never the network. */
import { browser, type PublicPath } from 'wxt/browser';
import { incidentPagePath } from '../incident-route';
import type { Settings } from '../settings';
import type { Selection } from './popup-state';
import { pointToolbarPopup } from './popup-variants';

/**
 * The active tab. Without the `tabs` permission the browser gives its URL only for sites we hold host
 * permission for (the covered platforms), which is exactly what the popup needs; elsewhere `url` is undefined.
 */
export async function activeTab(): Promise<{ id?: number; url?: string }> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return { id: tab?.id, url: tab?.url };
  } catch {
    return {};
  }
}

/** Points the toolbar button at the right popup page for these settings, everywhere and in `tab` (see popup-variants). */
export async function pointToolbar(settings: Settings, tab?: { id?: number; selection: Selection }): Promise<void> {
  await pointToolbarPopup(browser.action, settings);
  if (tab?.id !== undefined) await pointToolbarPopup(browser.action, settings, { tabId: tab.id, selection: tab.selection });
}

/** `chrome-extension://<id>/incident.html#<id>`. */
export function incidentUrl(id: string): string {
  return browser.runtime.getURL('/' as PublicPath) + incidentPagePath({ view: 'incident', id });
}

/** Opens an incident's page in a new tab (the popup closes as the tab takes focus). */
export async function openIncident(id: string): Promise<void> {
  await browser.tabs.create({ url: incidentUrl(id) });
}
