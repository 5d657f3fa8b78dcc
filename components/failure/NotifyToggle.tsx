/**
 * "Notify me when a covered site fails to load": off by default. Turning it on asks for the optional
 * `notifications` permission right then, inside the click (browsers only ask from a user gesture);
 * turning it off gives the permission back.
 */
import { useEffect, useState } from 'preact/hooks';
import { dropNotifications, hasNotifications, requestNotifications } from '../../lib/browser-differences';
import type { Settings } from '../../lib/settings';
import { PageContextProvider } from '../../lib/ui/page-context';
import { useFailureContext } from './context';
import './failure.css';

export interface NotifyToggleProps {
  /** Saves a settings change through the page (which re-renders with the new settings). */
  save(patch: Partial<Settings>): Promise<unknown>;
}

export function NotifyToggle({ save }: NotifyToggleProps) {
  const ctx = useFailureContext();
  const { t, settings } = ctx;
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => void hasNotifications().then(setGranted), []);

  async function change(on: boolean) {
    if (on) {
      // First thing in the gesture: an await before it would lose the user activation.
      const allowed = await requestNotifications().catch(() => false);
      setGranted(allowed);
      setDenied(!allowed);
      if (allowed) await save({ notifyOnFailure: true });
      return;
    }
    setDenied(false);
    await save({ notifyOnFailure: false });
    await dropNotifications();
    setGranted(false);
  }

  const checked = settings.notifyOnFailure && granted === true;
  return (
    <PageContextProvider value={ctx}>
      <div class="failure-notify">
        <label class="failure-notify-label">
          <input type="checkbox" checked={checked} disabled={granted === null} onChange={(e) => void change(e.currentTarget.checked)} aria-describedby="failure-notify-hint" />
          {t.t('failure_notify_label')}
        </label>
        <p class="failure-notify-hint" id="failure-notify-hint">
          {t.t('failure_notify_hint')}
        </p>
        {denied && (
          <p class="failure-notify-denied" role="status">
            {t.t('failure_notify_denied')}
          </p>
        )}
      </div>
    </PageContextProvider>
  );
}
