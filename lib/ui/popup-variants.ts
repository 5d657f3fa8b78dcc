/**
 * The popup's prerendered variants. For the default settings, `popup-<lang>-<selection>.html` holds the
 * popup's first view rendered at build time (scripts/prerender-popup.ts), so the browser paints the
 * list before any script has run, and the popup's script then hydrates it. The toolbar button opens the
 * variant for the UI language (in a tab of a covered platform, that platform's); with any other
 * settings it opens the plain `popup.html`, which renders from scratch.
 */
import { browserLanguage, resolveLang } from '../i18n';
import { LANGUAGES, PLATFORM_IDS, type Lang, type PlatformId } from '../incidents/types';
import { matchPatterns, platformForUrl } from '../platforms';
import type { Settings } from '../settings';
import type { HashState, Selection } from './popup-state';

export const PLAIN_POPUP = 'popup.html';
export const VARIANT_SELECTIONS: readonly Selection[] = ['all', ...PLATFORM_IDS];

export function variantFile(lang: Lang, selection: Selection): string {
  return `popup-${lang}-${selection}.html`;
}

/** Every variant the build writes. */
export function allVariants(): { lang: Lang; selection: Selection }[] {
  return LANGUAGES.flatMap((lang) => VARIANT_SELECTIONS.map((selection) => ({ lang, selection })));
}

/** Whether a popup with these settings renders what the variants hold: the variants are rendered with the defaults. */
export function rendersAsVariant(settings: Pick<Settings, 'language' | 'digits' | 'hijri'>): boolean {
  return settings.language === 'auto' && settings.digits === 'auto' && !settings.hijri;
}

/** The page the toolbar button should open for these settings, on a tab showing `selection`. */
export function popupPath(settings: Settings, selection: Selection, uiLanguage: string = browserLanguage()): string {
  // `wxt` (dev) serves the plain popup only: the variants are written by production builds.
  const devServer = import.meta.env?.COMMAND === 'serve';
  return rendersAsVariant(settings) && !devServer ? variantFile(resolveLang(settings.language, uiLanguage), selection) : PLAIN_POPUP;
}

/** What a variant says of itself, on its `#app` element (written by the build, read by the popup's script). */
export interface PrerenderedView {
  lang: Lang;
  selection: Selection;
  /** The time the view was rendered for: the popup hydrates with it, then moves to the real time. */
  renderedAt: number;
}

export function viewAttributes(view: PrerenderedView): Record<string, string> {
  return { 'data-lang': view.lang, 'data-selection': view.selection, 'data-rendered-at': String(view.renderedAt) };
}

/** The view prerendered into `root`, or undefined for the plain popup (or anything unreadable). */
export function readPrerenderedView(root: Element): PrerenderedView | undefined {
  const lang = root.getAttribute('data-lang');
  const selection = root.getAttribute('data-selection');
  const renderedAt = Number(root.getAttribute('data-rendered-at'));
  if (!root.firstElementChild || !LANGUAGES.includes(lang as Lang) || !VARIANT_SELECTIONS.includes(selection as Selection) || !Number.isFinite(renderedAt)) return undefined;
  return { lang: lang as Lang, selection: selection as Selection, renderedAt };
}

/**
 * Whether the popup may hydrate the view prerendered on screen: it must be what the popup would render
 * now (the language and settings it was rendered for), and nothing must ask for another view (a
 * platform or search in the address's hash, incidents that failed to load).
 */
export function hydratesPrerendered(
  view: PrerenderedView | undefined,
  now: { lang: Lang; settings: Pick<Settings, 'language' | 'digits' | 'hijri'>; hash: HashState; loadFailed: boolean },
): view is PrerenderedView {
  return !!view && !now.loadFailed && !now.hash.platform && !now.hash.query && view.lang === now.lang && rendersAsVariant(now.settings);
}

/** What pointing the toolbar button takes: `browser.action` and `browser.tabs`. */
export interface ToolbarApis {
  action: { setPopup(details: { popup: string; tabId?: number }): Promise<void> };
  tabs: {
    get(tabId: number): Promise<{ url?: string; pendingUrl?: string }>;
    query(query: { url: string[] }): Promise<{ id?: number; url?: string }[]>;
  };
}

/** Points the toolbar button at the page for these settings everywhere but in tabs of covered sites. */
export async function pointDefaultPopup(apis: ToolbarApis, settings: Settings): Promise<void> {
  try {
    await apis.action.setPopup({ popup: popupPath(settings, 'all') });
  } catch {
    // No action API (a test page): the manifest's plain popup still works.
  }
}

/**
 * Points the button in one tab at `platform`'s page, if the tab still shows that platform: the tab may
 * have moved on while the settings were read, and the browser resets a tab's page only on navigation.
 */
export async function pointTabPopup(apis: ToolbarApis, settings: Settings, tabId: number, platform: PlatformId): Promise<void> {
  try {
    const tab = await apis.tabs.get(tabId);
    // The address being loaded, else the one shown (an error page shows the address that failed).
    if (platformForUrl(tab.pendingUrl || tab.url || '')?.id !== platform) return;
    await apis.action.setPopup({ tabId, popup: popupPath(settings, platform) });
  } catch {
    // The tab was closed meanwhile.
  }
}

/** The latest sweep of the tabs; an older one still running stops, so the latest settings win. */
let sweep = 0;

/** After a settings change (or an install or update): the default, and every open tab of a covered site. */
export async function pointToolbar(apis: ToolbarApis, settings: Settings): Promise<void> {
  const mine = ++sweep;
  await pointDefaultPopup(apis, settings);
  let tabs: { id?: number; url?: string }[] = [];
  try {
    // Host permission shows these tabs' addresses, and only these.
    tabs = await apis.tabs.query({ url: matchPatterns() });
  } catch {
    return;
  }
  for (const tab of tabs) {
    if (mine !== sweep) return;
    const platform = tab.url ? platformForUrl(tab.url) : undefined;
    if (!platform || tab.id === undefined) continue;
    try {
      await apis.action.setPopup({ tabId: tab.id, popup: popupPath(settings, platform.id) });
    } catch {
      // The tab was closed meanwhile.
    }
  }
}
