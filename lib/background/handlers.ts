/** Every request of the message protocol, answered from the background's store. */
import { browser } from 'wxt/browser';
import { bannerHandlers } from '../banner/handlers';
import type { OutageStore } from '../db';
import type { FailureDetection } from '../failure/register';
import { MessageError, type Handlers } from '../messages';
import { isPlatformId, platformForUrl } from '../platforms';
import type { ToolbarPopup } from './toolbar-popup';
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

export function createHandlers(store: OutageStore, failures: Pick<FailureDetection, 'forget'>, toolbar: ToolbarPopup): Handlers {
  return {
    ...storeHandlers(store),
    ...bannerHandlers(store),
    async pageShown(_, sender) {
      // The sender's URL, which the browser fills in, not anything the page could claim.
      const platform = sender.url ? platformForUrl(sender.url) : undefined;
      if (!platform || sender.tabId === undefined) throw new MessageError('bad-request', 'pageShown comes from a tab of a covered platform');
      await toolbar.showsPlatform(sender.tabId, platform.id);
      return null;
    },
    async logCleared() {
      await failures.forget();
      return null;
    },
  };
}
