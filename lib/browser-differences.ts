/**
 * What differs between browsers, in one place.
 * - Host access: Chrome grants host permissions at install; Firefox lets the user withhold or revoke
 *   them (and before Firefox 127 did not grant them at install), so the UI checks and offers to ask again.
 * - Notifications are an optional permission, asked for and given back from the options page.
 * - Omnibox suggestions: Chrome reads XML markup in their descriptions, Firefox shows plain text.
 */
import { browser } from 'wxt/browser';
import { matchPatterns } from './platforms';

/** True when the extension may see the covered sites (banner, failure detection). */
export async function hasHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: matchPatterns() });
  } catch {
    return false;
  }
}

/**
 * Asks for access to the covered sites (from a user gesture) and resolves to whether the extension has it:
 * when the browser refuses to ask (no gesture, a policy), the access it already had, never a rejection.
 */
export async function requestHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: matchPatterns() });
  } catch (err) {
    console.error('[Outage Context] Could not ask for access to the covered sites', err);
    return hasHostAccess();
  }
}

/** Asks for the optional notifications permission; must be called from a user gesture. */
export function requestNotifications(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] });
}

/** Gives the notifications permission back when the user turns notifications off. */
export async function dropNotifications(): Promise<void> {
  await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
}

/** Whether omnibox suggestion descriptions may carry <match>/<dim> markup. Read when asked: Node (benches, the CLI) has no build env. */
export function omniboxReadsMarkup(): boolean {
  return !import.meta.env?.FIREFOX;
}

export async function hasNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/**
 * Firefox may install the extension without access to the covered sites (the user can withhold it):
 * on install, open the options page, which explains why and asks. Chrome grants it at install, so this
 * does nothing there.
 */
export async function offerHostAccessOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install' || (await hasHostAccess())) return;
  await browser.runtime.openOptionsPage();
}
