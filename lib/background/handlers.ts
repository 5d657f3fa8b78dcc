/** Every request of the message protocol, answered from the background's store. */
import { browser, type PublicPath } from 'wxt/browser';
import { bannerHandlers } from '../banner/handlers';
import type { OutageStore } from '../db';
import type { FailureDetection } from '../failure/register';
import { incidentPagePath, looksLikeIncidentId } from '../incident-route';
import { MessageError, type Handlers, type RequestOf } from '../messages';
import { isPlatformId } from '../platforms';

/** An extension page with a hash, e.g. "/popup.html#platform=facebook". */
type PagePath = `${Extract<PublicPath, `${string}.html`>}${string}`;

/** The extension page a view request opens; refuses anything that is not a known platform or an incident id. */
export function viewPath(request: RequestOf<'openView'>): PagePath {
  if (request?.view === 'platform' && isPlatformId(request.platform)) return `/popup.html#platform=${request.platform}`;
  if (request?.view === 'incident' && typeof request.id === 'string' && looksLikeIncidentId(request.id)) {
    return `/${incidentPagePath({ view: 'incident', id: request.id })}` as PagePath;
  }
  throw new MessageError('bad-request', `Cannot open view ${JSON.stringify(request)}`);
}

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
