/**
 * "What are you seeing?": the matching and its words (pure), the component in happy-dom, and its place in
 * the popup. What a user sees in Chromium is covered by tests/e2e/symptoms.test.ts.
 */
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SymptomCheck } from '../../../components/failure/SymptomCheck';
import { App } from '../../../components/popup/App';
import { POPUP_LOCALES } from '../../../components/popup/locales';
import { openStore, type OutageStore } from '../../../lib/db';
import { latestExplanation, REPORTED_SYMPTOMS, statusPlatforms, statusSites, symptomMatches } from '../../../lib/failure/symptom-check';
import { FAILURE_MESSAGES } from '../../../lib/failure/text';
import type { Incident, PlatformId } from '../../../lib/incidents/types';
import { SYMPTOMS } from '../../../lib/incidents/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { buildPageContext, loadPageContext, PageContextProvider } from '../../../lib/ui/page-context';
import { symptomLabel } from '../../../lib/ui/vocab';
import { loadPopupSearch } from '../../../lib/ui/search-view';
import { INCIDENTS, incident, MIN, obs, T0 } from './fixtures';
import { freshMountPoint } from '../mount-point';

const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '');

/** The 2024 log-out as the bundled record states its cause. */
const LOGOUT: Incident = {
  ...INCIDENTS.find((i) => i.id === '2024-03-05-meta-logout')!,
  cause: {
    category: 'unknown',
    stated: { en: 'Meta said a technical issue had made some of its services hard to reach.', ar: 'قالت ميتا إن مشكلة تقنية صعّبت الوصول إلى بعض خدماتها.' },
  },
};
const WITH_LOGOUT = INCIDENTS.map((i) => (i.id === LOGOUT.id ? LOGOUT : i));

function translator(language: Settings['language']) {
  return buildPageContext({ getSettings: async () => DEFAULT_SETTINGS }, { ...DEFAULT_SETTINGS, language }, [FAILURE_MESSAGES], 'en-US').t;
}

describe('symptomMatches', () => {
  it("matches a forced log-out on Facebook to the 5 March 2024 log-out", () => {
    expect(symptomMatches(INCIDENTS, 'logged-out', 'facebook')).toEqual({ kind: 'asked', incidents: [INCIDENTS[2]] });
  });

  it('lists every match of the platform, newest first', () => {
    expect(ids(symptomMatches(INCIDENTS, 'logged-out', 'instagram').incidents)).toEqual(['2024-03-05-meta-logout', '2022-10-31-instagram-suspension-bug']);
    expect(ids(symptomMatches(INCIDENTS, 'login', 'facebook').incidents)).toEqual(['2024-03-05-meta-logout', '2021-10-04-meta-global']);
  });

  it('matches every platform when none is asked about', () => {
    expect(symptomMatches(INCIDENTS, 'posting')).toEqual({ kind: 'asked', incidents: [INCIDENTS[0], INCIDENTS[4]] });
  });

  it("falls back to other platforms' incidents when the platform has none on record", () => {
    expect(symptomMatches(INCIDENTS, 'logged-out', 'whatsapp')).toEqual({ kind: 'elsewhere', incidents: [INCIDENTS[2], INCIDENTS[5]] });
  });

  it('is empty when no platform has the symptom on record', () => {
    expect(symptomMatches(INCIDENTS, 'messaging', 'facebook')).toEqual({ kind: 'elsewhere', incidents: [] });
    expect(symptomMatches(INCIDENTS, 'messaging')).toEqual({ kind: 'asked', incidents: [] });
    expect(symptomMatches([], 'feed', 'twitter').incidents).toEqual([]);
  });

  it('offers only symptoms of the closed vocabulary, and not the load failure the detector sees', () => {
    expect(REPORTED_SYMPTOMS.every((s) => SYMPTOMS.includes(s))).toBe(true);
    expect(REPORTED_SYMPTOMS).not.toContain('cannot-load');
  });
});

describe('statusPlatforms', () => {
  it('links the platform asked about, else each platform the matches hit in registry order', () => {
    expect(statusPlatforms(INCIDENTS, 'whatsapp')).toEqual(['whatsapp']);
    expect(statusPlatforms(symptomMatches(INCIDENTS, 'logged-out').incidents)).toEqual(['facebook', 'instagram', 'messenger', 'threads']);
    expect(statusPlatforms([])).toEqual([]);
  });
});

