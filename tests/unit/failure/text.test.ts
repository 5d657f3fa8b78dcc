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
