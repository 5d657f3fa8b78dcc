import { browser } from 'wxt/browser';
import type { Translator } from '../i18n';
import { request } from '../messages';
import { allTabIds, applyBadges } from './badge';

/**
 * Called by a page after it cleared the user's log: the worker forgets its failure state (so the next
 * failure raises a badge and a notification again) and clears the badges. If the worker cannot be
 * reached, the page clears the badges itself.
 */
export async function announceLogCleared(t: Translator): Promise<void> {
  try {
    await request((message) => browser.runtime.sendMessage(message), 'logCleared', {});
  } catch {
    await applyBadges(t, [], Date.now(), await allTabIds());
  }
}
