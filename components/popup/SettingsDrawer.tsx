/**
 * The popup's quick settings in a modal drawer: language, digits, Hijri dates, the banner. A change is
 * saved at once and the popup re-renders in the new language; the full options page has the rest.
 * Settings and choices are named as on the options page (locales/<lang>/settings.json).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BANNER_MODES, DIGIT_CHOICES, DIGIT_SAMPLES, LANGUAGE_CHOICES, type Settings } from '../../lib/settings';
import { usePageContext } from '../../lib/ui/page-context';

export interface SettingsDrawerProps {
  open: boolean;
  onClose(): void;
  /** Saves a change; resolves to whether it was kept (false: storage unavailable). */
  onChange(patch: Partial<Settings>): Promise<boolean>;
}

export function SettingsDrawer({ open, onClose, onChange }: SettingsDrawerProps) {
  const { t, settings } = usePageContext();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<'saved' | 'not-saved' | null>(null);

  // Before the browser paints: the content goes with `open`, so the dialog must close in the same frame.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setStatus(null);
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  async function change(patch: Partial<Settings>) {
    setStatus((await onChange(patch)) ? 'saved' : 'not-saved');
  }

  function radios<V extends string>(name: keyof Settings, legend: string, values: readonly V[], current: V, label: (v: V) => string) {
    return (
      <fieldset class="field">
        <legend>{legend}</legend>
        {values.map((v) => (
          <label key={v} class="option">
            <input type="radio" name={name} value={v} checked={v === current} onChange={() => void change({ [name]: v })} />
            <span>{label(v)}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  return (
    <dialog class="drawer" ref={dialog} aria-labelledby="settings-title" onClose={onClose} onCancel={onClose}>
      {/* Built when opened: nothing of it delays the popup's first paint. */}
      {open && (
        <>
          <div class="drawer-head">
            <h2 id="settings-title">{t.t('popup_settings_title')}</h2>
            <button type="button" class="icon-button" aria-label={t.t('popup_settings_close')} onClick={onClose}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
              </svg>
            </button>
          </div>
          {radios('language', t.t('settings_language'), LANGUAGE_CHOICES, settings.language, (v) => t.t(`settings_language_${v}`))}
          {radios('digits', t.t('settings_digits'), DIGIT_CHOICES, settings.digits, (v) => t.t(`settings_digits_${v}`, { sample: DIGIT_SAMPLES[v] }))}
          <div class="field">
            <label class="option">
              <input type="checkbox" checked={settings.hijri} onChange={(e) => void change({ hijri: e.currentTarget.checked })} />
              <span>
                {t.t('settings_hijri')}
                <span class="option-note">{t.t('settings_hijri_note')}</span>
              </span>
            </label>
          </div>
          {radios('bannerMode', t.t('settings_banner'), BANNER_MODES, settings.bannerMode, (v) => t.t(`settings_banner_${v}`))}
          <div class="drawer-foot">
            <p class="drawer-status" role="status">
              {status && t.t(status === 'saved' ? 'popup_settings_saved' : 'popup_settings_not_saved')}
            </p>
            <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t.t('popup_settings_all')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
