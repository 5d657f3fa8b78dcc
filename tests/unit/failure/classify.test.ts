import { describe, expect, it } from 'vitest';
import { classifyError, isServerError } from '../../../lib/failure/classify';

const cases: Record<string, ReturnType<typeof classifyError>> = {
  // Chromium
  'net::ERR_NAME_NOT_RESOLVED': 'dns',
  'net::ERR_NAME_RESOLUTION_FAILED': 'dns',
  'net::ERR_DNS_TIMED_OUT': 'dns',
  'net::ERR_DNS_SERVER_FAILED': 'dns',
  'net::ERR_DNS_MALFORMED_RESPONSE': 'dns',
  'net::ERR_DNS_SERVER_REQUIRES_TCP': 'dns',
  'net::ERR_DNS_SORT_ERROR': 'dns',
  'net::ERR_CONNECTION_REFUSED': 'connection',
  'net::ERR_CONNECTION_RESET': 'connection',
  'net::ERR_CONNECTION_CLOSED': 'connection',
  'net::ERR_CONNECTION_FAILED': 'connection',
  'net::ERR_CONNECTION_ABORTED': 'connection',
  'net::ERR_ADDRESS_UNREACHABLE': 'connection',
  'net::ERR_EMPTY_RESPONSE': 'connection',
  'net::ERR_SOCKET_NOT_CONNECTED': 'connection',
  'net::ERR_HTTP2_PROTOCOL_ERROR': 'connection',
  'net::ERR_HTTP2_SERVER_REFUSED_STREAM': 'connection',
  'net::ERR_QUIC_PROTOCOL_ERROR': 'connection',
  'net::ERR_CONNECTION_TIMED_OUT': 'timeout',
  'net::ERR_TIMED_OUT': 'timeout',
  'net::ERR_SSL_PROTOCOL_ERROR': 'tls',
  'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH': 'tls',
  'net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN': 'tls',
  'net::ERR_BAD_SSL_CLIENT_AUTH_CERT': 'tls',
  'net::ERR_CERT_AUTHORITY_INVALID': 'tls',
  'net::ERR_CERT_COMMON_NAME_INVALID': 'tls',
  'net::ERR_CERT_DATE_INVALID': 'tls',
  'net::ERR_CERT_REVOKED': 'tls',
  'net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED': 'tls',
  'net::ERR_INTERNET_DISCONNECTED': 'offline',
  'net::ERR_ABORTED': 'ignore',
  'net::ERR_FAILED': 'ignore',
  'net::ERR_BLOCKED_BY_CLIENT': 'ignore',
  'net::ERR_BLOCKED_BY_ADMINISTRATOR': 'ignore',
  'net::ERR_BLOCKED_BY_RESPONSE': 'ignore',
  'net::ERR_NETWORK_CHANGED': 'ignore',
  'net::ERR_NETWORK_IO_SUSPENDED': 'ignore',
  'net::ERR_NETWORK_ACCESS_DENIED': 'ignore',
  'net::ERR_CACHE_MISS': 'ignore',
  'net::ERR_PROXY_CONNECTION_FAILED': 'ignore',
  'net::ERR_TUNNEL_CONNECTION_FAILED': 'ignore',
  'net::ERR_TOO_MANY_REDIRECTS': 'ignore',
  'net::ERR_UNSAFE_REDIRECT': 'ignore',
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
  'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SEC_ERROR_UNKNOWN_ISSUER)': 'tls',
  'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_BAD_CERT_DOMAIN)': 'tls',
  'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT)': 'tls',
  SEC_ERROR_EXPIRED_CERTIFICATE: 'tls',
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
};

describe('classifyError', () => {
  it.each(Object.entries(cases))('%s → %s', (error, expected) => {
    expect(classifyError(error)).toBe(expected);
  });

  it('accepts Chromium codes with or without the net:: prefix and stray whitespace', () => {
    expect(classifyError('ERR_NAME_NOT_RESOLVED')).toBe('dns');
    expect(classifyError('  net::ERR_CONNECTION_RESET \n')).toBe('connection');
  });

  it('ignores what it does not know, so a strange string never raises an alert', () => {
    for (const error of ['', 'net::ERR_SOMETHING_NEW', 'NS_ERROR_FAILURE', 'constructor', '__proto__', 'toString', 'dns', 'ERR_CERTAINLY_NOT']) {
      expect(classifyError(error), error).toBe('ignore');
    }
  });
});

describe('isServerError', () => {
  it('is true for 500–599 only', () => {
    expect([500, 502, 503, 504, 599].map(isServerError)).toEqual([true, true, true, true, true]);
    expect([200, 204, 301, 404, 429, 499, 600, 0].map(isServerError)).toEqual([false, false, false, false, false, false, false, false]);
  });
});
