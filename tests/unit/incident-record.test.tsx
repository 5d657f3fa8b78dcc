/** The incident page's record: how its facts read after their headings, in both languages. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { IncidentRecord } from '../../components/incident/IncidentRecord';
import { INCIDENT_LOCALES } from '../../components/incident/locales';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { buildPageContext, PageContextProvider } from '../../lib/ui/page-context';
import type { Incident } from '../../lib/incidents/types';
import { incident } from './popup/fixtures';
import { freshMountPoint } from './mount-point';

let host: HTMLElement;
freshMountPoint((element) => (host = element));

function show(record: Incident, settings: Partial<Settings>) {
  const ctx = buildPageContext({ getSettings: async () => DEFAULT_SETTINGS }, { ...DEFAULT_SETTINGS, ...settings }, INCIDENT_LOCALES, 'en-US');
  render(
    <PageContextProvider value={ctx}>
      <IncidentRecord incident={record} />
    </PageContextProvider>,
    host,
  );
  return Object.fromEntries([...host.querySelectorAll('.ip-fact')].map((f) => [f.querySelector('dt')!.textContent, f.querySelector('dd')!]));
}

describe('IncidentRecord', () => {
  const unknownLength = incident('2021-07-04-unknown-length', ['twitter']);

  it('says just "Unknown" under the Duration heading, and the full phrase beside the date', () => {
    const en = show(unknownLength, { language: 'en' });
    expect(en['Duration']!.textContent).toBe('Unknown');
    expect(en['Ended']!.textContent).toBe('Unknown');
    expect(host.querySelector('.ip-lede')!.textContent).toContain('Duration unknown');
    const ar = show(unknownLength, { language: 'ar' });
    expect(ar['المدة']!.textContent).toBe('غير معروفة');
    expect(host.querySelector('.ip-lede')!.textContent).toContain('المدة غير معروفة');
  });

  it('says just "Unknown" under the Cause heading too', () => {
    const record = { ...unknownLength, cause: { category: 'unknown' as const } };
    expect(show(record, { language: 'en' })['Cause']!.querySelector('.ip-cause')!.textContent).toBe('Unknown');
    expect(show(record, { language: 'ar' })['السبب']!.querySelector('.ip-cause')!.textContent).toBe('غير معروف');
  });

  it('writes a dual duration under its heading in the nominative', () => {
    const ar = show(incident('2021-07-04-two-hours', ['twitter'], undefined, { duration: { minutes: 120, qualifier: 'exact' } }), { language: 'ar' });
    expect(ar['المدة']!.textContent).toBe('ساعتان');
  });

  it('gives the Hijri month after the day in the genitive (ذي القعدة)', () => {
    const ar = show(unknownLength, { language: 'ar', digits: 'latn', hijri: true });
    const hijri = ar['البداية']!.querySelector('.oc-hijri')!.textContent!;
    expect(hijri).toMatch(/^هجريًا: 24 ذي القعدة 1442/);
  });
});
