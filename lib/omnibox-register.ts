/**
 * Wires the `outage` keyword to the browser. Called synchronously from the background's `main`, so a
 * worker woken by a keystroke has its listeners in place; the incidents and the search engine are
 * loaded on the first keystroke of each worker start and kept until the worker stops.
 */
import { browser, type PublicPath } from 'wxt/browser';
import arCommon from '../locales/ar/common.json';
import arIncident from '../locales/ar/incident.json';
import enCommon from '../locales/en/common.json';
import enIncident from '../locales/en/incident.json';
import { omniboxReadsMarkup } from './browser-differences';
import type { OutageStore } from './db';
import { browserLanguage, createTranslator, resolveLang, type Messages, type Translator } from './i18n';
import { looksLikeIncidentId } from './incident-route';
import type { Incident, Lang } from './incidents/types';
import { buildSuggestions, defaultSuggestion, resolveEntered, type Suggestion } from './omnibox';
import { searchEngineFor } from './incidents/search-engine';
import type { PreparedIndex, SearchEngine } from './search';

export interface OmniboxApis {
  omnibox: {
    onInputStarted: { addListener(cb: () => void): void };
    onInputChanged: { addListener(cb: (text: string, suggest: (results: Suggestion[]) => void) => void): void };
    onInputEntered: { addListener(cb: (text: string, disposition: string) => void): void };
    setDefaultSuggestion(suggestion: { description: string }): unknown;
  };
  tabs: {
    update(props: { url: string }): Promise<unknown>;
    create(props: { url: string; active: boolean }): Promise<unknown>;
  };
  getURL(path: string): string;
  /** The language behind the "auto" setting (lib/i18n browserLanguage). */
  uiLanguage(): string;
  markup: boolean;
}

/** The browser's APIs. */
function browserApis(): OmniboxApis {
  return {
    omnibox: browser.omnibox,
    tabs: browser.tabs,
    getURL: (path) => browser.runtime.getURL('/' as PublicPath) + path,
    uiLanguage: browserLanguage,
    markup: omniboxReadsMarkup(),
  };
}

interface Loaded {
  incidents: Incident[];
  ids: Set<string>;
  engine: SearchEngine;
}

const DICTIONARIES: Record<Lang, Messages> = { en: { ...enCommon, ...enIncident }, ar: { ...arCommon, ...arIncident } };

/** `prepared`: the search index the build prepared for the store's records (by default the bundled one's). */
export function registerOmnibox(store: Pick<OutageStore, 'allIncidents' | 'getSettings'>, apis: OmniboxApis = browserApis(), prepared?: PreparedIndex): void {
  const { markup } = apis;
  let loaded: Promise<Loaded> | undefined;
  let translator: Promise<Translator> | undefined;
  /** The newest input: an older keystroke's late answer is dropped. */
  let latestInput = 0;

  // A failed load is forgotten, so the next keystroke tries again.
  const load = () =>
    (loaded ??= store.allIncidents().then(
      (incidents) => ({ incidents, ids: new Set(incidents.map((i) => i.id)), engine: searchEngineFor(incidents, prepared) }),
      (err: unknown) => {
        loaded = undefined;
        throw err;
      },
    ));
  // Read again at the start of every keyword session: the user may have changed the language since.
  const uiTranslator = () =>
    (translator ??= store.getSettings().then(
      (s) => createTranslator(DICTIONARIES, resolveLang(s.language, apis.uiLanguage()), s.digits),
      (err: unknown) => {
        translator = undefined;
        throw err;
      },
    ));

  apis.omnibox.onInputStarted.addListener(() => {
    translator = undefined;
    void load().catch(() => undefined);
  });

  apis.omnibox.onInputChanged.addListener((text, suggest) => {
    const input = ++latestInput;
    Promise.all([load(), uiTranslator()]).then(
      ([{ incidents, engine }, t]) => {
        if (input !== latestInput) return;
        apis.omnibox.setDefaultSuggestion({ description: defaultSuggestion(text, t, markup) });
        suggest(buildSuggestions(engine, text, { t, incidents, markup }));
      },
      (err: unknown) => console.error('[Outage Context] omnibox suggestions failed', err),
    );
  });

  apis.omnibox.onInputEntered.addListener((text, disposition) => {
    void (async () => {
      // Without the index, an id-shaped text still opens its page; the page says if it is unknown.
      const ids = await load().then(
        (l) => l.ids,
        () => undefined,
      );
      const target = resolveEntered(text, disposition, {
        pageUrl: apis.getURL,
        isIncidentId: (query) => (ids ? ids.has(query) : looksLikeIncidentId(query)),
      });
      if (target.disposition === 'currentTab') await apis.tabs.update({ url: target.url });
      else await apis.tabs.create({ url: target.url, active: target.disposition === 'newForegroundTab' });
    })().catch((err: unknown) => console.error('[Outage Context] could not open the incident page', err));
  });
}
