/**
 * The failure detector: turns main-frame load events of covered sites into observations for the user's log.
 * Synchronous and pure apart from its own memory, so every rule is tested without a browser.
 *
 * Rules:
 * - A network error is recorded at once: the browser has already shown its own error page, and the next
 *   successful load clears the alert anyway.
 * - A disconnected machine (`ERR_INTERNET_DISCONNECTED`, `NS_ERROR_OFFLINE`, or `navigator.onLine === false`
 *   when any error arrives) is recorded as `offline`, never as a failure of the platform.
 * - A 5xx is held back: a passing 5xx that a retry fixes at once (the site's own auto-retry, the user's
 *   reload) is no outage. It is raised when a second 5xx of the same platform arrives while it is held
 *   (the retry failed too), or when no successful load of the platform follows within
 *   SERVER_ERROR_GRACE_MS. While the platform is already failing, a 5xx is recorded at once.
 *   RETRY_WINDOW_MS bounds "while it is held" should the grace timer run late (a throttled worker).
 * - A successful load (status below 500) of a failing platform records `ok`, which clears the alert (of any
 *   platform, after being offline: the device is back online);
 *   otherwise an `ok` is sampled at most once per OK_SAMPLE_MS per platform, enough for
 *   "other platforms are loading fine" without logging every page view.
 * - The same outcome for the same platform within REPEAT_MS is one observation (an auto-reloading
 *   error page does not flood the log).
 */
import type { PlatformId } from '../incidents/types';
import type { ErrorClass, Observation } from '../observations';
import { classifyError, isServerError } from './classify';

export const SERVER_ERROR_GRACE_MS = 10_000;
export const RETRY_WINDOW_MS = 120_000;
export const REPEAT_MS = 60_000;
export const OK_SAMPLE_MS = 15 * 60_000;

/** One finished main-frame load of a covered host, as the webRequest listeners see it. */
export interface MainFrameLoad {
  time: number;
  tabId: number;
  platform: PlatformId;
  host: string;
}

export type DetectorEvent =
  | (MainFrameLoad & { kind: 'error'; error: string; online: boolean })
  | (MainFrameLoad & { kind: 'completed'; status: number });

/** An observation to store, with the tab it happened in (for the per-tab badge). */
export interface Detected {
  observation: Observation;
  tabId: number;
}

const isFailure = (o: Observation | undefined): o is Observation & { outcome: ErrorClass } => !!o && o.outcome !== 'ok';

export class FailureDetector {
  /** The latest observation per platform: what is stored, plus what this detector has returned since. */
  private readonly latest = new Map<PlatformId, Observation>();
  /** 5xx loads waiting for their grace period, per platform. */
  private readonly pending = new Map<PlatformId, Detected>();

  /** `stored`: the log as it is (any order); only the latest per platform matters. */
  constructor(stored: Iterable<Observation> = []) {
    for (const o of stored) this.remember(o);
  }

  /** The observations this event adds to the log (none, one, or a held 5xx and this one). */
  handle(event: DetectorEvent): Detected[] {
    const base = { time: event.time, platform: event.platform, host: event.host };
    if (event.kind === 'error') {
      const cls = classifyError(event.error);
      if (cls === 'ignore') return [];
      this.pending.delete(event.platform);
      const outcome: ErrorClass = !event.online ? 'offline' : cls;
      return this.record({ observation: { ...base, outcome, detail: event.error }, tabId: event.tabId });
    }
    if (event.status < 100) return [];
    if (!isServerError(event.status)) {
      // A load that works: a held 5xx was a passing one, and an active failure is over.
      this.pending.delete(event.platform);
      const last = this.latest.get(event.platform);
      const wasOffline = this.offlineSinceLastOk();
      if (isFailure(last) || wasOffline || !last || event.time - last.time >= OK_SAMPLE_MS) {
        return this.record({ observation: { ...base, outcome: 'ok', detail: String(event.status) }, tabId: event.tabId });
      }
      return [];
    }
    const detected: Detected = { observation: { ...base, outcome: 'server-error', detail: String(event.status) }, tabId: event.tabId };
    const held = this.pending.get(event.platform);
    if (held && event.time - held.observation.time <= RETRY_WINDOW_MS) {
      this.pending.delete(event.platform);
      return [...this.record(held), ...this.record(detected)];
    }
    if (isFailure(this.latest.get(event.platform))) return this.record(detected);
    this.pending.set(event.platform, detected);
    return [];
  }

  /** Held 5xx loads whose grace period has passed without a successful load: raised now. */
  due(now: number): Detected[] {
    const raised: Detected[] = [];
    for (const [platform, held] of this.pending) {
      if (now - held.observation.time < SERVER_ERROR_GRACE_MS) continue;
      this.pending.delete(platform);
      raised.push(...this.record(held));
    }
    return raised;
  }

  /** When `due` next has something to raise, if anything is held. */
  nextDue(): number | undefined {
    const times = [...this.pending.values()].map((d) => d.observation.time + SERVER_ERROR_GRACE_MS);
    return times.length ? Math.min(...times) : undefined;
  }

  /** Whether the device was last seen offline: an offline observation newer than every successful load. */
  private offlineSinceLastOk(): boolean {
    const latest = [...this.latest.values()];
    const lastOk = Math.max(-Infinity, ...latest.filter((o) => o.outcome === 'ok').map((o) => o.time));
    return latest.some((o) => o.outcome === 'offline' && o.time > lastOk);
  }

  private record(detected: Detected): Detected[] {
    const last = this.latest.get(detected.observation.platform);
    const o = detected.observation;
    if (last && last.outcome === o.outcome && o.outcome !== 'ok' && o.time - last.time < REPEAT_MS && o.time >= last.time) return [];
    this.remember(o);
    return [detected];
  }

  private remember(o: Observation): void {
    const last = this.latest.get(o.platform);
    if (!last || o.time >= last.time) this.latest.set(o.platform, o);
  }
}
