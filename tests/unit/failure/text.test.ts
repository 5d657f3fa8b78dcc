import { describe, expect, it } from 'vitest';
import { activeFailures } from '../../../lib/failure/active';
import { badgeColor, badgeText, failureTranslator, formatClock, globalBadge, OFFLINE_COLOR, outcomeLabel, tabBadge } from '../../../lib/failure/text';
import { PLATFORMS } from '../../../lib/platforms';
import { MIN, obs, T0 } from './fixtures';

const en = failureTranslator('en');
const ar = failureTranslator('ar');

describe('badge codes and colours', () => {
  it('uses a short, language-neutral code per class', () => {
    expect(badgeText({ outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' })).toBe('DNS');
    expect(badgeText({ outcome: 'tls', detail: 'net::ERR_CERT_DATE_INVALID' })).toBe('TLS');
    expect(badgeText({ outcome: 'server-error', detail: '503' })).toBe('503');
    expect(badgeText({ outcome: 'server-error', detail: 'weird' })).toBe('5xx');
    expect(badgeText({ outcome: 'connection', detail: 'net::ERR_CONNECTION_RESET' })).toBe('!');
    expect(badgeText({ outcome: 'offline', detail: 'net::ERR_INTERNET_DISCONNECTED' })).toBe('!');
    for (const outcome of ['dns', 'tls', 'server-error', 'connection', 'timeout', 'offline'] as const) {
      expect(badgeText({ outcome, detail: '503' }).length).toBeLessThanOrEqual(4);
    }
  });

  it("paints the badge in the platform's colour, and grey when offline", () => {
    expect(badgeColor({ outcome: 'dns', platform: 'facebook' })).toBe(PLATFORMS.facebook.color);
    expect(badgeColor({ outcome: 'server-error', platform: 'whatsapp' })).toBe(PLATFORMS.whatsapp.color);
    expect(badgeColor({ outcome: 'offline', platform: 'facebook' })).toBe(OFFLINE_COLOR);
  });
});

describe('outcome labels', () => {
  it('says every outcome in words, in English and Arabic', () => {
    for (const outcome of ['dns', 'connection', 'timeout', 'tls', 'server-error', 'offline', 'ok'] as const) {
      const o = { outcome, detail: '503' };
      expect(outcomeLabel(en, o)).not.toMatch(/failure_|\{/);
      expect(outcomeLabel(ar, o)).toMatch(/[\u0600-\u06FF]/);
    }
    expect(outcomeLabel(en, { outcome: 'server-error', detail: '503' })).toBe('server error (HTTP 503)');
  });
});

describe('tooltips', () => {
  it('names the failing platform, the time and the failure in words', () => {
    const log = [obs('facebook', 'dns', T0)];
    const badge = globalBadge(en, activeFailures(log, T0), T0)!;
    expect(badge.text).toBe('DNS');
    expect(badge.color).toBe(PLATFORMS.facebook.color);
    const [name, line] = badge.title.split('\n');
    expect(name).toBe('Outage Context');
    expect(line).toContain('Facebook');
    expect(line).toContain(formatClock(en, T0, T0));
    expect(line).toContain('address not found (DNS error)');
  });

  it('leads with the most recent failure and lists every failing platform', () => {
    const log = [obs('facebook', 'dns', T0 - 5 * MIN), obs('whatsapp', 'server-error', T0 - MIN, '503')];
    const badge = globalBadge(en, activeFailures(log, T0), T0)!;
    expect(badge.text).toBe('503');
    expect(badge.color).toBe(PLATFORMS.whatsapp.color);
    expect(badge.title.split('\n')).toHaveLength(3);
    expect(tabBadge(en, activeFailures(log, T0)[1]!, T0).text).toBe('DNS');
  });

  it('says "offline" rather than blaming the platform', () => {
    const badge = globalBadge(en, activeFailures([obs('facebook', 'offline', T0)], T0), T0)!;
    expect(badge.title).toContain('You are offline');
    expect(badge.title).not.toContain('Facebook');
  });

  it('writes the tooltip in Arabic with the platform name isolated', () => {
    const badge = globalBadge(ar, activeFailures([obs('facebook', 'dns', T0)], T0), T0)!;
    expect(badge.title).toContain('سياق الأعطال');
    expect(badge.title).toContain('\u2068فيسبوك\u2069');
  });

  it('is null while nothing fails', () => {
    expect(globalBadge(en, [], T0)).toBeNull();
  });
});

describe('formatClock', () => {
  it('shows the date only when the time is not today', () => {
    expect(formatClock(en, T0, T0 + MIN)).not.toMatch(/Oct/);
    expect(formatClock(en, T0, T0 + 24 * 60 * MIN)).toMatch(/Oct/);
  });
});

describe('counted phrases', () => {
  const counts = [0, 1, 2, 3, 10, 11, 100];

  it('asks to delete the only entry, both entries or all of them, never "the 1 entry"', () => {
    expect(en.plural('failure_log_clear_confirm', 1)).toBe('Delete the only entry in your log? This cannot be undone.');
    expect(en.plural('failure_log_clear_confirm', 7)).toBe('Delete all 7 entries in your log? This cannot be undone.');
    expect(ar.plural('failure_log_clear_confirm', 1)).toBe('حذف الإدخال الوحيد في سجلّك؟ لا يمكن التراجع عن ذلك.');
    expect(ar.plural('failure_log_clear_confirm', 2)).toBe('حذف الإدخالين في سجلّك؟ لا يمكن التراجع عن ذلك.');
    for (const n of counts) for (const t of [en, ar]) expect(t.plural('failure_log_clear_confirm', n)).not.toMatch(/\b1 entry|الإدخال ١|[١1] إدخال/);
  });

  it('calls a failed load a failed attempt in Arabic, every plural form', () => {
    expect(counts.map((n) => ar.plural('failure_log_failures', n))).toEqual([
      'لا محاولات فتح فاشلة',
      'محاولة فتح فاشلة واحدة',
      'محاولتا فتح فاشلتان',
      '3 محاولات فتح فاشلة',
      '10 محاولات فتح فاشلة',
      '11 محاولة فتح فاشلة',
      '100 محاولة فتح فاشلة',
    ]);
  });

  it('makes "like this" agree with the counted outages in Arabic', () => {
    // كهذا after a masculine singular, كهذين after the dual, كهذه after the (non-human) broken plural أعطال.
    const agrees = (text: string) =>
      (/أعطال/.test(text) && /كهذه/.test(text)) || (/عطلان/.test(text) && /كهذين/.test(text)) || (/عطل(?:ًا)? /.test(text) && !/أعطال|عطلان/.test(text) && /كهذا/.test(text));
    for (const key of ['failure_symptom_found', 'failure_symptom_found_on'])
      for (const n of counts) expect(agrees(ar.plural(key, n, { platform: 'فيسبوك' })), `${key} ${n}: ${ar.plural(key, n, { platform: 'فيسبوك' })}`).toBe(true);
    expect(ar.plural('failure_symptom_found', 2)).toBe('عطلان سابقان كهذين');
    expect(ar.plural('failure_symptom_found', 3)).toBe('3 أعطال سابقة كهذه');
    expect(ar.plural('failure_symptom_found', 0)).toBe('لا أعطال سابقة كهذه');
  });
});
