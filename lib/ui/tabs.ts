/** The few tab operations extension pages need; they go through the browser, never the network. */
import { browser, type PublicPath } from 'wxt/browser';
import { incidentPagePath } from '../incident-route';

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

/** `chrome-extension://<id>/incident.html#<id>`. */
export function incidentUrl(id: string): string {
  return browser.runtime.getURL('/' as PublicPath) + incidentPagePath({ view: 'incident', id });
}

/** Opens an incident's page in a new tab (the popup closes as the tab takes focus). */
export async function openIncident(id: string): Promise<void> {
  await browser.tabs.create({ url: incidentUrl(id) });
}
