/** Every request of the message protocol, answered from the background's store. */
import { browser } from 'wxt/browser';
import { bannerHandlers } from '../banner/handlers';
import type { OutageStore } from '../db';
import type { FailureDetection } from '../failure/register';
import { MessageError, type Handlers } from '../messages';
import { isPlatformId } from '../platforms';
import { viewPath } from '../views';

export function storeHandlers(store: OutageStore, tabs: Pick<typeof browser.tabs, 'create'> = browser.tabs): Pick<Handlers, 'health' | 'incidentsForPlatform' | 'openView'> {
  return {
    health: () => store.health(),
    incidentsForPlatform(payload) {
      if (!isPlatformId(payload?.platform)) throw new MessageError('bad-request', `Unknown platform: ${JSON.stringify(payload?.platform)}`);
      return store.incidentsForPlatform(payload.platform);
    },
    async openView(payload, sender) {
      // Opened next to the page that asked (no permission needed for tabs.create).
      await tabs.create({ url: browser.runtime.getURL(viewPath(payload)), ...(sender.tabId !== undefined && { openerTabId: sender.tabId }) });
      return null;
    },
  };
}

export function createHandlers(store: OutageStore, failures: Pick<FailureDetection, 'forget'>): Handlers {
  return {
    ...storeHandlers(store),
    ...bannerHandlers(store),
    async logCleared() {
      await failures.forget();
      return null;
    },
  };
}
