import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../../lib/db';
import { incidentPagePath, parseIncidentRoute } from '../../lib/incident-route';
import type { Incident, IncidentIndex } from '../../lib/incidents/types';
import { buildSuggestions, defaultSuggestion, escapeXml, OMNIBOX_LIMIT, resolveEntered, type Suggestion } from '../../lib/omnibox';
import { registerOmnibox, type OmniboxApis } from '../../lib/omnibox-register';
import { createSearchEngine } from '../../lib/search';
import { awkwardIncident, metaOutage, translator } from './export/fixtures';

/** Ten WhatsApp outages a year apart, so limits and ordering can be seen. */
const whatsappYears: Incident[] = Array.from({ length: 10 }, (_, i) => ({
  ...metaOutage,
  id: `${2012 + i}-05-0${(i % 9) + 1}-whatsapp-outage-${i}`,
  platforms: ['whatsapp'],
  start: { utc: `${2012 + i}-05-0${(i % 9) + 1}T10:00Z`, precision: 'minute' },
  title: { en: `WhatsApp messages stuck for hours (${2012 + i})`, ar: `تعطل رسائل واتساب لساعات (${2012 + i})` },
  disagreements: undefined,
}));
const incidents = [metaOutage, awkwardIncident, ...whatsappYears];
const engine = createSearchEngine(incidents);
const en = translator('en');
const ar = translator('ar');

/** A strict check of Chrome's description markup: only <match> and <dim>, balanced, and every & an entity. */
function assertWellFormed(description: string): string {
  const stack: string[] = [];
  const text = description.replace(/<(\/?)(match|dim)>|<[^>]*>?/g, (tag, close: string, name: string | undefined) => {
    if (!name) throw new Error(`unexpected markup ${tag} in ${description}`);
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name);
    return '';
  });
  expect(stack).toEqual([]);
  expect(text).not.toMatch(/[<>]/);
  expect(text.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&');
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
}

const matches = (description: string) => [...description.matchAll(/<match>(.*?)<\/match>/g)].map((m) => m[1]);

