/**
 * The popup's prerendered variants. For the default settings, `popup-<lang>-<selection>.html` holds the
 * popup's first view rendered at build time (scripts/prerender-popup.tsx), so the browser paints the
 * list before any script has run, and the popup's script then hydrates it. The toolbar button opens the
 * variant for the UI language (in a tab of a covered platform, that platform's); with any other
 * settings it opens the plain `popup.html`, which renders from scratch.
 */
import { browserLanguage, resolveLang } from '../i18n';
import { LANGUAGES, PLATFORM_IDS, type Lang } from '../incidents/types';
import type { Settings } from '../settings';
import type { Selection } from './popup-state';

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
  return rendersAsVariant(settings) ? variantFile(resolveLang(settings.language, uiLanguage), selection) : PLAIN_POPUP;
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

/** The part of `browser.action` that points the toolbar button at a page. */
export interface PopupAction {
  setPopup(details: { popup: string; tabId?: number }): Promise<void>;
}

/**
 * Points the toolbar button at the page for these settings: everywhere (the default, all platforms),
 * or in one tab of a covered platform. The browser forgets a tab's page when the tab navigates.
 */
export async function pointToolbarPopup(action: PopupAction, settings: Settings, tab?: { tabId: number; selection: Selection }): Promise<void> {
  try {
    if (tab) await action.setPopup({ tabId: tab.tabId, popup: popupPath(settings, tab.selection) });
    else await action.setPopup({ popup: popupPath(settings, 'all') });
  } catch {
    // The tab closed meanwhile; or no action API (a test page): the plain popup still works everywhere.
  }
}