describe('statusSites', () => {
  it("groups the platforms' live-status pages by site, each page once, per-platform sites last", () => {
    const sites = statusSites(['facebook', 'whatsapp', 'twitter', 'instagram']).map((s) => [s.label.en, s.pages.map((p) => p.url)]);
    expect(sites).toEqual([
      ['Meta Status (business products)', ['https://metastatus.com/']],
      ['WhatsApp Business API status', ['https://metastatus.com/whatsapp-business-api']],
      ['X API status', ['https://api.twitterstat.us/']],
      [
        'Downdetector',
        ['facebook', 'whatsapp', 'twitter', 'instagram'].map((slug) => `https://downdetector.com/status/${slug}/`),
      ],
    ]);
    expect(statusSites(['instagram']).map((s) => s.pages)).toEqual([
      [{ url: 'https://metastatus.com/', platform: 'instagram' }],
      [{ url: 'https://downdetector.com/status/instagram/', platform: 'instagram' }],
    ]);
    expect(statusSites([])).toEqual([]);
  });
});

describe('latestExplanation', () => {
  it('says in one line when, where and what users saw, then what the company said', () => {
    const { what, why } = latestExplanation(translator('en'), LOGOUT, 'logged-out');
    expect(plain(what)).toBe('On Mar 5, 2024, during an outage of Facebook, Instagram, Threads, and Messenger, many users were logged out.');
    expect(why).toBe('Meta said a technical issue had made some of its services hard to reach.');
  });

  it('says when the company gave no cause, or names the reported cause', () => {
    const t = translator('en');
    expect(latestExplanation(t, INCIDENTS[2]!, 'login')).toMatchObject({ what: expect.stringMatching(/many users could not log in\.$/), why: 'The company did not say what caused it.' });
    expect(latestExplanation(t, INCIDENTS[5]!, 'account-suspended')).toMatchObject({
      what: expect.stringMatching(/many users were told their accounts were suspended\.$/),
      why: 'Reported cause: Software bug.',
    });
  });

  it('has a sentence for every symptom in both languages', () => {
    for (const language of ['en', 'ar'] as const) {
      const t = translator(language);
      for (const symptom of REPORTED_SYMPTOMS) expect(latestExplanation(t, LOGOUT, symptom).what).not.toMatch(/failure_|\{/);
    }
  });

  it('writes Arabic with an Arabic date and the platform names isolated', () => {
    const { what, why } = latestExplanation(translator('ar'), LOGOUT, 'logged-out');
    const text = `${what} ${why}`;
    expect(text).toContain('\u2068فيسبوك\u2069');
    // Intl writes the date (its digits follow the locale's default and the user's digits setting).
    expect(text).toMatch(/^في [5٥] مارس [2٢][0٠][2٢][4٤]، /);
    expect(text).toContain('خرج كثير من المستخدمين من حساباتهم');
    expect(text).toContain('قالت ميتا');
  });
});

describe('the symptom choices', () => {
  it('are named as the incident page names the symptoms (one name for a suspension)', () => {
    const en = translator('en');
    expect(REPORTED_SYMPTOMS.map((s) => symptomLabel(en, s))).toEqual([
      'Logged out',
      "Can't log in",
      'Messages not sending',
      'Feed not loading',
      "Can't post",
      'Media uploads failing',
      'Account suspended',
    ]);
    const ar = translator('ar');
    expect(symptomLabel(ar, 'logged-out')).toBe('خروج مفاجئ من الحسابات');
    expect(symptomLabel(ar, 'account-suspended')).toBe('تعليق الحساب');
  });
});

describe('SymptomCheck', () => {
  let container: HTMLElement;
  freshMountPoint((element) => (container = element));

  const store = { getSettings: async () => DEFAULT_SETTINGS };
  async function show(incidents: readonly Incident[], platform?: PlatformId, language: Settings['language'] = 'en') {
    const ctx = buildPageContext(store, { ...DEFAULT_SETTINGS, language }, [], 'en-US');
    await act(async () => render(<PageContextProvider value={ctx}><SymptomCheck incidents={incidents} platform={platform} /></PageContextProvider>, container));
  }
  const details = () => container.querySelector('details')!;
  const choice = (symptom: string) => container.querySelector<HTMLButtonElement>(`[data-symptom="${symptom}"]`)!;
  const listed = () => [...container.querySelectorAll('.symptom-list [data-incident]')].map((li) => li.getAttribute('data-incident'));
  const statusLinks = () => [...container.querySelectorAll('.symptom-status a')].map((a) => a.getAttribute('href'));
  async function open() {
    await act(async () => container.querySelector('summary')!.click());
    await act(() => new Promise((r) => setTimeout(r, 0)));
  }
  const choose = (symptom: string) => act(async () => choice(symptom).click());

  it('is one closed line until opened, and shows no incidents while closed', async () => {
    await show(WITH_LOGOUT, 'facebook');
    expect(details().open).toBe(false);
    expect(plain(container.querySelector('summary')!.textContent)).toBe('What are you seeing?');
    await open();
    expect(details().open).toBe(true);
    expect(container.querySelectorAll('.symptom-choice')).toHaveLength(REPORTED_SYMPTOMS.length);
    expect(container.querySelector('[role="group"]')!.getAttribute('aria-labelledby')).toBe('symptom-heading');
    expect([...container.querySelectorAll('.symptom-choice')].every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(container.querySelector('[data-incident]')).toBeNull();
  });

  it("choosing 'Logged out' on Facebook lists the 5 March 2024 log-out with plain words and Facebook's live status", async () => {
    await show(WITH_LOGOUT, 'facebook');
    await open();
    await choose('logged-out');
    expect(choice('logged-out').getAttribute('aria-pressed')).toBe('true');
    expect(listed()).toEqual(['2024-03-05-meta-logout']);
    expect(plain(container.querySelector('.symptom-explain')!.textContent)).toBe(
      'On Mar 5, 2024, during an outage of Facebook, Instagram, Threads, and Messenger, many users were logged out. Meta said a technical issue had made some of its services hard to reach.',
    );
    expect(plain(container.querySelector('[role="status"]')!.textContent)).toBe('One past outage of Facebook like this');
    expect(statusLinks()).toEqual(['https://metastatus.com/', 'https://downdetector.com/status/facebook/']);
    // One platform's list: no platform badges, the platform's accent.
    expect(container.querySelector('.symptom-list .item-tags')).toBeNull();
  });

  it('lists the matches of a choice pressed before the toggle event of the opening arrives', async () => {
    await show(WITH_LOGOUT, 'facebook');
    // Chromium can deliver the toggle event tens of milliseconds after the panel opened (seen under load).
    details().addEventListener('toggle', (e) => e.stopImmediatePropagation(), { capture: true, once: true });
    await open();
    await choose('logged-out');
    expect(listed()).toEqual(['2024-03-05-meta-logout']);
  });

  it('switches symptom, clears on a second press, and follows the platform shown', async () => {
    await show(WITH_LOGOUT, 'instagram');
    await open();
    await choose('logged-out');
    expect(listed()).toEqual(['2024-03-05-meta-logout', '2022-10-31-instagram-suspension-bug']);
    await choose('account-suspended');
    expect(choice('logged-out').getAttribute('aria-pressed')).toBe('false');
    expect(listed()).toEqual(['2022-10-31-instagram-suspension-bug']);
    await choose('account-suspended');
    expect(container.querySelector('[aria-pressed="true"]')).toBeNull();
    expect(listed()).toEqual([]);
    expect(container.querySelector('[role="status"]')!.textContent).toBe('');
    await choose('login');
    await show(WITH_LOGOUT, 'facebook');
    expect(listed()).toEqual(['2024-03-05-meta-logout', '2021-10-04-meta-global']);
  });

  it('over all platforms lists every match with its platforms, and each platform hit gets its status links', async () => {
    await show(WITH_LOGOUT);
    await open();
    await choose('logged-out');
    expect(listed()).toEqual(['2024-03-05-meta-logout', '2022-10-31-instagram-suspension-bug']);
    expect(container.querySelectorAll('.symptom-list .item-tags .oc-platform').length).toBe(5);
    expect(plain(container.querySelector('[role="status"]')!.textContent)).toBe('2 past outages like this');
    // Meta Status once; Downdetector's page of each platform hit, named by the platform.
    expect(statusLinks()).toEqual([
      'https://metastatus.com/',
      ...['facebook', 'instagram', 'facebook-messenger', 'threads'].map((slug) => `https://downdetector.com/status/${slug}/`),
    ]);
    const perPlatform = [...container.querySelectorAll('.symptom-status .is-per-platform a')];
    expect(perPlatform.map((a) => plain(a.textContent))).toEqual(['Downdetector Facebook', 'Downdetector Instagram', 'Downdetector Messenger', 'Downdetector Threads']);
  });

  it('says when the platform has none on record and shows the other platforms instead', async () => {
    await show(WITH_LOGOUT, 'whatsapp');
    await open();
    await choose('logged-out');
    expect(plain(container.querySelector('[role="status"]')!.textContent)).toBe('No past outage of WhatsApp like this is on record, but it happened 2 times on other platforms:');
    expect(listed()).toEqual(['2024-03-05-meta-logout', '2022-10-31-instagram-suspension-bug']);
    // The user is on WhatsApp: its live status, not the other platforms'.
    expect(statusLinks()).toEqual(['https://metastatus.com/whatsapp-business-api', 'https://downdetector.com/status/whatsapp/']);
    await choose('messaging');
    expect(plain(container.querySelector('[role="status"]')!.textContent)).toBe('No past outage like this is on record.');
    expect(container.querySelector('.symptom-explain')).toBeNull();
  });

  it('shows three matches, then all of them on request', async () => {
    const many = ['2012-01-01', '2013-01-01', '2014-01-01', '2015-01-01', '2016-01-01'].map((day) => incident(`${day}-feed`, ['twitter'], 'unknown', ['feed']));
    await show(many, 'twitter');
    await open();
    await choose('feed');
    expect(listed()).toEqual(['2016-01-01-feed', '2015-01-01-feed', '2014-01-01-feed']);
    const more = container.querySelector<HTMLButtonElement>('.symptom-more')!;
    expect(more.textContent).toBe('Show all 5');
    await act(async () => more.click());
    expect(listed()).toHaveLength(5);
    expect(container.querySelector('.symptom-more')).toBeNull();
  });

  it('moves through the matches with the arrow keys and back up to the chosen symptom', async () => {
    await show(WITH_LOGOUT, 'instagram');
    await open();
    await choose('logged-out');
    const links = [...container.querySelectorAll<HTMLElement>('.symptom-list [data-nav]')];
    const key = (target: HTMLElement, k: string) => act(async () => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    links[0]!.focus();
    await key(links[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(links[1]);
    await key(links[1]!, 'Home');
    expect(document.activeElement).toBe(links[0]);
    await key(links[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(choice('logged-out'));
  });

  it('is all Arabic in Arabic, names and host isolated', async () => {
    await show(WITH_LOGOUT, 'facebook', 'ar');
    expect(container.querySelector('summary')!.textContent).toBe('ما الذي تواجهه؟');
    await open();
    expect([...container.querySelectorAll('.symptom-choice')].map((b) => b.textContent)).toEqual([
      'خروج مفاجئ من الحسابات',
      'تعذّر تسجيل الدخول',
      'تعذّر إرسال الرسائل',
      'تعطّل الصفحة الرئيسية',
      'تعذّر النشر',
      'تعذّر رفع الصور والفيديو',
      'تعليق الحساب',
    ]);
    await choose('logged-out');
    expect(container.querySelector('[role="status"]')!.textContent).toBe('عطل سابق واحد كهذا في \u2068فيسبوك\u2069');
    expect(container.querySelector('.symptom-explain')!.textContent).toContain('قالت ميتا');
    expect(container.querySelector('.symptom-subheading')!.textContent).toBe('الحالة المباشرة (تفتح موقعًا على الإنترنت)');
    expect(container.querySelector('.symptom-status bdi')!.textContent).toBe('حالة خدمات ميتا (منتجات الأعمال)');
  });
});

describe('in the popup', () => {
  let host: HTMLElement;
  let store: OutageStore;
  freshMountPoint((element) => (host = element));
  beforeEach(() => {
    store = openStore({ factory: new IDBFactory(), bundled: { version: 'test', incidents: WITH_LOGOUT } });
  });
  afterEach(() => store.close());

  async function mount(query?: string) {
    const ctx = await loadPageContext(store, POPUP_LOCALES);
    const incidents = await store.allIncidents();
    await act(async () => {
      render(<App initialContext={ctx} incidents={incidents} initialSelection="facebook" initialQuery={query} loadSearch={() => loadPopupSearch(incidents)} now={T0} />, host);
    });
    await act(() => new Promise((r) => setTimeout(r, 80)));
  }

  it('sits below the failure alert and above the statistics', async () => {
    await store.addObservation(obs('facebook', 'dns', T0 - 3 * MIN));
    await mount();
    await act(() => new Promise((r) => setTimeout(r, 40)));
    const order = [...host.querySelectorAll('.failure-alert, .symptom-check, .overview')].map((el) => el.className.split(' ')[0]);
    expect(order).toEqual(['failure-alert', 'symptom-check', 'overview']);
  });

  it('is left out while searching', async () => {
    await mount('DNS');
    expect(host.querySelector('.symptom-check')).toBeNull();
  });
});
