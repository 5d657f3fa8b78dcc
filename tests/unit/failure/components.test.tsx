import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FailureAlert } from '../../../components/failure/FailureAlert';
import { NotifyToggle } from '../../../components/failure/NotifyToggle';
import { ObservationLog } from '../../../components/failure/ObservationLog';
import { openStore, type OutageStore } from '../../../lib/db';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { buildPageContext, PageContextProvider } from '../../../lib/ui/page-context';
import { INCIDENTS, MIN, obs, T0 } from './fixtures';
import { freshMountPoint } from '../mount-point';

const saved = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../../../components/incident/download', () => ({
  saveTextFile: (_doc: Document, name: string, _type: string, text: string) => saved.push({ name, text }),
}));

let store: OutageStore;
let container: HTMLElement;

const settle = () => vi.waitFor(() => new Promise((r) => setTimeout(r, 0)));
const text = () => (container.textContent ?? '').replace(/[\u2068\u2069]/g, '');

function show(node: preact.ComponentChild, settings: Partial<Settings> = {}) {
  const ctx = buildPageContext(store, { ...DEFAULT_SETTINGS, ...settings }, [], 'en-US');
  render(<PageContextProvider value={ctx}>{node}</PageContextProvider>, container);
}

freshMountPoint((element) => (container = element));
beforeEach(() => {
  fakeBrowser.reset();
  store = openStore({ factory: new IDBFactory(), bundled: { version: 'test', incidents: INCIDENTS } });
  saved.length = 0;
});
afterEach(() => store.close());

