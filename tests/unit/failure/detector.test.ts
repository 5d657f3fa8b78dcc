import { describe, expect, it } from 'vitest';
import { FailureDetector, OK_SAMPLE_MS, REPEAT_MS, RETRY_WINDOW_MS, SERVER_ERROR_GRACE_MS, type DetectorEvent } from '../../../lib/failure/detector';
import type { PlatformId } from '../../../lib/incidents/types';
import type { Observation } from '../../../lib/observations';

const T0 = Date.UTC(2021, 9, 4, 15, 40);
const HOST: Record<string, string> = { facebook: 'www.facebook.com', whatsapp: 'web.whatsapp.com', twitter: 'x.com' };

const error = (time: number, err: string, platform: PlatformId = 'facebook', online = true, tabId = 7): DetectorEvent => ({
  kind: 'error',
  time,
  tabId,
  platform,
  host: HOST[platform] ?? `${platform}.com`,
  error: err,
  online,
});
const completed = (time: number, status: number, platform: PlatformId = 'whatsapp', tabId = 8): DetectorEvent => ({
  kind: 'completed',
  time,
  tabId,
  platform,
  host: HOST[platform] ?? `${platform}.com`,
  status,
});
const outcomes = (detected: { observation: Observation }[]) => detected.map((d) => `${d.observation.platform}:${d.observation.outcome}:${d.observation.detail}`);

