/**
 * The popup's prerendered views: which page the toolbar button opens, what the build writes into a
 * variant, and the App hydrating that markup (then moving to the real time and the current tab).
 * That a hydrated variant ends exactly as the plain popup renders is checked in Chromium (tests/e2e/popup-variants).
 */
import { IDBFactory } from 'fake-indexeddb';
import { hydrate } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/popup/App';
import { POPUP_LOCALES } from '../../../components/popup/locales';
import { popupVariantHtml } from '../../../components/popup/prerender';
import { openStore } from '../../../lib/db';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { buildPageContext } from '../../../lib/ui/page-context';
import type { Selection } from '../../../lib/ui/popup-state';
import { allVariants, hydratesPrerendered, popupPath, readPrerenderedView, rendersAsVariant, variantFile, type PrerenderedView } from '../../../lib/ui/popup-variants';
import { SAMPLE } from './fixtures';
import arCommon from '../../../locales/ar/common.json';
import { formatAgo } from '../../../lib/format';
import { freshMountPoint } from '../mount-point';

const TEMPLATE = `<!DOCTYPE html>
<html>
  <head>
    <title>Outage Context</title>
    <script type="module" crossorigin src="/chunks/popup-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/failure-1.css">
    <link rel="stylesheet" crossorigin href="/assets/popup-2.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;
const RENDERED_AT = Date.parse('2025-06-01T00:00Z');
const LIVE_NOW = Date.parse('2026-11-21T00:00Z');
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('which page the toolbar button opens', () => {
  it('opens the variant for the UI language and the tab’s platform with the default settings', () => {
    expect(popupPath(settings(), 'all', 'en-US')).toBe('popup-en-all.html');
    expect(popupPath(settings(), 'whatsapp', 'ar-EG')).toBe('popup-ar-whatsapp.html');
    // Other settings (or another bannerMode, which the popup does not show) decide nothing else.
    expect(popupPath(settings({ bannerMode: 'never', bannerDisabled: ['facebook'] }), 'facebook', 'fr')).toBe('popup-en-facebook.html');
  });

  it('opens the plain popup for a language, digits or Hijri choice the variants were not rendered with', () => {
    for (const patch of [{ language: 'ar' }, { language: 'en' }, { digits: 'latn' }, { digits: 'arab' }, { hijri: true }] as const) {
      expect(rendersAsVariant(settings(patch))).toBe(false);
      expect(popupPath(settings(patch), 'facebook', 'ar')).toBe('popup.html');
    }
  });

  it('hydrates a prerendered view only when it is what the popup would render now', () => {
    const view: PrerenderedView = { lang: 'en', selection: 'all', renderedAt: 0 };
    const now = { lang: 'en' as const, settings: settings(), hash: {}, loadFailed: false };
    expect(hydratesPrerendered(view, now)).toBe(true);
    expect(hydratesPrerendered(undefined, now)).toBe(false);
    expect(hydratesPrerendered(view, { ...now, lang: 'ar' })).toBe(false);
    expect(hydratesPrerendered(view, { ...now, settings: settings({ hijri: true }) })).toBe(false);
    expect(hydratesPrerendered(view, { ...now, hash: { platform: 'threads' } })).toBe(false);
    expect(hydratesPrerendered(view, { ...now, hash: { query: 'dns' } })).toBe(false);
    expect(hydratesPrerendered(view, { ...now, loadFailed: true })).toBe(false);
  });

  it('opens the plain popup under `wxt` dev, which writes no variants', () => {
    vi.stubEnv('COMMAND', 'serve');
    try {
      expect(popupPath(settings(), 'all', 'en-US')).toBe('popup.html');
    } finally {
      vi.unstubAllEnvs();
    }
    expect(popupPath(settings(), 'all', 'en-US')).toBe('popup-en-all.html');
  });

  it('has a variant for every language and selection, each with its own file', () => {
    const files = allVariants().map((v) => variantFile(v.lang, v.selection));
    expect(files).toHaveLength(14);
    expect(new Set(files).size).toBe(14);
    expect(files).toContain('popup-ar-threads.html');
  });
});

describe('a variant page', () => {
  const view: PrerenderedView = { lang: 'ar', selection: 'whatsapp', renderedAt: RENDERED_AT };
  const html = popupVariantHtml(TEMPLATE, '.a{color:red}\n.b{color:blue}', view, SAMPLE);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('holds the view’s list, in its language and direction, with what it was rendered for', () => {
    expect(doc.documentElement.lang).toBe('ar');
    expect(doc.documentElement.dir).toBe('rtl');
    const app = doc.getElementById('app')!;
    expect(readPrerenderedView(app)).toEqual(view);
    const whatsapp = SAMPLE.filter((i) => i.platforms.includes('whatsapp'));
    expect([...app.querySelectorAll('.list .item')].map((li) => li.getAttribute('data-incident'))).toEqual(
      whatsapp.sort((a, b) => b.start.utc.localeCompare(a.start.utc)).map((i) => i.id),
    );
    expect(app.querySelector('[role="radio"][aria-checked="true"]')!.getAttribute('data-platform')).toBe('whatsapp');
    // "How long ago" depends on the day the popup opens: it keeps its line, empty, until then.
    expect(app.querySelector('[data-stat="ago"]')!.textContent).toBe('\u00a0');
  });

  it('keeps the script and has the stylesheets inline, in order', () => {
    expect(doc.querySelector('script[type="module"]')!.getAttribute('src')).toBe('/chunks/popup-abc.js');
    expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(doc.querySelector('style')!.textContent).toBe('.a{color:red}\n.b{color:blue}');
    expect(doc.title).toBe(arCommon.extName);
  });

  it('refuses a popup.html it does not recognise rather than writing a broken page', () => {
    expect(() => popupVariantHtml(TEMPLATE.replace('<div id="app"></div>', '<main></main>'), '', view, SAMPLE)).toThrow(/not found/);
  });

  it('is not mistaken for a view when its marks are missing or wrong', () => {
    const app = doc.getElementById('app')!.cloneNode(true) as HTMLElement;
    app.setAttribute('data-selection', 'myspace');
    expect(readPrerenderedView(app)).toBeUndefined();
    const empty = document.createElement('div');
    empty.setAttribute('data-lang', 'en');
    empty.setAttribute('data-selection', 'all');
    empty.setAttribute('data-rendered-at', '1');
    expect(readPrerenderedView(empty)).toBeUndefined();
  });
});

describe('the popup hydrating a variant', () => {
  let host: HTMLElement;
  freshMountPoint((element) => (host = element));

  async function hydrateVariant(selection: Selection, tabSelection: Promise<Selection | undefined>, now = LIVE_NOW) {
    const page = new DOMParser().parseFromString(popupVariantHtml(TEMPLATE, '', { lang: 'en', selection, renderedAt: RENDERED_AT }, SAMPLE), 'text/html');
    host.replaceChildren(...[...page.getElementById('app')!.childNodes].map((node) => document.importNode(node, true)));
    const firstItem = host.querySelector('.list .item');
    const store = openStore({ factory: new IDBFactory(), bundled: { version: 'test', incidents: SAMPLE } });
    const ctx = buildPageContext(store, settings(), POPUP_LOCALES, 'en');
    await act(async () => {
      hydrate(<App initialContext={ctx} incidents={SAMPLE} initialSelection={selection} prerenderedAt={RENDERED_AT} now={now} tabSelection={tabSelection} loadSearch={() => new Promise(() => {})} />, host);
    });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    return { firstItem };
  }

  it('keeps the page’s elements and fills in "how long ago" for the real time', async () => {
    const { firstItem } = await hydrateVariant('all', Promise.resolve('all'));
    expect(host.querySelector('.list .item')).toBe(firstItem);
    const newest = [...SAMPLE].sort((a, b) => b.start.utc.localeCompare(a.start.utc))[0]!;
    const t = buildPageContext(openStore({ factory: new IDBFactory() }), settings(), POPUP_LOCALES, 'en').t;
    expect(host.querySelector('[data-stat="ago"]')!.textContent).toBe(formatAgo(t, Date.parse(newest.start.utc), LIVE_NOW));
    expect(host.querySelector('[data-stat="ago"]')!.textContent).toMatch(/years? ago/);
  });

  it('moves to the real time even when the clock reads the build’s instant', async () => {
    await hydrateVariant('all', Promise.resolve('all'), RENDERED_AT);
    expect(host.querySelector('[data-stat="ago"]')!.textContent).not.toBe('\u00a0');
  });

  it('moves to the current tab’s platform when it opened on a guess', async () => {
    await hydrateVariant('all', Promise.resolve('twitter'));
    expect(host.querySelector('[role="radio"][aria-checked="true"]')!.getAttribute('data-platform')).toBe('twitter');
    expect([...host.querySelectorAll('.list .item')].map((li) => li.getAttribute('data-incident'))).toEqual(['2023-07-01-twitter-rate-limit', '2016-01-19-twitter-global']);
  });

  it('does not undo a platform the user chose before the tab answered', async () => {
    let answer!: (s: Selection) => void;
    await hydrateVariant('all', new Promise((r) => (answer = r)));
    await act(async () => host.querySelector<HTMLButtonElement>('[data-platform="whatsapp"]')!.click());
    await act(async () => answer('twitter'));
    expect(host.querySelector('[role="radio"][aria-checked="true"]')!.getAttribute('data-platform')).toBe('whatsapp');
  });
});
