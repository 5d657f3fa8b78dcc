/**
 * The incident page (`incident.html`): one incident (`#<id>`), search results (`#q=<query>`) or the
 * latest incidents (no hash), with a search box and the whole-index export on every view.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OutageStore } from '../../lib/db';
import { INCIDENT_PAGE, incidentPagePath, parseIncidentRoute, type IncidentRoute } from '../../lib/incident-route';
import type { Incident, Lang } from '../../lib/incidents/types';
import { byId } from '../../lib/queries';
import { buildPageContext, PageContextProvider, type PageContext } from '../../lib/ui/page-context';
import type { PopupSearch } from '../../lib/ui/search-view';
import { ExportPanel } from './ExportPanel';
import { Icon } from './icons';
import { IncidentView } from './IncidentView';
import { Isolated, quoted } from '../common/Isolated';
import { INCIDENT_LOCALES } from './locales';
import { SearchView } from './SearchView';

export interface IncidentAppProps {
  ctx: PageContext<OutageStore>;
  incidents: readonly Incident[];
  /** The dataset version, for the export's file name and JSON. */
  version: string;
  loadFailed: boolean;
  loadSearch(): Promise<PopupSearch>;
}

/** The hash part of a route's page path ("" for the latest list). */
const routeHash = (route: IncidentRoute) => incidentPagePath(route).slice(INCIDENT_PAGE.length);

/** How long a status message stays on screen. */
const MESSAGE_MS = 5000;

export function IncidentApp({ ctx, incidents, version, loadFailed, loadSearch }: IncidentAppProps) {
  const { t } = ctx;
  const [route, setRoute] = useState<IncidentRoute>(() => parseIncidentRoute(location.hash));
  /** Whether the results follow the typing (its last word may be unfinished), not a submitted search or a link. */
  const [typing, setTyping] = useState(false);
  const [draft, setDraft] = useState(route.view === 'search' ? route.query : '');
  const [search, setSearch] = useState<PopupSearch>();
  const [searchFailed, setSearchFailed] = useState(false);
  const [message, setMessage] = useState('');
  const messageTimer = useRef<ReturnType<typeof setTimeout>>();
  const searchBox = useRef<HTMLInputElement>(null);
  const firstView = useRef(true);

  const contexts = useMemo(() => {
    const inLang = (lang: Lang): PageContext => (lang === ctx.lang ? ctx : buildPageContext(ctx.store, { ...ctx.settings, language: lang }, INCIDENT_LOCALES));
    return { en: inLang('en'), ar: inLang('ar') };
  }, [ctx]);

  const incident = route.view === 'incident' ? byId(incidents, route.id) : undefined;
  const viewKey = route.view === 'incident' ? `incident:${route.id}` : 'search';

  useEffect(() => {
    const onHashChange = () => {
      const next = parseIncidentRoute(location.hash);
      setRoute(next);
      setTyping(false);
      // The box says what the page shows, as on a fresh load of this address (Back included).
      setDraft(next.view === 'search' ? next.query : '');
    };
    addEventListener('hashchange', onHashChange);
    // "/" jumps to the search box, as on the popup.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      searchBox.current?.focus();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('hashchange', onHashChange);
      removeEventListener('keydown', onKey);
    };
  }, []);

  // The engine is its own chunk: loaded only when a query needs it.
  useEffect(() => {
    if (route.view !== 'search' || !route.query || search || searchFailed) return;
    loadSearch().then(setSearch, (err: unknown) => {
      console.error('[Outage Context] the search engine could not be loaded', err);
      setSearchFailed(true);
    });
  }, [route, search, searchFailed, loadSearch]);

  // A new view takes focus to its heading (not on first load, and not while typing a query).
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    document.getElementById('ip-title')?.focus();
    scrollTo({ top: 0 });
  }, [viewKey]);

  useEffect(() => {
    const name = t.t('extName');
    if (incident) document.title = `${t.digitsIn(incident.title[ctx.lang])} · ${name}`;
    else if (route.view === 'search' && route.query) document.title = `${t.t('incident_results_heading', { query: quoted(route.query) })} · ${name}`;
    else document.title = name;
  }, [incident, route, ctx, t]);

  const announce = (text: string) => {
    clearTimeout(messageTimer.current);
    // Cleared first so the same message twice is announced twice.
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
    messageTimer.current = setTimeout(() => setMessage(''), MESSAGE_MS);
  };

  const showQuery = (query: string, replace: boolean) => {
    const next: IncidentRoute = { view: 'search', query };
    setTyping(replace);
    if (replace) {
      history.replaceState(null, '', routeHash(next) || INCIDENT_PAGE);
      setRoute(next);
    } else location.hash = routeHash(next);
  };

  let view;
  if (loadFailed) view = <p class="ip-error" role="alert">{t.t('incident_load_failed')}</p>;
  else if (route.view === 'search' && route.query && searchFailed) view = <p class="ip-error" role="alert">{t.t('incident_search_failed')}</p>;
  else if (route.view === 'search') view = <SearchView query={route.query} incidents={incidents} search={search} live={typing} />;
  else if (incident) view = <IncidentView key={incident.id} incident={incident} contexts={contexts} announce={announce} />;
  else
    view = (
      <section class="ip-missing" aria-labelledby="ip-title">
        <h1 id="ip-title" tabIndex={-1}>
          {t.t('incident_not_found_heading')}
        </h1>
        <p>
          <Isolated t={t} messageKey="incident_not_found" name="id" value={route.id} />
        </p>
        <p>
          <a href={routeHash({ view: 'search', query: route.id.replace(/^\d{4}-\d{2}-\d{2}-/, '').replaceAll('-', ' ') }) || '#'}>{t.t('incident_not_found_search')}</a>
        </p>
      </section>
    );

  return (
    <PageContextProvider value={ctx}>
      <div class="ip">
        <header class="ip-bar">
          <div class="ip-bar-inner">
            <a class="ip-brand" href="#">
              <img src="/icon/32.png" alt="" width={24} height={24} />
              <span>{t.t('extName')}</span>
            </a>
            <form
              class="ip-search"
              role="search"
              onSubmit={(e) => {
                e.preventDefault();
                showQuery(draft, false);
              }}
            >
              <label class="visually-hidden" for="ip-q">
                {t.t('incident_search_label')}
              </label>
              <input
                id="ip-q"
                ref={searchBox}
                type="search"
                // The typed text takes its own direction ("whatsapp 2024" in the Arabic UI); empty, the placeholder follows the page.
                dir={draft ? 'auto' : undefined}
                value={draft}
                placeholder={t.t('incident_search_placeholder')}
                autoComplete="off"
                spellcheck={false}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setDraft(value);
                  // On the results view the list follows the typing.
                  if (route.view === 'search') showQuery(value, true);
                }}
              />
              <button type="submit" class="ip-search-button">
                <Icon name="search" />
                <span class="visually-hidden">{t.t('incident_search_submit')}</span>
              </button>
            </form>
          </div>
        </header>
        <main class="ip-main">{view}</main>
        <footer class="ip-foot">
          <ExportPanel incidents={incidents} version={version} announce={announce} />
        </footer>
        <p class={`ip-status${message ? ' is-visible' : ''}`} role="status">
          {message}
        </p>
      </div>
    </PageContextProvider>
  );
}
