import { describe, expect, it } from 'vitest';
import { classifyError, isServerError } from '../../../lib/failure/classify';

/**
 * The specification, per class: the browser error strings that must land in it. Chromium strings as
 * webRequest reports them (with `net::`), Firefox nsresult names and wrapped NSS errors.
 */
const EXPECTED: Record<Exclude<ReturnType<typeof classifyError>, 'server-error'>, readonly string[]> = {
  // The name did not resolve: what facebook.com showed on 4 Oct 2021.
  dns: [
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_NAME_RESOLUTION_FAILED',
    'net::ERR_DNS_TIMED_OUT',
    'net::ERR_DNS_SERVER_FAILED',
    'net::ERR_DNS_MALFORMED_RESPONSE',
    'net::ERR_DNS_SERVER_REQUIRES_TCP',
    'net::ERR_DNS_SORT_ERROR',
    'NS_ERROR_UNKNOWN_HOST',
  ],
  // The server was found but refused, dropped or broke the connection.
  connection: [
    'net::ERR_CONNECTION_REFUSED',
    'net::ERR_CONNECTION_RESET',
    'net::ERR_CONNECTION_CLOSED',
    'net::ERR_CONNECTION_FAILED',
    'net::ERR_CONNECTION_ABORTED',
    'net::ERR_ADDRESS_UNREACHABLE',
    'net::ERR_EMPTY_RESPONSE',
    'net::ERR_SOCKET_NOT_CONNECTED',
    'net::ERR_HTTP2_PROTOCOL_ERROR',
    'net::ERR_HTTP2_SERVER_REFUSED_STREAM',
    'net::ERR_QUIC_PROTOCOL_ERROR',
    'NS_ERROR_CONNECTION_REFUSED',
    'NS_ERROR_NET_RESET',
    'NS_ERROR_NET_INTERRUPT',
    'NS_ERROR_NET_PARTIAL_TRANSFER',
    'NS_ERROR_NET_EMPTY_RESPONSE',
    'NS_ERROR_NET_HTTP3_PROTOCOL_ERROR',
  ],
  // The server never answered in time.
  timeout: ['net::ERR_CONNECTION_TIMED_OUT', 'net::ERR_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT', 'NS_ERROR_NET_TIMEOUT_EXTERNAL'],
  // Certificates and the TLS handshake, including whole families of codes not listed one by one.
  tls: [
    'net::ERR_SSL_PROTOCOL_ERROR',
    'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
    'net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN',
    'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
    'net::ERR_CERT_AUTHORITY_INVALID',
    'net::ERR_CERT_COMMON_NAME_INVALID',
    'net::ERR_CERT_DATE_INVALID',
    'net::ERR_CERT_REVOKED',
    'net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED',
    'NS_ERROR_NET_INADEQUATE_SECURITY',
    'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SEC_ERROR_UNKNOWN_ISSUER)',
    'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_BAD_CERT_DOMAIN)',
    'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT)',
    'SEC_ERROR_EXPIRED_CERTIFICATE',
  ],
  // The user's own connection is down: nobody's outage.
  offline: ['net::ERR_INTERNET_DISCONNECTED', 'NS_ERROR_OFFLINE'],
  // Not an outage signal: stopped or redirected loads, blockers, proxies, local network changes.
  ignore: [
    'net::ERR_ABORTED',
    'net::ERR_FAILED',
    'net::ERR_BLOCKED_BY_CLIENT',
    'net::ERR_BLOCKED_BY_ADMINISTRATOR',
    'net::ERR_BLOCKED_BY_RESPONSE',
    'net::ERR_NETWORK_CHANGED',
    'net::ERR_NETWORK_IO_SUSPENDED',
    'net::ERR_NETWORK_ACCESS_DENIED',
    'net::ERR_CACHE_MISS',
    'net::ERR_PROXY_CONNECTION_FAILED',
    'net::ERR_TUNNEL_CONNECTION_FAILED',
    'net::ERR_TOO_MANY_REDIRECTS',
    'net::ERR_UNSAFE_REDIRECT',
    'NS_BINDING_ABORTED',
    'NS_BINDING_REDIRECTED',
    'NS_BINDING_RETARGETED',
    'NS_ERROR_ABORT',
    'NS_ERROR_DOCSHELL_DYING',
    'NS_ERROR_PARSED_DATA_CACHED',
    'NS_ERROR_PROXY_CONNECTION_REFUSED',
    'NS_ERROR_UNKNOWN_PROXY_HOST',
    'NS_ERROR_REDIRECT_LOOP',
  ],
  // 'server-error' comes from the HTTP status (isServerError below), never from an error string.
};

describe('classifyError', () => {
  it.each(Object.entries(EXPECTED))('every listed error string classifies as %s', (expected, errors) => {
    for (const error of errors) expect(classifyError(error), error).toBe(expected);
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
