/** The options page's "About": what is on record, and a short data version for bug reports. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { OPTIONS_LOCALES } from '../../../components/options/locales';
import { openStore } from '../../../lib/db';
import type { Incident, Lang } from '../../../lib/incidents/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { buildPageContext } from '../../../lib/ui/page-context';
import { freshMountPoint } from '../mount-point';
import { SAMPLE } from '../popup/fixtures';

let host: HTMLElement;
freshMountPoint((element) => (host = element));

async function about(incidents: Incident[], lang: Lang = 'en'): Promise<string> {
  const store = openStore({ factory: new IDBFactory(), bundled: { version: '0123456789abcdef', incidents } });
  await act(async () => {
    render(null, host);
    render(<OptionsApp initial={buildPageContext(store, { ...DEFAULT_SETTINGS, language: lang }, OPTIONS_LOCALES)} />, host);
  });
  await act(() => store.health().then(() => undefined));
  return host.querySelector('#about-heading + p')!.textContent!.replace(/[\u2068\u2069]/g, '').trim();
}

it('says how many outages are on record and the years they span', async () => {
  const years = SAMPLE.map((i) => Number(i.start.utc.slice(0, 4)));
  expect(await about(SAMPLE)).toBe(`${SAMPLE.length} outages on record, from ${Math.min(...years)} to ${Math.max(...years)}. Data version 0123456.`);
  expect(await about(SAMPLE, 'ar')).toMatch(new RegExp(`من ${Math.min(...years)} إلى ${Math.max(...years)}\\. إصدار البيانات 0123456\\.$`));
});

it('gives only the data version when nothing is on record', async () => {
  expect(await about([])).toBe('Data version 0123456.');
});
