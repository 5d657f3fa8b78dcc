/**
 * Failure detection in the background: non-blocking webRequest listeners on the covered hosts' main frames
 * feed the detector; what it detects goes to the user's log, and the badge, tooltip and (when the user
 * turned it on and allowed it) a notification follow from the log. Nothing leaves the device.
 *
 * The alert state lives only in the log (the latest observation per platform), so a stopped and restarted
 * worker and the popup, which reads the database directly, see the same thing. The detector's memory is
 * rebuilt from the log on the first event after a start.
 */
import { browser, type Browser } from 'wxt/browser';
import { hasNotifications } from '../browser-differences';
import type { OutageStore } from '../db/store';
import { isolate } from '../format';
import { browserLanguage, resolveLang, type Translator } from '../i18n';
import type { PlatformId } from '../incidents/types';
import type { Settings } from '../settings';
import { viewPath } from '../views';
import { isPlatformId, matchPatterns, platformForUrl } from '../platforms';
import { ACTIVE_FOR_MS } from '../observations';
import { activeFailures, type ActiveFailure } from './active';
import { allTabIds, applyBadges } from './badge';
import { FailureDetector, type Detected, type DetectorEvent, type MainFrameLoad } from './detector';
import { failureTranslator, formatClock, outcomeLabel, platformName } from './text';

export type FailureStore = Pick<OutageStore, 'observations' | 'addObservation' | 'getSettings'>;

export interface FailureDetectionOptions {
  now?: () => number;
  /** `navigator.onLine` in the worker: false means any error is the user's being offline. */
  isOnline?: () => boolean;
}

export interface FailureDetection {
  /** Resolves once every event so far has been handled. */
  idle(): Promise<void>;
  /** Re-derives the badge from the log (done on every worker start). */
  refresh(): Promise<void>;
  /** The user cleared the log: forget what the detector remembers, clear badges and notifications. */
  forget(): Promise<void>;
}

type WebRequestDetails = Browser.webRequest.OnCompletedDetails | Browser.webRequest.OnErrorOccurredDetails;

/** The covered load this is, or null: only top-level loads in a tab the user sees (not prerenders). */
function mainFrameLoad(details: WebRequestDetails, time: number): MainFrameLoad | null {
  if (details.type !== 'main_frame' || details.tabId < 0) return null;
  if ((details as { documentLifecycle?: string }).documentLifecycle === 'prerender') return null;
  const platform = platformForUrl(details.url);
  if (!platform) return null;
  // The host, never the URL: a path or query may identify the user.
  return { time, tabId: details.tabId, platform: platform.id, host: new URL(details.url).hostname };
}

const notificationId = (platform: PlatformId) => `failure-${platform}`;

const EXPIRY_ALARM = 'failure-expiry';

/** The platform a failure notification is about, or undefined for any other id. */
export function notifiedPlatform(id: string): PlatformId | undefined {
  const platform = id.startsWith('failure-') ? id.slice('failure-'.length) : undefined;
  return isPlatformId(platform) ? platform : undefined;
}

/**
 * Opens `url` in a new tab, or in a new window when there is no window to hold a tab: a notification can
 * be clicked while the browser runs without one (macOS), and tabs.create then fails.
 */
export async function openInTabOrWindow(url: string, apis: Pick<typeof browser, 'tabs' | 'windows'> = browser): Promise<void> {
  try {
    await apis.tabs.create({ url });
  } catch (tabError) {
    try {
      await apis.windows.create({ url, focused: true });
    } catch {
      throw tabError;
    }
  }
}

/** A click on a failure notification opens that platform's history in a tab; the view leads with the failure. */
async function openNotified(id: string): Promise<void> {
  const platform = notifiedPlatform(id);
  if (!platform) return;
  await openInTabOrWindow(browser.runtime.getURL(viewPath({ view: 'platform', platform })));
  await browser.notifications.clear(id).catch(() => undefined);
}

