/**
 * The toolbar popup: the outage history of the platform in the current tab (or of all of them) at a
 * glance, and a search over it. Everything is read from the extension's own database; the popup
 * never asks the network, and only the live-status links (opened by the user) leave the extension.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { durationMinutes } from '../../lib/format';
import type { Incident } from '../../lib/incidents/types';
import type { StoreHealth } from '../../lib/messages';
import { PLATFORM_IDS } from '../../lib/incidents/types';
import { PLATFORMS } from '../../lib/platforms';
import type { Settings } from '../../lib/settings';
import { platformStats } from '../../lib/stats';
import { applyToDocument, buildPageContext, PageContextProvider, type PageContext, type SettingsSource } from '../../lib/ui/page-context';
import { formatYear } from '../../lib/ui/incident-text';
import { incidentYears, selectIncidents, type Selection } from '../../lib/ui/popup-state';
import { resultEntries, type PopupSearch } from '../../lib/ui/search-view';
import { openIncident, pointToolbarButton } from '../../lib/ui/tabs';
import { whenIdle } from '../../lib/ui/idle';
import { Isolated } from '../common/Isolated';
import { FailureAlert } from '../failure/FailureAlert';
import { SymptomCheck } from '../failure/SymptomCheck';
import { focusNavItem, IncidentList, type ListEntry } from './IncidentList';
import { POPUP_LOCALES } from './locales';
import { PlatformChips } from './PlatformChips';
import { SearchBox } from './SearchBox';
import { SettingsDrawer } from './SettingsDrawer';
import { StatsPanel } from './StatsPanel';
import { StatusLinks } from './StatusLinks';
import { TimelineChart } from './TimelineChart';

/** What the popup asks of the store (the real one is `openStore()`). */
export interface PopupStore extends SettingsSource {
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  health(): Promise<StoreHealth>;
}

export interface AppProps {
  initialContext: PageContext<PopupStore>;
  /** The context from the database's settings when the initial one came from a copy that differs. */
  confirmedContext?: Promise<PageContext<PopupStore> | undefined>;
  incidents: readonly Incident[];
  /** Set when the incidents could not be read at all. */
  loadFailed?: boolean;
  initialSelection: Selection;
  initialQuery?: string;
  /** Builds the search engine; called once, after the first paint or on the first keystroke. */
  loadSearch(): Promise<PopupSearch>;
  now?: number;
  /**
   * Set when the page holds this view prerendered at that time (see popup-variants): the first render
   * matches it exactly, for hydration; the popup then moves to the real time (and shows what depends on it).
   */
  prerenderedAt?: number;
  /** The current tab's view, when the popup opened on a guess; followed unless the user chose first. */
  tabSelection?: Promise<Selection | undefined>;
}

const RESULT_LIMIT = 50;

