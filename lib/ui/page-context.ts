/**
 * What every extension page (popup, incident page) needs before it renders a word: the user's settings,
 * the UI language and direction, and a translator over common + vocab + the page's own strings.
 * `loadPageContext(store, [popupMessages])` reads the settings, builds the context and sets `<html lang dir>`;
 * components read it with `usePageContext()` under `<PageContextProvider value={ctx}>`.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import arCommon from '../../locales/ar/common.json';
import arVocab from '../../locales/ar/vocab.json';
import enCommon from '../../locales/en/common.json';
import enVocab from '../../locales/en/vocab.json';
import { browserLanguage, createTranslator, resolveLang, type Messages, type Translator } from '../i18n';
import type { Lang } from '../incidents/types';
import { DEFAULT_SETTINGS, sameSettings, type Settings } from '../settings';

/** One area's strings in both languages, e.g. `{ en: enPopup, ar: arPopup }`. */
export interface LocalePair {
  en: Messages;
  ar: Messages;
}

/** The part of the store a page context needs; `openStore()`'s store satisfies it. */
export interface SettingsSource {
  getSettings(): Promise<Settings>;
  /** A copy of the settings that needs no database (see SettingsCopy). */
  copiedSettings?(): Settings | undefined;
}

export interface PageContext<S extends SettingsSource = SettingsSource> {
  settings: Settings;
  lang: Lang;
  dir: 'ltr' | 'rtl';
  t: Translator;
  /** Show Hijri dates beside Gregorian ones: asked for, and the UI is Arabic. */
  hijri: boolean;
  store: S;
}

const SHARED: readonly LocalePair[] = [
  { en: enCommon, ar: arCommon },
  { en: enVocab, ar: arVocab },
];

function mergeLocales(areas: readonly LocalePair[]): Record<Lang, Messages> {
  const all = [...SHARED, ...areas];
  return {
    en: Object.assign({}, ...all.map((a) => a.en)) as Messages,
    ar: Object.assign({}, ...all.map((a) => a.ar)) as Messages,
  };
}

/** Pure: the context for these settings. Call again with new settings to switch language or digits live. */
export function buildPageContext<S extends SettingsSource>(
  store: S,
  settings: Settings,
  areas: readonly LocalePair[] = [],
  uiLanguage: string = browserLanguage(),
): PageContext<S> {
  const lang = resolveLang(settings.language, uiLanguage);
  const t = createTranslator(mergeLocales(areas), lang, settings.digits);
  return { settings, lang, dir: t.dir, t, hijri: settings.hijri && lang === 'ar', store };
}

/** Sets `<html lang dir>` so the whole page (and screen readers) follow the UI language. */
export function applyToDocument(ctx: Pick<PageContext, 'lang' | 'dir'>, doc: Document = document): void {
  doc.documentElement.lang = ctx.lang;
  doc.documentElement.dir = ctx.dir;
}

/** The stored settings, or the defaults if the store fails. */
async function readSettings(store: SettingsSource): Promise<Settings> {
  try {
    return { ...DEFAULT_SETTINGS, ...(await store.getSettings()) };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

function appliedContext<S extends SettingsSource>(store: S, settings: Settings, areas: readonly LocalePair[], doc: Document): PageContext<S> {
  const ctx = buildPageContext(store, settings, areas);
  applyToDocument(ctx, doc);
  return ctx;
}

/** Reads the settings (falling back to the defaults if the store fails), builds the context and applies it. */
export async function loadPageContext<S extends SettingsSource>(
  store: S,
  areas: readonly LocalePair[] = [],
  doc: Document = document,
): Promise<PageContext<S>> {
  return appliedContext(store, await readSettings(store), areas, doc);
}

export interface StartedPageContext<S extends SettingsSource> {
  ctx: PageContext<S>;
  /** The context from the database's settings where they differ from the copy `ctx` was built from; else undefined. Not yet applied to the document. */
  confirmed: Promise<PageContext<S> | undefined>;
}

/**
 * For a page that paints before the database opens (the popup): the context from the store's copy of
 * the settings at once, confirmed by the read that runs beside it. They differ when something without
 * a copy (the background) saved a setting since; the page then re-renders. A failed read confirms
 * nothing (the store answers with the copy when the database fails). Without a copy (a first start)
 * it waits for the database, as loadPageContext does.
 */
export async function startPageContext<S extends SettingsSource>(
  store: S,
  areas: readonly LocalePair[] = [],
  doc: Document = document,
): Promise<StartedPageContext<S>> {
  const copy = store.copiedSettings?.();
  if (!copy) return { ctx: await loadPageContext(store, areas, doc), confirmed: Promise.resolve(undefined) };
  const confirmed = store.getSettings().then(
    (stored) => {
      const settings = { ...DEFAULT_SETTINGS, ...stored };
      return sameSettings(settings, copy) ? undefined : buildPageContext(store, settings, areas);
    },
    () => undefined,
  );
  return { ctx: appliedContext(store, copy, areas, doc), confirmed };
}

const Context = createContext<PageContext | null>(null);

export const PageContextProvider = Context.Provider;

export function usePageContext<S extends SettingsSource = SettingsSource>(): PageContext<S> {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('usePageContext() outside <PageContextProvider>');
  return ctx as PageContext<S>;
}