describe('FailureDetector: network errors', () => {
  it('records a DNS failure at once, with the host and the error string but no URL', () => {
    const detector = new FailureDetector();
    const [d] = detector.handle(error(T0, 'net::ERR_NAME_NOT_RESOLVED'));
    expect(d).toEqual({
      tabId: 7,
      observation: { time: T0, platform: 'facebook', host: 'www.facebook.com', outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' },
    });
  });

  it('raises nothing for an aborted load (the user pressed stop or went elsewhere), in Chromium or Firefox', () => {
    const detector = new FailureDetector();
    expect(detector.handle(error(T0, 'net::ERR_ABORTED'))).toEqual([]);
    expect(detector.handle(error(T0 + 1, 'NS_BINDING_ABORTED'))).toEqual([]);
    expect(detector.handle(error(T0 + 2, 'net::ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });

  it('counts the same failure repeated within a minute once (an auto-reloading error page)', () => {
    const detector = new FailureDetector();
    expect(detector.handle(error(T0, 'net::ERR_CONNECTION_RESET'))).toHaveLength(1);
    expect(detector.handle(error(T0 + 5_000, 'net::ERR_CONNECTION_REFUSED'))).toHaveLength(0);
    expect(detector.handle(error(T0 + REPEAT_MS, 'net::ERR_CONNECTION_RESET'))).toHaveLength(1);
    // A different class is news.
    expect(outcomes(detector.handle(error(T0 + REPEAT_MS + 1, 'net::ERR_CONNECTION_TIMED_OUT')))).toEqual(['facebook:timeout:net::ERR_CONNECTION_TIMED_OUT']);
  });
});

describe('FailureDetector: the offline rule', () => {
  it('records ERR_INTERNET_DISCONNECTED and NS_ERROR_OFFLINE as offline, not as a platform failure', () => {
    const detector = new FailureDetector();
    expect(outcomes(detector.handle(error(T0, 'net::ERR_INTERNET_DISCONNECTED')))).toEqual(['facebook:offline:net::ERR_INTERNET_DISCONNECTED']);
    expect(outcomes(detector.handle(error(T0, 'NS_ERROR_OFFLINE', 'twitter')))).toEqual(['twitter:offline:NS_ERROR_OFFLINE']);
  });

  it('records any error while navigator.onLine is false as offline', () => {
    const detector = new FailureDetector();
    expect(outcomes(detector.handle(error(T0, 'net::ERR_NAME_NOT_RESOLVED', 'facebook', false)))).toEqual(['facebook:offline:net::ERR_NAME_NOT_RESOLVED']);
  });

  it('records the next successful load of any platform after being offline (the device is back online)', () => {
    const detector = new FailureDetector([{ time: T0 - 60_000, platform: 'whatsapp', host: 'web.whatsapp.com', outcome: 'ok', detail: '200' }]);
    detector.handle(error(T0, 'net::ERR_INTERNET_DISCONNECTED', 'facebook'));
    expect(outcomes(detector.handle(completed(T0 + 5_000, 200, 'whatsapp')))).toEqual(['whatsapp:ok:200']);
    // Back to sampling once online again.
    expect(detector.handle(completed(T0 + 6_000, 200, 'whatsapp'))).toEqual([]);
  });

  it('still ignores an aborted load while offline', () => {
    expect(new FailureDetector().handle(error(T0, 'net::ERR_ABORTED', 'facebook', false))).toEqual([]);
  });
});

describe('FailureDetector: 5xx debounce', () => {
  it('drops a single 5xx that a retry fixes at once', () => {
    const detector = new FailureDetector([{ time: T0 - 60_000, platform: 'whatsapp', host: 'web.whatsapp.com', outcome: 'ok', detail: '200' }]);
    expect(detector.handle(completed(T0, 503))).toEqual([]);
    expect(detector.nextDue()).toBe(T0 + SERVER_ERROR_GRACE_MS);
    expect(detector.handle(completed(T0 + 2_000, 200))).toEqual([]);
    expect(detector.nextDue()).toBeUndefined();
    expect(detector.due(T0 + SERVER_ERROR_GRACE_MS + 1)).toEqual([]);
  });

  it('raises a 5xx when no successful load follows within the grace period', () => {
    const detector = new FailureDetector();
    detector.handle(completed(T0, 503));
    expect(detector.due(T0 + SERVER_ERROR_GRACE_MS - 1)).toEqual([]);
    const raised = detector.due(T0 + SERVER_ERROR_GRACE_MS);
    expect(outcomes(raised)).toEqual(['whatsapp:server-error:503']);
    expect(raised[0]!.observation.time).toBe(T0);
    expect(raised[0]!.tabId).toBe(8);
    expect(detector.nextDue()).toBeUndefined();
  });

  it('raises at once when a retry fails too (a second 5xx within the retry window)', () => {
    const detector = new FailureDetector();
    expect(detector.handle(completed(T0, 502))).toEqual([]);
    // The first one is recorded (with its own time); the second is the same failure within a minute.
    expect(outcomes(detector.handle(completed(T0 + 3_000, 503)))).toEqual(['whatsapp:server-error:502']);
    expect(detector.due(T0 + RETRY_WINDOW_MS)).toEqual([]);
  });

  it('holds a 5xx again when the earlier one is older than the retry window', () => {
    const detector = new FailureDetector();
    detector.handle(completed(T0, 503));
    expect(detector.handle(completed(T0 + RETRY_WINDOW_MS + 1, 503))).toEqual([]);
    expect(detector.nextDue()).toBe(T0 + RETRY_WINDOW_MS + 1 + SERVER_ERROR_GRACE_MS);
  });

  it('records a 5xx at once while the platform is already failing', () => {
    const detector = new FailureDetector([{ time: T0 - 5 * 60_000, platform: 'whatsapp', host: 'web.whatsapp.com', outcome: 'connection', detail: 'net::ERR_CONNECTION_RESET' }]);
    expect(outcomes(detector.handle(completed(T0, 500)))).toEqual(['whatsapp:server-error:500']);
  });

  it('keeps a held 5xx per platform', () => {
    const detector = new FailureDetector();
    detector.handle(completed(T0, 503, 'whatsapp'));
    detector.handle(completed(T0 + 1_000, 504, 'facebook'));
    detector.handle(completed(T0 + 2_000, 200, 'facebook'));
    expect(outcomes(detector.due(T0 + 60_000))).toEqual(['whatsapp:server-error:503']);
  });

  it('lets a network error replace a held 5xx of the same platform', () => {
    const detector = new FailureDetector();
    detector.handle(completed(T0, 503));
    expect(outcomes(detector.handle(error(T0 + 1_000, 'net::ERR_CONNECTION_REFUSED', 'whatsapp')))).toEqual(['whatsapp:connection:net::ERR_CONNECTION_REFUSED']);
    expect(detector.nextDue()).toBeUndefined();
  });
});

describe('FailureDetector: clearing and sampling successful loads', () => {
  it('records ok after a failure (which clears the alert), then samples ok at most every OK_SAMPLE_MS', () => {
    const detector = new FailureDetector();
    detector.handle(error(T0, 'net::ERR_NAME_NOT_RESOLVED'));
    expect(outcomes(detector.handle(completed(T0 + 60_000, 200, 'facebook')))).toEqual(['facebook:ok:200']);
    expect(detector.handle(completed(T0 + 120_000, 200, 'facebook'))).toEqual([]);
    expect(detector.handle(completed(T0 + 60_000 + OK_SAMPLE_MS - 1, 200, 'facebook'))).toEqual([]);
    expect(outcomes(detector.handle(completed(T0 + 60_000 + OK_SAMPLE_MS, 200, 'facebook')))).toEqual(['facebook:ok:200']);
  });

  it('treats any answer below 500 as the platform working (a redirect, a 404)', () => {
    const detector = new FailureDetector([{ time: T0 - 1, platform: 'facebook', host: 'www.facebook.com', outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' }]);
    expect(outcomes(detector.handle(completed(T0, 404, 'facebook')))).toEqual(['facebook:ok:404']);
  });

  it('records the first load of a platform it has never seen, for the "just me?" judgement', () => {
    expect(outcomes(new FailureDetector().handle(completed(T0, 200, 'twitter')))).toEqual(['twitter:ok:200']);
  });

  it('starts from the stored log after the worker restarts: an active failure is cleared by the next ok', () => {
    const stored: Observation[] = [
      { id: 1, time: T0 - 1_000, platform: 'facebook', host: 'www.facebook.com', outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' },
      { id: 2, time: T0 - 2_000, platform: 'facebook', host: 'www.facebook.com', outcome: 'ok', detail: '200' },
    ];
    const detector = new FailureDetector(stored);
    expect(outcomes(detector.handle(completed(T0, 200, 'facebook')))).toEqual(['facebook:ok:200']);
  });

  it('ignores a completed load without an HTTP status', () => {
    expect(new FailureDetector().handle(completed(T0, 0))).toEqual([]);
  });
});