/**
 * Listens to notification clicks. Chrome defines `notifications` only while its optional permission is
 * granted: the listener goes in at a worker start when it is, and again whenever the permission is
 * granted, on whatever event object the API then has (never twice on the same one).
 */
function listenToNotificationClicks(): void {
  const heard = new WeakSet<object>();
  const listen = () => {
    const clicked = browser.notifications?.onClicked;
    if (!clicked || heard.has(clicked)) return;
    heard.add(clicked);
    clicked.addListener((id) => {
      openNotified(id).catch((err: unknown) => console.error('[Outage Context] could not open the failure view', err));
    });
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}

/** Registers the listeners synchronously (call it in the background's main) and restores the badge. */
export function registerFailureDetection(store: FailureStore, { now = Date.now, isOnline = () => navigator.onLine }: FailureDetectionOptions = {}): FailureDetection {
  let queue: Promise<void> = Promise.resolve();
  let detector: FailureDetector | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Tabs where a failure happened, and of which platform: they show that platform's badge. */
  const tabPlatforms = new Map<number, PlatformId>();
  let failing = new Set<PlatformId>();

  /** One at a time, in order: each step reads and writes the log. */
  function enqueue(work: () => Promise<void>): Promise<void> {
    queue = queue.then(work).catch((err: unknown) => console.error('[Outage Context] failure detection:', err));
    return queue;
  }

  const recentLog = () => store.observations({ sinceMs: now() - ACTIVE_FOR_MS });

  async function handle(event: DetectorEvent | 'grace-over'): Promise<void> {
    detector ??= new FailureDetector(await recentLog());
    const detected = event === 'grace-over' ? detector.due(now()) : detector.handle(event);
    for (const d of detected) await store.addObservation(d.observation);
    scheduleGrace(detector.nextDue());
    if (detected.length) await update(detected);
  }

  function scheduleGrace(due: number | undefined): void {
    clearTimeout(graceTimer);
    if (due === undefined) return;
    // The worker stays alive well past this after a webRequest event; if it is stopped anyway, the held
    // 5xx is dropped, which errs on the side of no alert.
    graceTimer = setTimeout(() => void enqueue(() => handle('grace-over')), Math.max(0, due - now()) + 50);
  }

  function translatorFor(settings: Settings): Translator {
    // The same "auto" language as the banner, the other text the background writes.
    return failureTranslator(resolveLang(settings.language, browserLanguage()), settings.digits);
  }

  /** Badge, tooltip and notification from the log, after `detected` was added to it. */
  async function update(detected: readonly Detected[]): Promise<void> {
    const time = now();
    const failures = activeFailures(await recentLog(), time);
    const settings = await store.getSettings();
    const t = translatorFor(settings);
    const nowFailing = new Set(failures.map((f) => f.platform));
    const cleared = [...failing].filter((p) => !nowFailing.has(p));
    const fresh = failures.filter((f) => !failing.has(f.platform) && f.latest.outcome !== 'offline' && detected.some((d) => d.observation.platform === f.platform));
    failing = nowFailing;

    for (const d of detected) {
      if (d.observation.outcome === 'ok') tabPlatforms.delete(d.tabId);
      else tabPlatforms.set(d.tabId, d.observation.platform);
    }
    for (const [tabId, platform] of tabPlatforms) if (!nowFailing.has(platform)) tabPlatforms.delete(tabId);
    // When a platform recovers, reset every tab: a restarted worker no longer knows which tabs it marked.
    const tabs = new Set([...(cleared.length ? await allTabIds() : []), ...detected.map((d) => d.tabId), ...tabPlatforms.keys()]);
    await applyBadges(t, failures, time, [...tabs], tabPlatforms);
    await scheduleExpiry(failures);

    if (settings.notifyOnFailure && (fresh.length || cleared.length) && (await notificationsAllowed())) {
      for (const f of fresh) await notify(t, f, time);
      for (const p of cleared) await browser.notifications.clear(notificationId(p));
    }
  }

  /** On a worker start: the badge from the log; a badge left from a failure that has since expired is reset in every tab. */
  async function restore(): Promise<void> {
    const time = now();
    const failures = activeFailures(await recentLog(), time);
    failing = new Set(failures.map((f) => f.platform));
    const stale = !failures.length && (await browser.action.getBadgeText({})) !== '';
    await applyBadges(translatorFor(await store.getSettings()), failures, time, stale ? await allTabIds() : []);
    await scheduleExpiry(failures);
  }

  /**
   * When a failure nobody retried runs out (ACTIVE_FOR_MS after it was seen), every tab's badge follows
   * the log again and its notification goes; otherwise the badge would say "DNS" for the rest of the day.
   * An alarm, not a timer: the worker is stopped long before, and the alarm starts it again.
   */
  async function expire(): Promise<void> {
    const time = now();
    const failures = activeFailures(await recentLog(), time);
    const stillFailing = new Set(failures.map((f) => f.platform));
    const ended = [...failing].filter((p) => !stillFailing.has(p));
    failing = stillFailing;
    for (const [tabId, platform] of tabPlatforms) if (!stillFailing.has(platform)) tabPlatforms.delete(tabId);
    await applyBadges(translatorFor(await store.getSettings()), failures, time, await allTabIds(), tabPlatforms);
    if (ended.length && (await notificationsAllowed())) for (const p of ended) await browser.notifications.clear(notificationId(p));
    await scheduleExpiry(failures);
  }

  async function scheduleExpiry(failures: readonly ActiveFailure[]): Promise<void> {
    if (!failures.length) {
      await browser.alarms.clear(EXPIRY_ALARM);
      return;
    }
    // A second late, so the failure has expired when the alarm fires.
    await browser.alarms.create(EXPIRY_ALARM, { when: Math.min(...failures.map((f) => f.latest.time)) + ACTIVE_FOR_MS + 1000 });
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EXPIRY_ALARM) void enqueue(expire);
  });

  const filter = { urls: matchPatterns(), types: ['main_frame' as const] };
  browser.webRequest.onErrorOccurred.addListener((details) => {
    const load = mainFrameLoad(details, now());
    if (load) void enqueue(() => handle({ ...load, kind: 'error', error: details.error, online: isOnline() }));
  }, filter);
  browser.webRequest.onCompleted.addListener((details) => {
    // A page from the HTTP cache says nothing about the platform's servers.
    if (details.fromCache) return;
    const load = mainFrameLoad(details, now());
    if (load) void enqueue(() => handle({ ...load, kind: 'completed', status: details.statusCode }));
  }, filter);

  async function forgetAll(): Promise<void> {
    clearTimeout(graceTimer);
    detector = undefined;
    const marked = [...tabPlatforms.keys()];
    tabPlatforms.clear();
    const cleared = [...failing];
    failing = new Set();
    const tabs = new Set([...marked, ...(await allTabIds())]);
    await applyBadges(translatorFor(await store.getSettings()), [], now(), [...tabs]);
    await scheduleExpiry([]);
    if (cleared.length && (await notificationsAllowed())) for (const p of cleared) await browser.notifications.clear(notificationId(p));
  }

  listenToNotificationClicks();

  const detection: FailureDetection = { idle: () => queue, refresh: () => enqueue(restore), forget: () => enqueue(forgetAll) };
  void detection.refresh();
  return detection;
}

async function notificationsAllowed(): Promise<boolean> {
  // Without the permission Chrome leaves `browser.notifications` undefined.
  return !!browser.notifications && (await hasNotifications());
}

async function notify(t: Translator, f: ActiveFailure, now: number): Promise<void> {
  await browser.notifications.create(notificationId(f.platform), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t.t('failure_notification_title', { platform: isolate(platformName(f.platform, t.lang)) }),
    message: t.t('failure_notification_body', { what: outcomeLabel(t, f.latest), time: formatClock(t, f.latest.time, now) }),
  });
}
