/** What the statistics panel prints for a selection, in English and Arabic. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { POPUP_LOCALES } from '../../../components/popup/locales';
import { StatsPanel } from '../../../components/popup/StatsPanel';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { platformStats } from '../../../lib/stats';
import { buildPageContext, PageContextProvider } from '../../../lib/ui/page-context';
import { selectIncidents } from '../../../lib/ui/popup-state';
import { incident, SAMPLE } from './fixtures';

const NOW = Date.parse('2025-06-01T00:00Z');
const host = document.createElement('div');
afterEach(() => render(null, host));

function show(incidents = SAMPLE, settings: Partial<Settings> = {}) {
  const ctx = buildPageContext({ getSettings: async () => DEFAULT_SETTINGS }, { ...DEFAULT_SETTINGS, language: 'en', ...settings }, POPUP_LOCALES);
  const known = incidents.filter((i) => i.duration).length;
  render(
    <PageContextProvider value={ctx}>
      <StatsPanel stats={platformStats(incidents)} knownDurations={known} now={NOW} />
    </PageContextProvider>,
    host,
  );
  return Object.fromEntries([...host.querySelectorAll('.stat')].map((s) => [s.querySelector('dt')!.textContent, s.querySelector('dd')!.textContent]));
}

describe('StatsPanel', () => {
  it('prints count, last outage and how long ago, longest, total and median for a platform', () => {
    expect(show(selectIncidents(SAMPLE, 'whatsapp'))).toEqual({
      Outages: '3since 2021',
      'Last outage': 'Oct 25, 20223 years ago',
      'Longest known': 'about 6\u00a0hours2021',
      'Total downtime': 'about 9\u00a0hoursfrom 3 known durations',
      Median: '2\u00a0hoursfrom 3 known durations',
    });
  });

  it('says that longest and total, like the median, are over the known durations only', () => {
    const withUnknown = [...selectIncidents(SAMPLE, 'whatsapp'), incident('2024-07-01-unknown-length', ['whatsapp'])];
    const stats = show(withUnknown);
    expect(stats['Outages']).toBe('4since 2021');
    expect(stats['Longest known']).toBe('about 6\u00a0hours2021');
    expect(stats['Total downtime']).toBe('about 9\u00a0hoursfrom 3 known durations');
    expect(stats['Median']).toBe('2\u00a0hoursfrom 3 known durations');
    const ar = show(withUnknown, { language: 'ar', digits: 'latn' });
    expect(ar['أطول مدة معروفة']).toBe('نحو 6\u00a0ساعات2021');
    expect(ar['إجمالي التوقف']).toBe('نحو 9\u00a0ساعاتبحساب 3 مدد معروفة');
  });

  it('writes an Arabic dual on its own, after the card\'s heading, in the nominative', () => {
    const stats = show(selectIncidents(SAMPLE, 'whatsapp'), { language: 'ar', digits: 'latn' });
    expect(stats['الوسيط']).toBe('ساعتانبحساب 3 مدد معروفة');
  });

  it('links the last and the longest outage to their incident pages', () => {
    show(selectIncidents(SAMPLE, 'whatsapp'));
    const links = [...host.querySelectorAll<HTMLAnchorElement>('a.stat-link')].map((a) => a.href);
    expect(links[0]).toMatch(/incident\.html#2022-10-25-whatsapp-global$/);
    expect(links[1]).toMatch(/incident\.html#2021-10-04-meta-dns$/);
  });

  it('says so when no duration is known', () => {
    const stats = show([incident('2023-07-01-x', ['twitter'])]);
    expect(stats['Longest known']).toBe('—');
    expect(stats['Total downtime']).toBe('—no durations known');
    expect(stats['Median']).toBe('—no durations known');
  });

  it('prints Arabic with the chosen digits and the Hijri date beside the Gregorian one', () => {
    const stats = show(selectIncidents(SAMPLE, 'whatsapp'), { language: 'ar', digits: 'arab', hijri: true });
    expect(stats['الأعطال']).toBe('٣منذ ٢٠٢١');
    expect(stats['آخر عطل']).toMatch(/^٢٥ أكتوبر ٢٠٢٢ \(.+ ١٤٤٤ هـ\)قبل ٣ سنوات$/);
  });
});