describe('escapeXml', () => {
  it('escapes the five XML specials and drops characters XML forbids', () => {
    expect(escapeXml(`A & B <c> "d" 'e'`)).toBe('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeXml('bell\u0007 and nul\u0000 gone; tab\tand newline\n kept')).toBe('bell and nul gone; tab\tand newline\n kept');
  });
});

describe('buildSuggestions', () => {
  it('marks the matched words in the title and dims the date and platforms', () => {
    const [first] = buildSuggestions(engine, 'rate limit', { t: en, incidents });
    expect(first!.content).toBe(awkwardIncident.id);
    expect(first!.description.startsWith('<dim>Jul 1, 2023 · X (Twitter)</dim> ')).toBe(true);
    expect(matches(first!.description).join(' ').toLowerCase()).toMatch(/rate.*limit/);
  });

  it('XML-escapes titles holding &, <, > and quotes, keeping the description well-formed', () => {
    for (const s of buildSuggestions(engine, 'tweets', { t: en, incidents })) assertWellFormed(s.description);
    const [s] = buildSuggestions(engine, 'rate limit', { t: en, incidents });
    expect(assertWellFormed(s!.description)).toBe(`Jul 1, 2023 · X (Twitter) ${awkwardIncident.title.en}`);
    expect(s!.description).toContain('&quot;');
    expect(s!.description).toContain('&lt;tweets&gt; &amp; more');
  });

  it('keeps every description well-formed whatever the query, even markup-like input', () => {
    for (const query of ['<match>', '&amp;', '"', "'", 'whatsapp & <b>', '2021', 'واتساب', 'x', '\u0000']) {
      for (const s of buildSuggestions(engine, query, { t: en, incidents })) assertWellFormed(s.description);
    }
  });

  it('gives at most the browser limit by default, or the limit asked for', () => {
    expect(buildSuggestions(engine, 'whatsapp', { t: en, incidents })).toHaveLength(OMNIBOX_LIMIT);
    expect(buildSuggestions(engine, 'whatsapp', { t: en, incidents, limit: 3 })).toHaveLength(3);
    expect(buildSuggestions(engine, 'whatsapp', { t: en, incidents, limit: 0 })).toHaveLength(1);
  });

  it('suggests the latest incidents, newest first, for empty input', () => {
    const suggestions = buildSuggestions(engine, '   ', { t: en, incidents });
    expect(suggestions.map((s) => s.content)).toEqual(
      [...incidents].sort((a, b) => Date.parse(b.start.utc) - Date.parse(a.start.utc)).slice(0, OMNIBOX_LIMIT).map((i) => i.id),
    );
    expect(suggestions.every((s) => !s.description.includes('<match>'))).toBe(true);
  });

  it('puts an exact incident id first (the text a picked suggestion leaves in the address bar)', () => {
    const [first, ...rest] = buildSuggestions(engine, metaOutage.id, { t: en, incidents });
    expect(first!.content).toBe(metaOutage.id);
    expect(rest.map((s) => s.content)).not.toContain(metaOutage.id);
  });

  it('writes dates and platform names in Arabic for the Arabic UI and marks Arabic matches', () => {
    const [first] = buildSuggestions(engine, 'واتساب', { t: ar, incidents });
    expect(first!.description).toMatch(/^<dim>.*واتساب.*<\/dim> /);
    expect(matches(first!.description)).toContain('واتساب');
  });

  it("writes the title's digits in Arabic-Indic digits when asked, its matches still in place", () => {
    const [first] = buildSuggestions(engine, 'واتساب 2016', { t: translator('ar', 'arab'), incidents });
    expect(first!.content).toBe(whatsappYears[4]!.id);
    expect(assertWellFormed(first!.description)).toContain('تعطل رسائل واتساب لساعات (٢٠١٦)');
    expect(matches(first!.description)).toEqual(expect.arrayContaining(['واتساب', '٢٠١٦']));
  });

  it('shows the other language’s title when only that one matched', () => {
    const [first] = buildSuggestions(engine, 'القراءة', { t: en, incidents });
    expect(first!.content).toBe(awkwardIncident.id);
    expect(assertWellFormed(first!.description)).toBe(`Jul 1, 2023 · X (Twitter) ${awkwardIncident.title.ar}`);
    expect(matches(first!.description)).toEqual(['القراءة']);
  });

  it('gives plain text without markup or escaping for Firefox', () => {
    const [s] = buildSuggestions(engine, 'rate limit', { t: en, incidents, markup: false });
    expect(s!.description).toBe(`Jul 1, 2023 · X (Twitter) — ${awkwardIncident.title.en}`);
  });

  it('content is always a non-empty, unique incident id', () => {
    const suggestions = buildSuggestions(engine, 'outage', { t: en, incidents });
    expect(new Set(suggestions.map((s) => s.content)).size).toBe(suggestions.length);
    for (const s of suggestions) expect(incidents.map((i) => i.id)).toContain(s.content);
  });
});

describe('defaultSuggestion', () => {
  it('invites a search for the typed text, escaped, marked and isolated from the sentence around it', () => {
    expect(defaultSuggestion('whatsapp <2021> & "x"', en)).toBe('Search outages for \u2068<match>whatsapp &lt;2021&gt; &amp; &quot;x&quot;</match>\u2069');
    expect(defaultSuggestion('c++', ar)).toBe('البحث في الأعطال عن \u2068<match>c++</match>\u2069');
  });

  it('offers the latest incidents for empty input, and plain text for Firefox', () => {
    expect(defaultSuggestion('', en)).toBe('Latest outages: type a platform, a year or a word');
    expect(defaultSuggestion('a & b', en, false)).toBe('Search outages for \u2068a & b\u2069');
  });
});

describe('resolveEntered', () => {
  const ids = new Set(incidents.map((i) => i.id));
  const deps = { pageUrl: (path: string) => `chrome-extension://abc/${path}`, isIncidentId: (t: string) => ids.has(t) };

  it('opens a picked incident in the disposition asked for', () => {
    for (const disposition of ['currentTab', 'newForegroundTab', 'newBackgroundTab'] as const) {
      expect(resolveEntered(metaOutage.id, disposition, deps)).toEqual({ url: `chrome-extension://abc/incident.html#${metaOutage.id}`, disposition });
    }
  });

  it('opens the search results for free text, encoded', () => {
    expect(resolveEntered(' whatsapp 2021 #1 & co ', 'currentTab', deps).url).toBe('chrome-extension://abc/incident.html#q=whatsapp%202021%20%231%20%26%20co');
    expect(resolveEntered('واتساب', 'currentTab', deps).url).toBe(`chrome-extension://abc/incident.html#q=${encodeURIComponent('واتساب')}`);
  });

  it('opens the latest incidents for empty input and the current tab for an unknown disposition', () => {
    expect(resolveEntered('  ', 'somewhereElse', deps)).toEqual({ url: 'chrome-extension://abc/incident.html', disposition: 'currentTab' });
  });
});

describe('incident page routes', () => {
  it('round-trips an incident id and a free-text query through the hash', () => {
    for (const route of [
      { view: 'incident', id: metaOutage.id },
      { view: 'search', query: 'واتساب 2021 & #x' },
    ] as const) {
      expect(parseIncidentRoute(incidentPagePath(route).replace(/^incident\.html/, ''))).toEqual(route);
    }
  });

  it('reads an empty hash as the latest list, and survives malformed escapes and + for spaces', () => {
    expect(parseIncidentRoute('')).toEqual({ view: 'search', query: '' });
    expect(parseIncidentRoute('#')).toEqual({ view: 'search', query: '' });
    expect(parseIncidentRoute('#q=whatsapp+2021')).toEqual({ view: 'search', query: 'whatsapp 2021' });
    expect(parseIncidentRoute('#q=%E0%A4')).toEqual({ view: 'search', query: '%E0%A4' });
    expect(incidentPagePath({ view: 'search', query: '  ' })).toBe('incident.html');
  });
});

/** The browser's omnibox and tabs, recording what the extension does with them. */
function fakeApis() {
  const listeners: { started?: () => void; changed?: (text: string, suggest: (r: Suggestion[]) => void) => void; entered?: (text: string, d: string) => void } = {};
  const apis = {
    omnibox: {
      onInputStarted: { addListener: (cb: () => void) => void (listeners.started = cb) },
      onInputChanged: { addListener: (cb: NonNullable<typeof listeners.changed>) => void (listeners.changed = cb) },
      onInputEntered: { addListener: (cb: NonNullable<typeof listeners.entered>) => void (listeners.entered = cb) },
      setDefaultSuggestion: vi.fn(),
    },
    tabs: { update: vi.fn(async () => undefined), create: vi.fn(async () => undefined) },
    getURL: (path: string) => `chrome-extension://abc/${path}`,
    uiLanguage: () => 'en-US',
    markup: true,
  } satisfies OmniboxApis;
  return { apis, listeners };
}

const index: IncidentIndex = { version: 'test-version', incidents };
/** A store over a fresh, empty IndexedDB: what a worker started cold right after install finds. */
const coldStore = () => openStore({ factory: new IDBFactory(), bundled: index });

function typed(listeners: ReturnType<typeof fakeApis>['listeners'], text: string): Promise<Suggestion[]> {
  return new Promise((resolve) => listeners.changed!(text, resolve));
}

describe('registerOmnibox', () => {
  it('registers its listeners synchronously and answers the first keystroke of a cold worker', async () => {
    const { apis, listeners } = fakeApis();
    const store = coldStore();
    const allIncidents = vi.spyOn(store, 'allIncidents');
    registerOmnibox(store, apis);
    expect(listeners.changed).toBeTypeOf('function');
    expect(listeners.entered).toBeTypeOf('function');
    expect(allIncidents).not.toHaveBeenCalled();

    const suggestions = await typed(listeners, 'whatsapp');
    expect(suggestions).toHaveLength(OMNIBOX_LIMIT);
    expect(suggestions[0]!.description).toContain('<match>');
    expect(apis.omnibox.setDefaultSuggestion).toHaveBeenLastCalledWith({ description: 'Search outages for \u2068<match>whatsapp</match>\u2069' });
    await typed(listeners, 'whatsapp 2015');
    expect(allIncidents).toHaveBeenCalledTimes(1);
  });

  it('drops the answer to a keystroke that a newer one overtook', async () => {
    const { apis, listeners } = fakeApis();
    registerOmnibox(coldStore(), apis);
    const stale = vi.fn();
    listeners.changed!('w', stale);
    const latest = await typed(listeners, 'rate limit');
    expect(latest[0]!.content).toBe(awkwardIncident.id);
    expect(stale).not.toHaveBeenCalled();
  });

  it('follows the language setting, read again when a new keyword session starts', async () => {
    const { apis, listeners } = fakeApis();
    const store = coldStore();
    registerOmnibox(store, apis);
    expect((await typed(listeners, ''))[0]!.description).toMatch(/^<dim>[A-Z][a-z]{2} \d/);
    await store.saveSettings({ language: 'ar' });
    listeners.started!();
    expect((await typed(listeners, ''))[0]!.description).toMatch(/^<dim>[^A-Za-z]+<\/dim>/);
  });

  it('opens the picked incident in the current tab, a new tab or a background tab', async () => {
    const { apis, listeners } = fakeApis();
    registerOmnibox(coldStore(), apis);
    const url = `chrome-extension://abc/incident.html#${metaOutage.id}`;
    listeners.entered!(metaOutage.id, 'currentTab');
    await vi.waitFor(() => expect(apis.tabs.update).toHaveBeenCalledWith({ url }));
    listeners.entered!(metaOutage.id, 'newForegroundTab');
    await vi.waitFor(() => expect(apis.tabs.create).toHaveBeenCalledWith({ url, active: true }));
    listeners.entered!('whatsapp 2015', 'newBackgroundTab');
    await vi.waitFor(() => expect(apis.tabs.create).toHaveBeenLastCalledWith({ url: 'chrome-extension://abc/incident.html#q=whatsapp%202015', active: false }));
  });

  it('treats an id-shaped text that is not a known incident as a search', async () => {
    const { apis, listeners } = fakeApis();
    registerOmnibox(coldStore(), apis);
    listeners.entered!('2099-01-01-nothing', 'currentTab');
    await vi.waitFor(() => expect(apis.tabs.update).toHaveBeenCalledWith({ url: 'chrome-extension://abc/incident.html#q=2099-01-01-nothing' }));
  });

  it('recovers when reading the store failed once', async () => {
    const { apis, listeners } = fakeApis();
    const store = coldStore();
    vi.spyOn(store, 'allIncidents').mockRejectedValueOnce(new Error('disk on fire'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerOmnibox(store, apis);
    const first = vi.fn();
    listeners.changed!('whatsapp', first);
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    expect(first).not.toHaveBeenCalled();
    expect(await typed(listeners, 'whatsapp')).toHaveLength(OMNIBOX_LIMIT);
  });
});
