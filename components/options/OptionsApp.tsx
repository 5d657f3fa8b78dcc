import { useEffect, useRef, useState } from 'preact/hooks';
import type { OutageStore } from '../../lib/db';
import { announceLogCleared } from '../../lib/failure/log-cleared';
import { isolate } from '../../lib/format';
import { hasHostAccess, requestHostAccess } from '../../lib/browser-differences';
import { keyPart } from '../../lib/i18n';
import { PLATFORM_IDS, type PlatformId } from '../../lib/incidents/types';
import type { StoreHealth } from '../../lib/messages';
import { PLATFORMS, platformColorStyle } from '../../lib/platforms';
import { platformStats } from '../../lib/stats';
import { BANNER_MODES, DIGIT_CHOICES, DIGIT_SAMPLES, LANGUAGE_CHOICES, sameSettings, type Settings } from '../../lib/settings';
import { applyToDocument, buildPageContext, PageContextProvider, type PageContext } from '../../lib/ui/page-context';
import { formatYear } from '../../lib/ui/incident-text';
import { pointToolbarButton } from '../../lib/ui/tabs';
import { NotifyToggle } from '../failure/NotifyToggle';
import { ObservationLog } from '../failure/ObservationLog';
import { OPTIONS_LOCALES } from './locales';
import './options.css';

type Status = { kind: 'saved' | 'not-saved' | 'reset'; at: number } | null;

