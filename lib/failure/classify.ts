/**
 * What a failed main-frame load of a covered site means, from the browser's own error string.
 * Chromium reports `net::ERR_*`; Firefox reports nsresult names (`NS_ERROR_*`, `NS_BINDING_ABORTED`) and,
 * for certificate and TLS failures, `NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SEC_ERROR_…)`.
 *
 * Anything that is not an outage signal is `ignore`: the user stopped or left the load, an ad blocker or
 * administrator blocked it, a proxy or local network change broke it, or the browser says nothing useful.
 * An unknown string is ignored too: a missed alert costs less than a false one.
 */
import type { ErrorClass } from '../observations';

export type Classification = ErrorClass | 'ignore';

const EXACT = new Map<string, Classification>(Object.entries({
  // Chromium: the name did not resolve (what facebook.com showed on 4 Oct 2021).
  ERR_NAME_NOT_RESOLVED: 'dns',
  ERR_NAME_RESOLUTION_FAILED: 'dns',
  ERR_DNS_TIMED_OUT: 'dns',
  ERR_DNS_SERVER_FAILED: 'dns',
  ERR_DNS_MALFORMED_RESPONSE: 'dns',
  ERR_DNS_SERVER_REQUIRES_TCP: 'dns',
  ERR_DNS_SORT_ERROR: 'dns',
  // Chromium: the address is known but the server does not take or keep the connection.
  ERR_CONNECTION_REFUSED: 'connection',
  ERR_CONNECTION_RESET: 'connection',
  ERR_CONNECTION_CLOSED: 'connection',
  ERR_CONNECTION_FAILED: 'connection',
  // A TCP-level abort by the peer; the user pressing stop is ERR_ABORTED.
  ERR_CONNECTION_ABORTED: 'connection',
  ERR_ADDRESS_UNREACHABLE: 'connection',
  ERR_EMPTY_RESPONSE: 'connection',
  ERR_SOCKET_NOT_CONNECTED: 'connection',
  ERR_HTTP2_PROTOCOL_ERROR: 'connection',
  ERR_HTTP2_SERVER_REFUSED_STREAM: 'connection',
  ERR_QUIC_PROTOCOL_ERROR: 'connection',
  ERR_CONNECTION_TIMED_OUT: 'timeout',
  ERR_TIMED_OUT: 'timeout',
  ERR_INTERNET_DISCONNECTED: 'offline',
  // Chromium: not an outage signal.
  ERR_ABORTED: 'ignore',
  ERR_FAILED: 'ignore',
  ERR_BLOCKED_BY_CLIENT: 'ignore',
  ERR_BLOCKED_BY_ADMINISTRATOR: 'ignore',
  ERR_BLOCKED_BY_RESPONSE: 'ignore',
  ERR_NETWORK_CHANGED: 'ignore',
  ERR_NETWORK_IO_SUSPENDED: 'ignore',
  ERR_NETWORK_ACCESS_DENIED: 'ignore',
  ERR_CACHE_MISS: 'ignore',
  ERR_PROXY_CONNECTION_FAILED: 'ignore',
  ERR_TUNNEL_CONNECTION_FAILED: 'ignore',
  ERR_TOO_MANY_REDIRECTS: 'ignore',
  ERR_UNSAFE_REDIRECT: 'ignore',
  // Firefox
  NS_ERROR_UNKNOWN_HOST: 'dns',
  NS_ERROR_CONNECTION_REFUSED: 'connection',
  NS_ERROR_NET_RESET: 'connection',
  NS_ERROR_NET_INTERRUPT: 'connection',
  NS_ERROR_NET_PARTIAL_TRANSFER: 'connection',
  NS_ERROR_NET_EMPTY_RESPONSE: 'connection',
  NS_ERROR_NET_HTTP3_PROTOCOL_ERROR: 'connection',
  NS_ERROR_NET_TIMEOUT: 'timeout',
  NS_ERROR_NET_TIMEOUT_EXTERNAL: 'timeout',
  NS_ERROR_NET_INADEQUATE_SECURITY: 'tls',
  NS_ERROR_OFFLINE: 'offline',
  NS_BINDING_ABORTED: 'ignore',
  NS_BINDING_REDIRECTED: 'ignore',
  NS_BINDING_RETARGETED: 'ignore',
  NS_ERROR_ABORT: 'ignore',
  NS_ERROR_DOCSHELL_DYING: 'ignore',
  NS_ERROR_PARSED_DATA_CACHED: 'ignore',
  NS_ERROR_PROXY_CONNECTION_REFUSED: 'ignore',
  NS_ERROR_UNKNOWN_PROXY_HOST: 'ignore',
  NS_ERROR_REDIRECT_LOOP: 'ignore',
} satisfies Record<string, Classification>));

/** Certificate and TLS families: Chromium `ERR_CERT_*`/`ERR_SSL_*`, NSS `SEC_ERROR_*`/`SSL_ERROR_*`/`MOZILLA_PKIX_ERROR_*`. */
const TLS_FAMILY = /^(?:ERR_CERT_|ERR_CERTIFICATE_|ERR_SSL_|ERR_BAD_SSL_|SEC_ERROR_|SSL_ERROR_|MOZILLA_PKIX_ERROR_)/;
/** Firefox wraps NSS errors: `NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_BAD_CERT_DOMAIN)`. */
const FIREFOX_SECURITY = /^NS_ERROR_GENERATE_FAILURE\(\s*NS_ERROR_MODULE_SECURITY\b/;

/** The class of a `webRequest.onErrorOccurred` error string, or `ignore`. */
export function classifyError(error: string): Classification {
  const code = error.trim().replace(/^net::/, '');
  const exact = EXACT.get(code);
  if (exact) return exact;
  if (TLS_FAMILY.test(code) || FIREFOX_SECURITY.test(code)) return 'tls';
  return 'ignore';
}

/** True for the HTTP statuses that say the platform's servers are failing (5xx). */
export function isServerError(status: number): boolean {
  return status >= 500 && status <= 599;
}