describe('FailureAlert', () => {
  it('renders nothing while nothing fails', async () => {
    await store.addObservation(obs('facebook', 'ok', T0 - MIN));
    show(<FailureAlert incidents={INCIDENTS} now={T0} />);
    await settle();
    expect(container.innerHTML).toBe('');
  });

  it('leads with the failure: what, when, plain words, the judgement, past incidents of the kind and live status', async () => {
    await store.addObservation(obs('twitter', 'ok', T0 - 10 * MIN));
    await store.addObservation(obs('facebook', 'dns', T0 - 3 * MIN));
    show(<FailureAlert incidents={INCIDENTS} now={T0} />);
    await vi.waitFor(() => expect(container.querySelector('.failure-alert')).not.toBeNull());
    const alert = container.querySelector('.failure-alert')!;
    expect(alert.getAttribute('data-failure')).toBe('dns');
    expect(alert.querySelector('h2')!.textContent!.replace(/[\u2068\u2069]/g, '')).toBe('Facebook did not load');
    expect(text()).toContain('3 minutes ago');
    expect(text()).toContain('could not find the address of www.facebook.com');
    expect(text()).toContain('net::ERR_NAME_NOT_RESOLVED');
    expect(text()).toContain('Other platforms you opened recently loaded fine: X (Twitter). So this looks like a problem at Facebook, not your connection.');
    // A name with parentheses of its own is never put inside parentheses.
    expect(container.querySelector('.failure-judgement')!.textContent).not.toMatch(/\([^)]*\(/);
    expect(text()).toContain('When Facebook failed like this before');
    expect([...alert.querySelectorAll('[data-incident]')].map((e) => e.getAttribute('data-incident'))).toEqual(['2021-10-04-meta-global']);
    expect([...alert.querySelectorAll('.failure-status a')].map((a) => a.getAttribute('href'))).toEqual(['https://metastatus.com/', 'https://downdetector.com/status/facebook/']);
    expect(alert.querySelector<HTMLAnchorElement>('.failure-retry')!.href).toBe('https://www.facebook.com/');
  });

  it("leads with the failure of the platform the popup shows when several fail", async () => {
    await store.addObservation(obs('facebook', 'dns', T0 - 5 * MIN));
    await store.addObservation(obs('whatsapp', 'server-error', T0 - MIN, '503'));
    show(<FailureAlert incidents={INCIDENTS} now={T0} />);
    await vi.waitFor(() => expect(container.querySelector('.failure-alert')?.getAttribute('data-failure')).toBe('server-error'));
    show(<FailureAlert incidents={INCIDENTS} platform="facebook" now={T0} />);
    await vi.waitFor(() => expect(container.querySelector('.failure-alert')?.getAttribute('data-failure')).toBe('dns'));
    show(<FailureAlert incidents={INCIDENTS} platform="twitter" now={T0} />);
    await vi.waitFor(() => expect(container.querySelector('.failure-alert')?.getAttribute('data-failure')).toBe('server-error'));
  });

  it('says "you are offline" without blaming the platform or listing its outages', async () => {
    await store.addObservation(obs('facebook', 'offline', T0, 'net::ERR_INTERNET_DISCONNECTED'));
    show(<FailureAlert incidents={INCIDENTS} now={T0} />);
    await vi.waitFor(() => expect(container.querySelector('.failure-alert')).not.toBeNull());
    expect(container.querySelector('h2')!.textContent).toBe('You are offline');
    expect(text()).toContain('It is not an outage of Facebook');
    expect(container.querySelectorAll('[data-incident], .failure-status, .failure-retry')).toHaveLength(0);
  });

  it('writes Arabic with the Latin host isolated', async () => {
    await store.addObservation(obs('whatsapp', 'server-error', T0 - MIN, '503'));
    await store.addObservation(obs('instagram', 'server-error', T0 - 2 * MIN, '502'));
    show(<FailureAlert incidents={INCIDENTS} now={T0} />, { language: 'ar' });
    await vi.waitFor(() => expect(container.querySelector('.failure-alert')).not.toBeNull());
    expect(container.querySelector('h2')!.textContent).toBe('تعذّر فتح \u2068واتساب\u2069');
    expect(container.textContent).toContain('\u2068www.whatsapp.com\u2069');
    // Instagram failing too, same company: a company-wide outage.
    expect(container.textContent).toContain('تديرها الشركة نفسها');
    expect(container.querySelector('[data-incident]')!.getAttribute('data-incident')).toBe('2019-03-13-meta-server-config');
  });
});

describe('ObservationLog', () => {
  beforeEach(async () => {
    await store.addObservation(obs('facebook', 'dns', T0 - 26 * 60 * MIN));
    await store.addObservation(obs('facebook', 'ok', T0 - 2 * MIN));
    await store.addObservation(obs('whatsapp', 'server-error', T0 - MIN, '503'));
  });

  it('lists the observations per day and per platform', async () => {
    show(<ObservationLog />);
    await vi.waitFor(() => expect(container.querySelectorAll('.failure-log-day')).toHaveLength(2));
    const [today, yesterday] = [...container.querySelectorAll('.failure-log-day')];
    expect(today!.hasAttribute('open')).toBe(true);
    expect(yesterday!.hasAttribute('open')).toBe(false);
    expect(today!.querySelectorAll('.failure-log-platform')).toHaveLength(2);
    expect(today!.querySelector('summary')!.textContent).toContain('1 failure');
    expect(today!.textContent).toContain('server error (HTTP 503)');
    expect(today!.textContent).toContain('loaded normally');
    expect(yesterday!.textContent).toContain('address not found (DNS error)');
  });

  it('counts failed loads in Arabic as failed attempts, not as outages (عطل is for the platforms)', async () => {
    show(<ObservationLog />, { language: 'ar' });
    await vi.waitFor(() => expect(container.querySelectorAll('.failure-log-day')).toHaveLength(2));
    const [today, yesterday] = [...container.querySelectorAll('.failure-log-day')];
    expect(today!.querySelector('summary .failure-log-count')!.textContent).toBe('محاولة فتح فاشلة واحدة');
    expect([...today!.querySelectorAll('.failure-log-platform .failure-log-count')].map((e) => e.textContent).sort()).toEqual(['لا محاولات فتح فاشلة', 'محاولة فتح فاشلة واحدة']);
    expect(yesterday!.querySelector('summary .failure-log-count')!.textContent).toBe('محاولة فتح فاشلة واحدة');
    expect([...container.querySelectorAll('.failure-log-count')].map((e) => e.textContent).join(' ')).not.toMatch(/عطل|أعطال/);
  });

  it('asks about the only entry as the only entry, in both languages', async () => {
    await store.clearObservations();
    await store.addObservation(obs('facebook', 'dns', T0 - MIN));
    for (const [language, question] of [
      ['en', 'Delete the only entry in your log? This cannot be undone.'],
      ['ar', 'حذف الإدخال الوحيد في سجلّك؟ لا يمكن التراجع عن ذلك.'],
    ] as const) {
      show(<ObservationLog />, { language });
      await vi.waitFor(() => expect(container.querySelector('.failure-log-actions')).not.toBeNull());
      container.querySelector<HTMLButtonElement>('.failure-log-actions .danger')!.click();
      await settle();
      expect(container.querySelector('#failure-log-confirm-text')!.textContent).toBe(question);
      render(null, container);
    }
  });

  it('exports JSON and CSV', async () => {
    show(<ObservationLog />);
    await vi.waitFor(() => expect(container.querySelector('.failure-log-actions')).not.toBeNull());
    const [json, csv] = [...container.querySelectorAll<HTMLButtonElement>('.failure-log-actions button')];
    json!.click();
    csv!.click();
    expect(saved.map((s) => s.name)).toEqual([expect.stringMatching(/^outage-context-log-\d{4}-\d{2}-\d{2}\.json$/), expect.stringMatching(/\.csv$/)]);
    expect(JSON.parse(saved[0]!.text).observations).toHaveLength(3);
    expect(saved[1]!.text.split('\r\n')[0]).toBe('\uFEFFtime_utc,platform,host,outcome,detail');
  });

  it('clears the log only after confirmation, and clears the badge with it', async () => {
    await fakeBrowser.action.setBadgeText({ text: '503' });
    show(<ObservationLog />);
    await vi.waitFor(() => expect(container.querySelector('.failure-log-actions')).not.toBeNull());
    container.querySelector<HTMLButtonElement>('.failure-log-actions .danger')!.click();
    await settle();
    expect(container.querySelector('.failure-log-confirm')!.textContent).toContain('Delete all 3 entries in your log? This cannot be undone.');
    container.querySelector<HTMLButtonElement>('.failure-log-confirm button:not(.danger)')!.click();
    await settle();
    expect(container.querySelector('.failure-log-confirm')).toBeNull();
    expect(await store.observations()).toHaveLength(3);

    container.querySelector<HTMLButtonElement>('.failure-log-actions .danger')!.click();
    await settle();
    container.querySelector<HTMLButtonElement>('.failure-log-confirm .danger')!.click();
    await vi.waitFor(() => expect(text()).toContain('The log was cleared.'));
    expect(await store.observations()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('NotifyToggle', () => {
  it('asks for the notifications permission when turned on, and saves the setting only if granted', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const requestPermission = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const save = vi.fn(async () => undefined);
    show(<NotifyToggle save={save} />);
    const box = () => container.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    await vi.waitFor(() => expect(box().disabled).toBe(false));
    expect(box().checked).toBe(false);

    box().click();
    await vi.waitFor(() => expect(text()).toContain('Notifications were not allowed'));
    expect(requestPermission).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(save).not.toHaveBeenCalled();

    requestPermission.mockResolvedValue(true);
    box().click();
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith({ notifyOnFailure: true }));
  });

  it('gives the permission back when turned off', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    const save = vi.fn(async () => undefined);
    show(<NotifyToggle save={save} />, { notifyOnFailure: true });
    const box = () => container.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    await vi.waitFor(() => expect(box().checked).toBe(true));
    box().click();
    await vi.waitFor(() => expect(remove).toHaveBeenCalledWith({ permissions: ['notifications'] }));
    expect(save).toHaveBeenCalledWith({ notifyOnFailure: false });
  });
});
