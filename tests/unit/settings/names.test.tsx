/**
 * The popup's quick settings and the options page name each setting and each choice the same way, in
 * both languages (QA found "Browser language" beside "Same as the browser", "Western" beside "Latin").
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { OPTIONS_LOCALES } from '../../../components/options/locales';
import { POPUP_LOCALES } from '../../../components/popup/locales';
import { SettingsDrawer } from '../../../components/popup/SettingsDrawer';
import { openStore } from '../../../lib/db';
import type { Lang } from '../../../lib/incidents/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { buildPageContext, PageContextProvider } from '../../../lib/ui/page-context';
import { SAMPLE } from '../popup/fixtures';
import { freshMountPoint } from '../mount-point';

let host: HTMLElement;
freshMountPoint((element) => (host = element));

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const freshStore = () => openStore({ factory: new IDBFactory(), bundled: { version: 'test', incidents: SAMPLE } });

interface Names {
  language: string[];
  digits: string[];
  banner: string[];
  bannerName: string;
  hijri: string;
}

async function popupNames(lang: Lang): Promise<Names> {
  const ctx = buildPageContext(freshStore(), { ...DEFAULT_SETTINGS, language: lang }, POPUP_LOCALES);
  HTMLDialogElement.prototype.showModal ??= vi.fn();
  await act(async () => {
    render(
      <PageContextProvider value={ctx}>
        <SettingsDrawer open onClose={() => undefined} onChange={async () => true} />
      </PageContextProvider>,
      host,
    );
  });
  const choices = (name: string) => [...host.querySelectorAll(`input[name="${name}"]`)].map((input) => text(input.closest('label'))!);
  const bannerLegend = [...host.querySelectorAll('legend')].find((l) => l.parentElement!.querySelector('input[name="bannerMode"]'));
  const note = host.querySelector('.option-note')!;
  const label = text(note.parentElement)!.slice(0, -text(note)!.length);
  return { language: choices('language'), digits: choices('digits'), banner: choices('bannerMode'), bannerName: text(bannerLegend)!, hijri: `${label} ${text(note)}` };
}

async function optionsNames(lang: Lang): Promise<Names> {
  const store = freshStore();
  const ctx = buildPageContext(store, { ...DEFAULT_SETTINGS, language: lang }, OPTIONS_LOCALES);
  await act(async () => {
    render(<OptionsApp initial={ctx} />, host);
  });
  const options = (id: string) => [...host.querySelectorAll(`#${id} option`)].map((o) => text(o)!);
  const hijriBox = [...host.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((i) => i.getAttribute('aria-describedby') === 'hijri-note')!;
  return {
    language: options('language'),
    digits: options('digits'),
    banner: [...host.querySelectorAll('input[name="banner-mode"]')].map((input) => text(input.closest('label'))!),
    bannerName: text(host.querySelector('#banner-heading'))!,
    hijri: `${text(hijriBox.closest('label'))} ${text(host.querySelector('#hijri-note'))}`,
  };
}

describe('settings names', () => {
  it.each(['en', 'ar'] as const)('are the same in the popup and on the options page (%s)', async (lang) => {
    const popup = await popupNames(lang);
    render(null, host);
    const options = await optionsNames(lang);
    expect(options).toEqual(popup);
  });

  it('reads, in English, as QA asked: the clearer name of each pair', async () => {
    expect(await popupNames('en')).toEqual({
      language: ['Same as the browser', 'English', 'العربية (Arabic)'],
      digits: ['Usual for the language', 'Western (0123)', 'Arabic-Indic (٠١٢٣)'],
      banner: ['At most once a day per platform', 'Only on anniversaries of past outages', 'Never'],
      bannerName: 'History banner on the sites',
      hijri: 'Show Hijri dates beside Gregorian ones Only when the interface is in Arabic: dates in the popup and on the outage pages then also give the Hijri date. No effect in English.',
    });
  });

  it('reads, in Arabic, with one name for each digit style', async () => {
    const names = await popupNames('ar');
    expect(names.language).toEqual(['لغة المتصفح', 'English (الإنجليزية)', 'العربية']);
    expect(names.digits).toEqual(['المعتادة في اللغة', 'غربية (0123)', 'عربية مشرقية (٠١٢٣)']);
    expect(names.bannerName).toBe('شريط تاريخ الأعطال على المواقع');
  });
});