export function App({ initialContext, confirmedContext, incidents, loadFailed, initialSelection, initialQuery = '', loadSearch, now: givenNow, prerenderedAt, tabSelection }: AppProps) {
  const [ctx, setCtx] = useState(initialContext);
  const [selection, setSelection] = useState<Selection>(initialSelection);
  const selectionChosen = useRef(false);
  const choose = (next: Selection) => {
    selectionChosen.current = true;
    setSelection(next);
  };
  const [now, setNow] = useState(() => prerenderedAt ?? givenNow ?? Date.now());
  // False while the popup renders as the build did; what depends on the day waits for the real time.
  const [live, setLive] = useState(prerenderedAt === undefined);
  const [year, setYear] = useState<number | undefined>();
  const [query, setQuery] = useState(initialQuery);
  const [search, setSearch] = useState<PopupSearch | null>(null);
  const [health, setHealth] = useState<StoreHealth | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const settingsChanged = useRef(false);
  const content = useRef<HTMLElement>(null);
  const { t, lang, store } = ctx;

  const searching = query.trim() !== '';
  const platform = selection === 'all' ? undefined : selection;

  // The search engine is built once the list is on screen, so it never delays the first paint.
  const searchLoad = useRef<Promise<void> | null>(null);
  const [searchFailed, setSearchFailed] = useState(false);
  const ensureSearch = () =>
    (searchLoad.current ??= loadSearch().then(
      (loaded) => {
        setSearchFailed(false);
        setSearch(loaded);
      },
      (err: unknown) => {
        // Say so instead of "Searching…" forever; the next keystroke tries again.
        console.error('[Outage Context] Search could not load', err);
        searchLoad.current = null;
        setSearchFailed(true);
      },
    ));
  useEffect(() => {
    if (!live) {
      setNow(givenNow ?? Date.now());
      setLive(true);
    }
    void tabSelection?.then((fromTab) => {
      if (fromTab && !selectionChosen.current) setSelection(fromTab);
    });
    if (searching) void ensureSearch();
    // Otherwise when the browser is idle after the first paint (at the latest in half a second).
    const cancel = whenIdle(() => void ensureSearch(), 500);
    void store.health().then(setHealth, () => undefined);
    // The stored settings, when the copy the popup painted from was stale; not over a change the user made since.
    void confirmedContext?.then((confirmed) => {
      if (!confirmed || settingsChanged.current) return;
      applyToDocument(confirmed);
      setCtx(confirmed);
    });
    searchInput.current?.focus();
    return cancel;
  }, []);

  // "/" focuses the search from anywhere but a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || settingsOpen) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      searchInput.current?.focus();
      searchInput.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [settingsOpen]);

  const selected = useMemo(() => selectIncidents(incidents, selection), [incidents, selection]);
  const years = useMemo(() => incidentYears(selected), [selected]);
  const shownYear = year !== undefined && years.includes(year) ? year : undefined;
  // A year the platform chosen next has no outage in is dropped, as the menu shows, not kept for later.
  useEffect(() => {
    if (year !== shownYear) setYear(undefined);
  }, [year, shownYear]);
  const stats = useMemo(() => platformStats(selected), [selected]);
  const knownDurations = useMemo(() => selected.filter((i) => durationMinutes(i) !== undefined).length, [selected]);

  const results = useMemo(() => {
    if (!searching || !search) return null;
    const found = search.search(query, { platform, year: shownYear, limit: RESULT_LIMIT, live: true });
    // Nothing on this platform: say whether other platforms have matches rather than a bare "none".
    const elsewhere = found.length === 0 && platform ? search.search(query, { year: shownYear, limit: 1, live: true }).length : 0;
    return { entries: resultEntries(found, t, search.highlightSegments), elsewhere };
  }, [search, searching, query, platform, shownYear, t]);

  const listEntries: ListEntry[] = useMemo(
    () => (searching ? (results?.entries ?? []) : selectIncidents(selected, selection, shownYear).map((incident) => ({ incident }))),
    [searching, results, selected, selection, shownYear],
  );

  async function changeSettings(patch: Partial<Settings>): Promise<boolean> {
    settingsChanged.current = true;
    try {
      const next = await store.saveSettings(patch);
      void pointToolbarButton(next);
      const nextCtx = buildPageContext(store, next, POPUP_LOCALES);
      applyToDocument(nextCtx);
      setCtx(nextCtx);
      return (await store.health()).persisted !== false;
    } catch {
      return false;
    }
  }

  function onQuery(value: string) {
    setQuery(value);
    if (value.trim()) void ensureSearch();
  }

  const focusSearch = () => searchInput.current?.focus();
  const enterList = () => focusNavItem(content.current, 0);
  const incidentsSection = useRef<HTMLElement>(null);
  // A year picked on the chart filters the list below the fold: bring it into view, so the click shows its answer.
  const chooseChartYear = (picked: number | undefined) => {
    setYear(picked);
    if (picked === undefined) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    requestAnimationFrame(() => incidentsSection.current?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' }));
  };
  const openFirst = () => {
    const first = listEntries[0];
    if (searching && first) void openIncident(first.incident.id);
  };

  const platformName = platform ? PLATFORMS[platform].name[lang] : '';
  const yearSelect = (
    <label class="year-filter">
      <span class="visually-hidden">{t.t('popup_year_label')}</span>
      <select value={shownYear ?? ''} onChange={(e) => setYear(e.currentTarget.value ? Number(e.currentTarget.value) : undefined)}>
        <option value="">{t.t('popup_year_all')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {formatYear(t, y)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <PageContextProvider value={ctx}>
      <div class="app">
        <header class="top">
          <div class="brand">
            <img class="brand-icon" src="/icon/32.png" width="20" height="20" alt="" />
            <h1 class="brand-name">{t.t('extName')}</h1>
            <button type="button" class="icon-button settings-button" aria-label={t.t('popup_settings_open')} title={t.t('popup_settings_open')} onClick={() => setSettingsOpen(true)}>
              <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                <path
                  d="M10 6.8a3.2 3.2 0 1 0 0 6.4 3.2 3.2 0 0 0 0-6.4Zm7 3.9v-1.4l-1.9-.5a5.3 5.3 0 0 0-.6-1.4l1-1.7-1-1-1.7 1c-.4-.3-.9-.5-1.4-.6L10.9 3H9.1l-.5 1.9c-.5.1-1 .3-1.4.6l-1.7-1-1 1 1 1.7c-.3.4-.5.9-.6 1.4L3 9.3v1.4l1.9.5c.1.5.3 1 .6 1.4l-1 1.7 1 1 1.7-1c.4.3.9.5 1.4.6l.5 1.9h1.8l.5-1.9c.5-.1 1-.3 1.4-.6l1.7 1 1-1-1-1.7c.3-.4.5-.9.6-1.4Z"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="1.4"
                  stroke-linejoin="round"
                />
              </svg>
            </button>
          </div>
          <SearchBox value={query} inputRef={searchInput} onInput={onQuery} onEnterList={enterList} onSubmit={openFirst} />
          <PlatformChips selection={selection} onSelect={choose} />
        </header>
        {health && !health.ok && (
          <p class="notice" role="status">
            {t.t(health.persisted ? 'popup_degraded_kept' : 'popup_degraded')}
          </p>
        )}
        <main class="content" ref={content}>
          {!searching && live && <FailureAlert incidents={incidents} platform={platform} now={now} />}
          {loadFailed ? (
            <p class="notice is-error" role="alert">
              {t.t('popup_load_failed')}
            </p>
          ) : searching ? (
            <section class="results" aria-labelledby="list-heading">
              <div class="list-head">
                <h2 id="list-heading" class="visually-hidden">
                  {t.t('popup_results_heading')}
                </h2>
                <span class="list-count" role="status">
                  {results ? t.plural('popup_results_count', results.entries.length) : t.t(searchFailed ? 'popup_search_failed' : 'popup_searching')}
                </span>
                {yearSelect}
              </div>
              {results && (
                <IncidentList
                  entries={listEntries}
                  platform={platform}
                  labelledBy="list-heading"
                  onExitTop={focusSearch}
                  empty={
                    <>
                      <p class="empty-title">
                        <Isolated t={t} messageKey="popup_results_none" name="query" value={query.trim()} />
                      </p>
                      {results.elsewhere > 0 ? (
                        <button type="button" class="link-button" onClick={() => choose('all')}>
                          {t.t('popup_results_search_all')}
                        </button>
                      ) : (
                        <p class="empty-hint">{t.t('popup_results_hint')}</p>
                      )}
                    </>
                  }
                />
              )}
              {results && results.entries.length > 0 && <p class="keys-hint">{t.t('popup_keys_hint')}</p>}
            </section>
          ) : (
            <>
              <SymptomCheck incidents={incidents} platform={platform} />
              <section class="overview" aria-labelledby="stats-heading">
                <h2 id="stats-heading" class="section-heading">
                  {platform ? t.t('popup_stats_heading', { platform: platformName }) : t.t('popup_stats_heading_all')}
                </h2>
                <StatsPanel stats={stats} knownDurations={knownDurations} now={live ? now : undefined} />
              </section>
              {selected.length > 0 && (
                <TimelineChart incidents={selected} platform={platform} year={shownYear} throughYear={new Date(now).getUTCFullYear()} onYear={chooseChartYear} />
              )}
              <StatusLinks platforms={platform ? [platform] : PLATFORM_IDS} />
              <section class="incidents" aria-labelledby="list-heading" ref={incidentsSection}>
                <div class="list-head">
                  <h2 id="list-heading" class="section-heading">
                    {t.t('popup_list_heading')}
                  </h2>
                  <span class="list-count">{t.plural('popup_list_count', listEntries.length)}</span>
                  {yearSelect}
                </div>
                <IncidentList entries={listEntries} platform={platform} labelledBy="list-heading" onExitTop={focusSearch} empty={<p>{t.t('popup_list_empty')}</p>} />
              </section>
            </>
          )}
        </main>
      </div>
      <SettingsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} onChange={changeSettings} />
    </PageContextProvider>
  );
}
