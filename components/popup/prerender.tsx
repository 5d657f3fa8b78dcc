/**
 * The popup's first view rendered at build time (see lib/ui/popup-variants.ts): the same <App> the
 * popup's script renders, with the default settings, so the script can hydrate it instead of building it.
 */
import { renderToString } from 'preact-render-to-string';
import type { Incident } from '../../lib/incidents/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { buildPageContext } from '../../lib/ui/page-context';
import { viewAttributes, type PrerenderedView } from '../../lib/ui/popup-variants';
import { App, type PopupStore } from './App';
import { POPUP_LOCALES } from './locales';

/** Never called: a build-time render runs no effects, and nothing is read or saved while rendering. */
const NO_STORE: PopupStore = {
  getSettings: () => Promise.reject(new Error('no store at build time')),
  saveSettings: () => Promise.reject(new Error('no store at build time')),
  health: () => Promise.reject(new Error('no store at build time')),
};

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * A variant page from the built `popup.html`: the view's markup in `#app` (with what it was rendered
 * for), the document's language, direction and title, and the stylesheets inline (`css`), since a
 * linked stylesheet holds the first paint back for a round trip to the extension's files.
 */
export function popupVariantHtml(template: string, css: string, view: PrerenderedView, incidents: readonly Incident[]): string {
  const ctx = buildPageContext(NO_STORE, { ...DEFAULT_SETTINGS }, POPUP_LOCALES, view.lang);
  const markup = renderToString(
    <App initialContext={ctx} incidents={incidents} initialSelection={view.selection} prerenderedAt={view.renderedAt} loadSearch={() => new Promise(() => {})} />,
  );
  const attributes = Object.entries(viewAttributes(view))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const replace = (html: string, pattern: RegExp, by: string) => {
    if (!pattern.test(html)) throw new Error(`popup.html changed: ${pattern} not found`);
    return html.replace(pattern, () => by);
  };
  let html = replace(template, /<html[^>]*>/, `<html lang="${ctx.lang}" dir="${ctx.dir}">`);
  html = replace(html, /<title>[^<]*<\/title>/, `<title>${escapeAttribute(ctx.t.t('extName'))}</title>`);
  html = replace(html, /\s*<link rel="stylesheet"[^>]*>/g, '');
  html = replace(html, /<\/head>/, `<style>${css}</style></head>`);
  return replace(html, /<div id="app"><\/div>/, `<div id="app"${attributes}>${markup}</div>`);
}
