import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { applyToDocument, buildPageContext, loadPageContext, PageContextProvider, usePageContext } from '../../../lib/ui/page-context';
import { causeLabel, confidenceLabel, scopeLabel, symptomLabel } from '../../../lib/ui/vocab';
import { CAUSE_CATEGORIES, CONFIDENCES, SCOPES, SYMPTOMS } from '../../../lib/incidents/types';
import { POPUP_LOCALES } from '../../../components/popup/locales';

const source = (settings: Partial<Settings> = {}) => ({ getSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }) });

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('buildPageContext', () => {
  it('follows the browser language unless the user chose one', () => {
    expect(buildPageContext(source(), { ...DEFAULT_SETTINGS }, [], 'ar-EG').lang).toBe('ar');
    expect(buildPageContext(source(), { ...DEFAULT_SETTINGS }, [], 'fr-FR').lang).toBe('en');
    expect(buildPageContext(source(), { ...DEFAULT_SETTINGS, language: 'en' }, [], 'ar').lang).toBe('en');
    expect(buildPageContext(source(), { ...DEFAULT_SETTINGS, language: 'ar' }, [], 'en-US').dir).toBe('rtl');
  });

  it('translates common, vocabulary and area strings in the chosen language', () => {
    const ar = buildPageContext(source(), { ...DEFAULT_SETTINGS, language: 'ar' }, POPUP_LOCALES);
    expect(ar.t.t('extName')).toBe('سياق الأعطال');
    expect(ar.t.t('cause_dns_bgp')).toContain('DNS');
    expect(ar.t.t('popup_search_label')).toBe('البحث في الأعطال');
  });

  it('uses the chosen digits for numbers', () => {
    const latn = buildPageContext(source(), { ...DEFAULT_SETTINGS, language: 'ar', digits: 'latn' });
    const arab = buildPageContext(source(), { ...DEFAULT_SETTINGS, language: 'ar', digits: 'arab' });
    expect(latn.t.number(2021, { useGrouping: false })).toBe('2021');
    expect(arab.t.number(2021, { useGrouping: false })).toBe('٢٠٢١');
  });

  it('shows Hijri dates only in the Arabic interface', () => {
    expect(buildPageContext(source(), { ...DEFAULT_SETTINGS, language: 'ar', hijri: true }).hijri).toBe(true);
    expect(buildPageContext(source(), { ...DEFAULT_SETTINGS, language: 'en', hijri: true }).hijri).toBe(false);
  });
});

describe('loadPageContext', () => {
  it('reads the settings from the store and sets <html lang dir>', async () => {
    const store = source({ language: 'ar' });
    const ctx = await loadPageContext(store, POPUP_LOCALES);
    expect(ctx.store).toBe(store);
    expect(ctx.settings.language).toBe('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('falls back to the default settings when the store fails', async () => {
    const ctx = await loadPageContext({ getSettings: () => Promise.reject(new Error('broken storage')) });
    expect(ctx.settings).toEqual(DEFAULT_SETTINGS);
    expect(document.documentElement.dir).toBe(ctx.dir);
  });

  it('applies a rebuilt context to the document', () => {
    applyToDocument({ lang: 'en', dir: 'ltr' });
    expect(document.documentElement.dir).toBe('ltr');
  });
});

describe('usePageContext', () => {
  function Probe() {
    return <p>{usePageContext().t.t('popup_search_label')}</p>;
  }
  it('gives components the provided context', () => {
    const host = document.createElement('div');
    const ctx = buildPageContext(source(), { ...DEFAULT_SETTINGS, language: 'en' }, POPUP_LOCALES);
    render(
      <PageContextProvider value={ctx}>
        <Probe />
      </PageContextProvider>,
      host,
    );
    expect(host.textContent).toBe('Search outages');
  });
  it('fails loudly outside a provider', () => {
    expect(() => render(<Probe />, document.createElement('div'))).toThrow(/PageContextProvider/);
  });
});

describe('vocabulary labels', () => {
  it('has an English and an Arabic label for every closed value', () => {
    for (const lang of ['en', 'ar'] as const) {
      const { t } = buildPageContext(source(), { ...DEFAULT_SETTINGS, language: lang });
      const labels = [
        ...CAUSE_CATEGORIES.map((c) => causeLabel(t, c)),
        ...SYMPTOMS.map((s) => symptomLabel(t, s)),
        ...SCOPES.map((s) => scopeLabel(t, s)),
        ...CONFIDENCES.map((c) => confidenceLabel(t, c)),
      ];
      for (const label of labels) expect(label).not.toMatch(/^(cause|symptom|scope|confidence)_/);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
