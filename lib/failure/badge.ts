/**
 * The toolbar badge and tooltip while covered platforms fail: a global state (the most recent failure,
 * every failing platform in the tooltip) and a tab-specific one in the tabs where a failure happened.
 * Used by the background after each detection, and by extension pages after the log is cleared.
 */
import { browser } from 'wxt/browser';
import type { Translator } from '../i18n';
import type { PlatformId } from '../incidents/types';
import type { ActiveFailure } from './active';
import { globalBadge, tabBadge, type BadgeState } from './text';

/** The global badge and tooltip from the failing platforms (cleared when none). */
async function applyGlobalBadge(t: Translator, failures: readonly ActiveFailure[], now: number): Promise<BadgeState> {
  const global = globalBadge(t, failures, now) ?? { text: '', color: '', title: t.t('extName') };
  await browser.action.setBadgeText({ text: global.text });
  await browser.action.setTitle({ title: global.title });
  if (global.color) await browser.action.setBadgeBackgroundColor({ color: global.color });
  return global;
}

/** Shows `badge` in one tab, or (null) makes the tab follow the global badge again. */
async function applyTabBadge(tabId: number, badge: BadgeState | null, global: BadgeState): Promise<void> {
  try {
    // A null text clears the tab's own text (documented by Chrome and Firefox; the typings only say string).
    await browser.action.setBadgeText({ tabId, text: badge ? badge.text : (null as unknown as undefined) });
    await browser.action.setTitle({ tabId, title: (badge ?? global).title });
    const color = (badge ?? global).color;
    if (color) await browser.action.setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab was closed meanwhile: its badge went with it.
  }
}

/** Every open tab's id; `tabs.query` needs no permission as long as no URL is read. */
export async function allTabIds(): Promise<number[]> {
  try {
    return (await browser.tabs.query({})).map((tab) => tab.id).filter((id): id is number => id !== undefined);
  } catch {
    return [];
  }
}

/**
 * Brings every tab's badge in line with the failing platforms: a tab listed in `tabPlatforms` shows its
 * platform's failure while that platform fails; every other tab follows the global badge.
 */
export async function applyBadges(
  t: Translator,
  failures: readonly ActiveFailure[],
  now: number,
  tabs: readonly number[],
  tabPlatforms: ReadonlyMap<number, PlatformId> = new Map(),
): Promise<void> {
  const global = await applyGlobalBadge(t, failures, now);
  for (const tabId of tabs) {
    const failure = failures.find((f) => f.platform === tabPlatforms.get(tabId));
    await applyTabBadge(tabId, failure ? tabBadge(t, failure, now) : null, global);
  }
}
