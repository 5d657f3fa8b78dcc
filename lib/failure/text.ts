/**
 * Words for a failure: the toolbar badge and tooltip, the notification, and the labels the popup and the
 * log share. Everything user-visible comes from `locales/<lang>/failure.json`; the badge carries only a
 * code that reads the same in every language (DNS, TLS, an HTTP status, "!").
 */
import arCommon from '../../locales/ar/common.json';
import arFailure from '../../locales/ar/failure.json';
import enCommon from '../../locales/en/common.json';
import enFailure from '../../locales/en/failure.json';
import { dateFormat, isolate, relativeFormat } from '../format';
import { createTranslator, keyPart, type DigitsSetting, type Messages, type Translator } from '../i18n';
import type { Lang } from '../incidents/types';
import type { Observation } from '../observations';
import { PLATFORMS } from '../platforms';
import type { ActiveFailure } from './active';

/** The locale strings of this area, for pages that merge them into their translator. */
export const FAILURE_MESSAGES = { en: enFailure, ar: arFailure };

/** A translator for the background (badge tooltip, notification), where no page context exists. */
export function failureTranslator(lang: Lang, digits: DigitsSetting = 'auto'): Translator {
  const dictionaries: Record<Lang, Messages> = { en: { ...enCommon, ...enFailure }, ar: { ...arCommon, ...arFailure } };
  return createTranslator(dictionaries, lang, digits);
}

/** Badge colour of the offline state: neutral, since no platform is to blame. */
export const OFFLINE_COLOR = '#5F6368';

const HTTP_STATUS = /^\d{3}$/;

/** The HTTP status a server error was recorded with, or "5xx" when the browser gave none. */
export const httpStatus = (detail: string): number | '5xx' => (HTTP_STATUS.test(detail) ? Number(detail) : '5xx');

export function platformName(platform: Observation['platform'], lang: Lang): string {
  return PLATFORMS[platform].name[lang];
}

/** "address not found (DNS error)", "server error (HTTP 503)", "loaded normally". */
export function outcomeLabel(t: Translator, o: Pick<Observation, 'outcome' | 'detail'>): string {
  return t.t(`failure_class_${keyPart(o.outcome)}`, { status: httpStatus(o.detail) });
}

/** The badge code: short enough for the badge (about four characters) and language-neutral. */
export function badgeText(o: Pick<Observation, 'outcome' | 'detail'>): string {
  switch (o.outcome) {
    case 'dns':
      return 'DNS';
    case 'tls':
      return 'TLS';
    case 'server-error':
      return HTTP_STATUS.test(o.detail) ? o.detail : '5xx';
    case 'ok':
      return '';
    default:
      return '!';
  }
}

export function badgeColor(o: Pick<Observation, 'outcome' | 'platform'>): string {
  return o.outcome === 'offline' ? OFFLINE_COLOR : PLATFORMS[o.platform].color;
}

/** A clock time, with the date when it is not today ("14:05", "3 Oct, 23:50"). */
export function formatClock(t: Translator, ms: number, now: number = Date.now()): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay ? { hour: 'numeric', minute: '2-digit' } : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return dateFormat(t.locale, options).format(ms);
}

/** "now", "3 minutes ago", "2 hours ago", through Intl.RelativeTimeFormat. */
export function formatElapsed(t: Translator, fromMs: number, nowMs: number): string {
  const rtf = relativeFormat(t.locale);
  const minutes = Math.max(0, Math.round((nowMs - fromMs) / 60_000));
  if (minutes < 1) return rtf.format(0, 'second');
  if (minutes < 90) return rtf.format(-minutes, 'minute');
  return rtf.format(-Math.round(minutes / 60), 'hour');
}

/** One line of the tooltip or a notification body: "Facebook did not load at 14:05: address not found (DNS error)". */
export function failureSentence(t: Translator, f: ActiveFailure, now: number = Date.now()): string {
  const time = formatClock(t, f.latest.outcome === 'offline' ? f.since : f.latest.time, now);
  if (f.latest.outcome === 'offline') return t.t('failure_title_offline', { time });
  return t.t('failure_title_failing', { platform: isolate(platformName(f.platform, t.lang)), time, what: outcomeLabel(t, f.latest) });
}

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/**
 * The global badge while anything is failing: the most recent failure's code and colour; the tooltip
 * names every failing platform, one per line, under the extension's name. Null when nothing fails.
 */
export function globalBadge(t: Translator, failures: readonly ActiveFailure[], now: number = Date.now()): BadgeState | null {
  const [first] = failures;
  if (!first) return null;
  return { text: badgeText(first.latest), color: badgeColor(first.latest), title: [t.t('extName'), ...failures.map((f) => failureSentence(t, f, now))].join('\n') };
}

/** The badge of the tab a failure happened in: that platform's failure, whatever else is failing. */
export function tabBadge(t: Translator, failure: ActiveFailure, now: number = Date.now()): BadgeState {
  return { text: badgeText(failure.latest), color: badgeColor(failure.latest), title: [t.t('extName'), failureSentence(t, failure, now)].join('\n') };
}
