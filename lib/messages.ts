/**
 * The one typed message protocol between the content script / extension pages and the background.
 * A request is `{ type, payload }`; every answer is an envelope, so the caller gets a typed error
 * instead of an unhandled rejection.
 */
import type { BannerView } from './banner/text';
import type { Incident, PlatformId } from './incidents/types';

/** Why the store answers from memory: IndexedDB missing, an older connection blocking the upgrade, failing to open, over quota, or stores not as the schema says. */
export type DegradedReason = 'unavailable' | 'blocked' | 'open-failed' | 'quota' | 'corrupt' | 'failed';

export interface StoreHealth {
  /** False when IndexedDB could not be used and answers come from the bundled index in memory. */
  ok: boolean;
  reason?: DegradedReason;
  /** The browser's error, for the console and bug reports (not for the UI). */
  detail?: string;
  /** False when settings, banner records and observations are kept in memory only (lost when the worker stops). */
  persisted?: boolean;
  datasetVersion: string;
}

/** Request name -> request payload and response value. */
export interface Protocol {
  health: { request: Record<string, never>; response: StoreHealth };
  incidentsForPlatform: { request: { platform: PlatformId }; response: Incident[] };
  /**
   * The history note for the site at `host`, already worded in the user's language: the content script
   * bundles no incident data, no strings and not even the platform registry.
   */
  banner: { request: { host: string }; response: BannerView | null };
  /** A page of a covered platform loaded in the sender's tab: the toolbar button opens that platform's view there. */
  pageShown: { request: Record<string, never>; response: null };
  /** `saved` is false when storage is broken and the choice lives in the worker's memory only (gone when it stops). */
  dismissBanner: { request: { platform: PlatformId; scope: 'today' | 'platform' }; response: { saved: boolean } };
  /** A page cleared the user's log of failed loads (or all user data): the worker forgets its failure state. */
  logCleared: { request: Record<string, never>; response: null };
  /** Opens an extension page in a new tab (content scripts cannot open the popup). */
  openView: {
    request: { view: 'platform'; platform: PlatformId } | { view: 'incident'; id: string };
    response: null;
  };
}

export type RequestType = keyof Protocol;
export type RequestOf<K extends RequestType> = Protocol[K]['request'];
export type ResponseOf<K extends RequestType> = Protocol[K]['response'];

export interface Message<K extends RequestType = RequestType> {
  type: K;
  payload: RequestOf<K>;
}

export type ErrorCode = 'unknown-request' | 'bad-request' | 'handler-failed' | 'unreachable';
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

export type Handlers = {
  [K in RequestType]: (payload: RequestOf<K>, sender: { tabId?: number; url?: string }) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}

/**
 * Builds a `runtime.onMessage` listener. It always resolves with an envelope: an unknown request,
 * a malformed one or a throwing handler becomes `{ ok: false }`, never a rejection.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: { tab?: { id?: number }; url?: string }): Promise<Envelope<unknown>> => {
    if (!isMessage(message)) {
      return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'Not a protocol message' } });
    }
    const handler = (handlers as Record<string, Handlers[RequestType] | undefined>)[message.type];
    if (!handler || !Object.hasOwn(handlers, message.type)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-request', message: `Unknown request: ${message.type}` } });
    }
    return Promise.resolve()
      .then(() => (handler as (p: unknown, s: { tabId?: number; url?: string }) => unknown)(message.payload ?? {}, { tabId: sender.tab?.id, url: sender.url }))
      .then(
        (value) => ({ ok: true as const, value }),
        (err: unknown) => ({
          ok: false as const,
          // A handler rejecting bad input throws MessageError('bad-request'); anything else is a failure.
          error: { code: err instanceof MessageError ? err.code : ('handler-failed' as const), message: err instanceof Error ? err.message : String(err) },
        }),
      );
  };
}

export type Send = (message: Message) => Promise<unknown>;

/** Sends a typed request through `send` (runtime.sendMessage) and unwraps the envelope. */
export async function request<K extends RequestType>(send: Send, type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  let answer: unknown;
  try {
    answer = await send({ type, payload });
  } catch (err) {
    // The background is gone (extension reloaded: "Extension context invalidated") or not listening.
    throw new MessageError('unreachable', err instanceof Error ? err.message : String(err));
  }
  const envelope = answer as Envelope<ResponseOf<K>> | undefined;
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    throw new MessageError('unreachable', 'No answer from the background');
  }
  if (!envelope.ok) throw new MessageError(envelope.error.code, envelope.error.message);
  return envelope.value;
}