export function OptionsApp({ initial }: { initial: PageContext<OutageStore> }) {
  const [ctx, setCtx] = useState(initial);
  const [status, setStatus] = useState<Status>(null);
  const [health, setHealth] = useState<StoreHealth | null>(null);
  const [onRecord, setOnRecord] = useState<{ count: number; first: number; last: number } | null>(null);
  const [hostAccess, setHostAccess] = useState<boolean | null>(null);
  const confirmDialog = useRef<HTMLDialogElement>(null);
  const { t, settings, store } = ctx;

  useEffect(() => {
    void store.health().then(setHealth, () => undefined);
    void store.allIncidents().then((all) => {
      const { count, perYear } = platformStats(all);
      if (count) setOnRecord({ count, first: perYear[0]!.year, last: perYear.at(-1)!.year });
    }, () => undefined);
    void hasHostAccess().then(setHostAccess);
  }, [store]);

  // Back on this tab: the banner's "don't show" or the popup may have changed a setting meanwhile.
  useEffect(() => {
    const reread = () => {
      if (document.visibilityState !== 'visible') return;
      void store.getSettings().then(
        (stored) => {
          if (sameSettings(stored, settings)) return;
          const next = buildPageContext(store, stored, OPTIONS_LOCALES);
          applyToDocument(next);
          setCtx(next);
        },
        () => undefined,
      );
    };
    document.addEventListener('visibilitychange', reread);
    return () => document.removeEventListener('visibilitychange', reread);
  }, [store, settings]);

  /** Saves a change and re-renders the page in the (possibly new) language and digits. */
  const save = (patch: Partial<Settings>) => saveWith(() => store.saveSettings(patch));

  async function saveWith(change: () => Promise<Settings>) {
    try {
      const next = await change();
      void pointToolbarButton(next);
      const persisted = (await store.health()).persisted !== false;
      const nextCtx = buildPageContext(store, next, OPTIONS_LOCALES);
      applyToDocument(nextCtx);
      document.title = nextCtx.t.t('options_title');
      setCtx(nextCtx);
      setStatus({ kind: persisted ? 'saved' : 'not-saved', at: Date.now() });
    } catch (err) {
      console.error('[Outage Context] Could not save settings', err);
      setStatus({ kind: 'not-saved', at: Date.now() });
    }
  }

  // One platform's switch, not the whole list this page loaded: a banner turned off in another tab stays off.
  const toggleBannerPlatform = (platform: PlatformId, on: boolean) => void saveWith(() => store.setBannerDisabled(platform, !on));

  async function resetAll() {
    try {
      await store.resetUserData();
    } catch (err) {
      console.error('[Outage Context] Could not reset user data', err);
      setStatus({ kind: 'not-saved', at: Date.now() });
      return;
    }
    // The log of failed loads is gone, so no platform is failing any more.
    await announceLogCleared(t);
    const settings = await store.getSettings();
    void pointToolbarButton(settings);
    const fresh = buildPageContext(store, settings, OPTIONS_LOCALES);
    applyToDocument(fresh);
    setCtx(fresh);
    setStatus({ kind: 'reset', at: Date.now() });
  }

  return (
    <PageContextProvider value={ctx}>
      <main class="options">
        <header class="options-header">
          <img src="/icon/48.png" alt="" width={32} height={32} />
          <h1>{t.t('options_title')}</h1>
        </header>

        <p role="status" aria-live="polite" class={`options-status ${status ? 'is-visible' : ''}`} key={status?.at}>
          {status && t.t(status.kind === 'saved' ? 'options_saved' : status.kind === 'reset' ? 'options_reset_done' : 'options_not_saved')}
        </p>

        <section aria-labelledby="banner-heading">
          <h2 id="banner-heading">{t.t('settings_banner')}</h2>
          <p class="help">{t.t('options_banner_help')}</p>
          <fieldset>
            <legend>{t.t('options_banner_mode')}</legend>
            {BANNER_MODES.map((mode) => (
              <label class="choice" key={mode}>
                <input type="radio" name="banner-mode" value={mode} checked={settings.bannerMode === mode} onChange={() => void save({ bannerMode: mode })} />
                {t.t(`settings_banner_${mode}`)}
              </label>
            ))}
          </fieldset>
          <fieldset disabled={settings.bannerMode === 'never'}>
            <legend>{t.t('options_banner_platforms')}</legend>
            <div class="platform-grid">
              {PLATFORM_IDS.map((id) => (
                <label class="choice" key={id}>
                  <input type="checkbox" checked={!settings.bannerDisabled.includes(id)} onChange={(e) => toggleBannerPlatform(id, e.currentTarget.checked)} />
                  <span class="swatch" style={platformColorStyle(id)} aria-hidden="true" />
                  <bdi>{PLATFORMS[id].name[ctx.lang]}</bdi>
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        <section aria-labelledby="language-heading">
          <h2 id="language-heading">{t.t('options_language_heading')}</h2>
          <div class="field">
            <label for="language">{t.t('settings_language')}</label>
            <select id="language" value={settings.language} onChange={(e) => void save({ language: e.currentTarget.value as Settings['language'] })}>
              {LANGUAGE_CHOICES.map((l) => (
                <option value={l} key={l}>
                  {t.t(`settings_language_${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="digits">{t.t('settings_digits')}</label>
            <select id="digits" value={settings.digits} onChange={(e) => void save({ digits: e.currentTarget.value as Settings['digits'] })}>
              {DIGIT_CHOICES.map((d) => (
                <option value={d} key={d}>
                  {t.t(`settings_digits_${d}`, { sample: DIGIT_SAMPLES[d] })}
                </option>
              ))}
            </select>
          </div>
          <label class="choice">
            <input type="checkbox" checked={settings.hijri} aria-describedby="hijri-note" onChange={(e) => void save({ hijri: e.currentTarget.checked })} />
            {t.t('settings_hijri')}
          </label>
          <p class="help choice-note" id="hijri-note">
            {t.t('settings_hijri_note')}
          </p>
        </section>

        <section aria-labelledby="access-heading">
          <h2 id="access-heading">{t.t('options_access_heading')}</h2>
          {hostAccess === false ? (
            <>
              <p class="warning">{t.t('options_access_missing')}</p>
              <button type="button" onClick={() => void requestHostAccess().then(setHostAccess)}>
                {t.t('options_access_grant')}
              </button>
            </>
          ) : (
            hostAccess && <p class="help">{t.t('options_access_granted')}</p>
          )}
        </section>

        <section aria-labelledby="failures-heading">
          <h2 id="failures-heading">{t.t('options_failures_heading')}</h2>
          <NotifyToggle save={save} />
          <ObservationLog />
        </section>

        <section aria-labelledby="data-heading">
          <h2 id="data-heading">{t.t('options_data_heading')}</h2>
          <p class="help">{t.t('options_privacy')}</p>
          <button type="button" class="danger" onClick={() => confirmDialog.current?.showModal()}>
            {t.t('options_reset')}
          </button>
          <dialog ref={confirmDialog} aria-labelledby="reset-title" aria-describedby="reset-body" onClose={(e) => e.currentTarget.returnValue === 'reset' && void resetAll()}>
            <form method="dialog">
              <h3 id="reset-title">{t.t('options_reset_confirm_title')}</h3>
              <p id="reset-body">{t.t('options_reset_confirm_body')}</p>
              <div class="dialog-actions">
                <button value="cancel" autofocus>
                  {t.t('options_reset_cancel')}
                </button>
                <button value="reset" class="danger">
                  {t.t('options_reset_confirm')}
                </button>
              </div>
            </form>
          </dialog>
        </section>

        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t.t('options_about_heading')}</h2>
          {health && (
            <p>
              {onRecord && t.plural('options_about_count', onRecord.count, { first: formatYear(t, onRecord.first), last: formatYear(t, onRecord.last) })}{' '}
              {/* The version (short, for a bug report) is Latin hex inside a sentence that may be Arabic: isolate it. */}
              {t.t('options_about_dataset', { version: isolate(health.datasetVersion.slice(0, 7)) })}
            </p>
          )}
          {health && !health.ok && (
            <p class="warning">{t.t('options_about_degraded', { reason: t.t(`options_storage_${keyPart(health.reason ?? 'failed')}`) })}</p>
          )}
          <p class="help">{t.t('options_about_sources')}</p>
        </section>
      </main>
    </PageContextProvider>
  );
}
