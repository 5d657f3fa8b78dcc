/**
 * The extension views other parts open in a tab: a platform's history (the popup's page, full size)
 * and an incident. Used by the banner's links (through the message protocol) and by failure
 * notifications.
 */
import type { PublicPath } from 'wxt/browser';
import { incidentPagePath, looksLikeIncidentId } from './incident-route';
import { MessageError, type RequestOf } from './messages';
import { isPlatformId } from './platforms';

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

