/**
 * The popup App over the real store (fake-indexeddb) and the real search engine, rendered in happy-dom.
 * What a user sees in Chromium is covered by tests/e2e/popup.test.ts; this checks the wiring quickly.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/popup/App';
import { POPUP_LOCALES } from '../../../components/popup/locales';
import { openStore } from '../../../lib/db';
import type { OutageStore } from '../../../lib/db';
import { loadPageContext } from '../../../lib/ui/page-context';
import { loadPopupSearch } from '../../../lib/ui/search-view';
import type { Selection } from '../../../lib/ui/popup-state';
import { buildPageContext } from '../../../lib/ui/page-context';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { SAMPLE } from './fixtures';
import { freshMountPoint } from '../mount-point';

const NOW = Date.parse('2025-06-01T00:00Z');
let host: HTMLElement;
freshMountPoint((element) => (host = element));

async function mount(store: OutageStore, selection: Selection = 'all', query?: string) {
  const ctx = await loadPageContext(store, POPUP_LOCALES);
  const incidents = await store.allIncidents();
  await act(async () => {
    render(
      <App initialContext={ctx} incidents={incidents} initialSelection={selection} initialQuery={query} loadSearch={() => loadPopupSearch(incidents)} now={NOW} />,
      host,
    );
  });
  // Let the store's health check and the search engine load settle.
  await act(() => new Promise((r) => setTimeout(r, 80)));
}

const freshStore = () => openStore({ factory: new IDBFactory(), bundled: { version: 'test', incidents: SAMPLE } });
const ids = () => [...host.querySelectorAll('.list .item')].map((li) => li.getAttribute('data-incident'));
const typeQuery = async (value: string) => {
  const input = host.querySelector<HTMLInputElement>('#search-input')!;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => new Promise((r) => setTimeout(r, 20)));
};

describe('popup App', () => {
  it('lists all incidents newest first with statistics and a chart mark each', async () => {
    await mount(freshStore());
    expect(ids()).toEqual([...SAMPLE].sort((a, b) => b.start.utc.localeCompare(a.start.utc)).map((i) => i.id));
    expect(host.querySelector('[data-stat="count"]')!.textContent).toBe(String(SAMPLE.length));
    expect(host.querySelectorAll('.chart-mark')).toHaveLength(SAMPLE.length);
    // One word for them: "Outages" over "N outages", as on the options page.
    expect(host.querySelector('#list-heading')!.textContent).toBe('Outages');
    expect(host.querySelector('.incidents .list-count')!.textContent).toBe(`${SAMPLE.length} outages`);
    expect([...host.querySelectorAll('.chart table th[scope="col"]')].map((th) => th.textContent)).toEqual(['Year', 'Count', 'Outages']);
    // Inside a sentence, the unknown duration is not capitalised; the list's label beside the date is.
    const rateLimit = [...host.querySelectorAll('.chart table tbody tr')].find((tr) => tr.querySelector('th')!.textContent === '2023')!;
    expect(rateLimit.querySelector('td:last-child')!.textContent).toBe('Outage 2023-07-01-twitter-rate-limit (Jul 1, 2023, duration unknown)');
    expect(host.querySelector('[data-incident="2023-07-01-twitter-rate-limit"] .item-duration')!.textContent).toBe('Duration unknown');
    expect(host.querySelector('[data-stat="ago"]')!.textContent).toBe('15 months ago');
    // Low confidence is visible on the record.
    expect(host.querySelector('[data-incident="2016-01-19-twitter-global"] .badge-low')!.textContent).toBe('Thinly sourced');
  });

  it('opens on one platform and switches with the chips', async () => {
    await mount(freshStore(), 'twitter');
    expect(ids()).toEqual(['2023-07-01-twitter-rate-limit', '2016-01-19-twitter-global']);
    expect(host.querySelector('#stats-heading')!.textContent).toBe('X (Twitter) at a glance');
    await act(async () => host.querySelector<HTMLButtonElement>('[data-platform="whatsapp"]')!.click());
    expect(ids()).toEqual(['2022-10-25-whatsapp-global', '2021-10-04-meta-dns', '2021-03-19-whatsapp-short']);
  });

  it('drops a chosen year when the platform chosen next has no outage that year, and does not bring it back', async () => {
    await mount(freshStore(), 'whatsapp');
    const yearMenu = () => host.querySelector<HTMLSelectElement>('.year-filter select')!;
    const choose = (platform: string) => act(async () => host.querySelector<HTMLButtonElement>(`[data-platform="${platform}"]`)!.click());
    await act(async () => {
      yearMenu().value = '2021';
      yearMenu().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids()).toEqual(['2021-10-04-meta-dns', '2021-03-19-whatsapp-short']);
    await choose('twitter');
    expect(yearMenu().value).toBe('');
    await choose('whatsapp');
    expect(yearMenu().value).toBe('');
    expect(ids()).toEqual(['2022-10-25-whatsapp-global', '2021-10-04-meta-dns', '2021-03-19-whatsapp-short']);
  });

  it('quotes a long pasted query cut short when nothing matches it', async () => {
    await mount(freshStore());
    await typeQuery('qz'.repeat(300));
    expect(host.querySelector('.empty-title')!.textContent).toBe(`No outage matches “${'qz'.repeat(29)}q…”.`);
    // Cut between whole characters: an emoji with its skin tone, a letter with its vowel mark.
    await typeQuery('👍🏽'.repeat(40) + 'بِ'.repeat(40));
    expect(host.querySelector('.empty-title')!.textContent).toBe(`No outage matches “${'👍🏽'.repeat(40)}${'بِ'.repeat(19)}…”.`);
  });

  it('searches as the user types and marks the matches', async () => {
    await mount(freshStore());
    await typeQuery('DNS');
    expect(ids()[0]).toBe('2021-10-04-meta-dns');
    expect([...host.querySelectorAll('.results mark')].some((m) => /dns/i.test(m.textContent!))).toBe(true);
    expect(host.querySelector('.results .list-count')!.textContent).toMatch(/^(one result|\d+ results)$/);
    // The count beside "Results" is lower case in every form, as beside "Outages".
    await typeQuery('zzqx');
    expect(host.querySelector('.results .list-count')!.textContent).toBe('no results');
    await typeQuery('');
    expect(host.querySelector('.results')).toBeNull();
    expect(ids()).toHaveLength(SAMPLE.length);
  });

  it('sets a query with no match apart from the sentence that quotes it, in Arabic', async () => {
    const store = freshStore();
    await store.saveSettings({ language: 'ar' });
    await mount(store);
    await typeQuery('zzqx++');
    const sentence = host.querySelector('.results .empty-title')!;
    expect(sentence.querySelector('bdi')?.textContent).toBe('zzqx++');
    expect(sentence.textContent).toBe('لا عطل يطابق «zzqx++».');
  });

  it('opens on a search from the hash', async () => {
    await mount(freshStore(), 'all', 'whatsapp');
    expect(host.querySelector<HTMLInputElement>('#search-input')!.value).toBe('whatsapp');
    expect(ids()).toContain('2022-10-25-whatsapp-global');
  });

  it('tells the user when storage is unavailable but still shows the history', async () => {
    await mount(openStore({ factory: null, bundled: { version: 'test', incidents: SAMPLE } }));
    expect(host.querySelector('.notice')!.textContent).toBe("Browser storage is unavailable: showing the built-in history; settings won't be kept.");
    expect(ids()).toHaveLength(SAMPLE.length);
  });

  it('says changes are kept when they can wait outside the database', async () => {
    const area = { get: async () => ({}), set: async () => undefined, remove: async () => undefined };
    await mount(openStore({ factory: null, bundled: { version: 'test', incidents: SAMPLE }, unsavedArea: area }));
    expect(host.querySelector('.notice')!.textContent).toBe('Browser storage is unavailable: showing the built-in history; your changes are kept until it works again.');
  });

  it('builds the status links of all platforms when their disclosure opens', async () => {
    await mount(freshStore());
    const details = host.querySelector<HTMLDetailsElement>('details.status')!;
    expect(details.querySelectorAll('.status-link')).toHaveLength(0);
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(details.querySelectorAll('.status-link').length).toBeGreaterThan(6);
  });

  it('re-renders in the stored language when the settings copy it painted from was stale', async () => {
    const store = freshStore();
    const stale = buildPageContext(store, { ...DEFAULT_SETTINGS, language: 'en' }, POPUP_LOCALES);
    const stored = buildPageContext(store, { ...DEFAULT_SETTINGS, language: 'ar' }, POPUP_LOCALES);
    const incidents = await store.allIncidents();
    await act(async () => {
      render(
        <App initialContext={stale} confirmedContext={Promise.resolve(stored)} incidents={incidents} initialSelection="all" loadSearch={() => loadPopupSearch(incidents)} now={NOW} />,
        host,
      );
    });
    await vi.waitFor(() => expect(host.querySelector('.brand-name')!.textContent).toBe('سياق الأعطال'));
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('keeps a setting the user changed before the stored settings were confirmed', async () => {
    const store = freshStore();
    const stale = buildPageContext(store, { ...DEFAULT_SETTINGS, language: 'en' }, POPUP_LOCALES);
    let confirm!: (ctx: typeof stale) => void;
    const confirmedContext = new Promise<typeof stale>((resolve) => (confirm = resolve));
    const incidents = await store.allIncidents();
    await act(async () => {
      render(<App initialContext={stale} confirmedContext={confirmedContext} incidents={incidents} initialSelection="all" loadSearch={() => loadPopupSearch(incidents)} now={NOW} />, host);
    });
    const dialog = host.ownerDocument.querySelector('dialog')!;
    dialog.showModal ??= vi.fn();
    expect(dialog.querySelector('input')).toBeNull();
    await act(async () => host.querySelector<HTMLButtonElement>('.settings-button')!.click());
    const arabic = [...dialog.querySelectorAll<HTMLInputElement>('input[name="language"]')].find((i) => i.value === 'ar')!;
    await act(async () => arabic.click());
    await vi.waitFor(() => expect(host.querySelector('.brand-name')!.textContent).toBe('سياق الأعطال'));
    // The read that started with the popup comes back with what was stored before the change.
    await act(async () => confirm(buildPageContext(store, { ...DEFAULT_SETTINGS, language: 'en', digits: 'latn' }, POPUP_LOCALES)));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(host.querySelector('.brand-name')!.textContent).toBe('سياق الأعطال');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('switches to Arabic, right to left, when the language is changed in the settings', async () => {
    const store = freshStore();
    await mount(store);
    const dialog = host.ownerDocument.querySelector('dialog')!;
    dialog.showModal ??= vi.fn();
    await act(async () => host.querySelector<HTMLButtonElement>('.settings-button')!.click());
    const arabic = [...dialog.querySelectorAll<HTMLInputElement>('input[name="language"]')].find((i) => i.value === 'ar')!;
    await act(async () => arabic.click());
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(host.querySelector('.brand-name')!.textContent).toBe('سياق الأعطال');
    expect((await store.getSettings()).language).toBe('ar');
  });
});
