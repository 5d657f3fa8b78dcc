/**
 * The user's own log of loads of the covered sites, per day and per platform; export as JSON or CSV;
 * clear it (after a confirmation), which also clears the toolbar badge. It never leaves the device
 * unless the user saves an export.
 */
import { useEffect, useState } from 'preact/hooks';
import { announceLogCleared } from '../../lib/failure/log-cleared';
import { exportFileName, observationsToCsv, observationsToJson } from '../../lib/failure/export';
import { groupLog } from '../../lib/failure/log-view';
import { formatClock, outcomeLabel } from '../../lib/failure/text';
import type { Observation } from '../../lib/observations';
import { PageContextProvider } from '../../lib/ui/page-context';
import { PlatformBadge } from '../common/PlatformBadge';
import { saveTextFile } from '../incident/download';
import { hasObservations, useFailureContext } from './context';
import './failure.css';

type State = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; log: Observation[] };

export function ObservationLog() {
  const ctx = useFailureContext();
  const { t, store } = ctx;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    if (!hasObservations(store)) return setState({ kind: 'error' });
    store.observations().then(
      (log) => setState({ kind: 'ready', log }),
      () => setState({ kind: 'error' }),
    );
  }, [store]);

  async function clear() {
    if (!hasObservations(store)) return;
    setConfirming(false);
    try {
      await store.clearObservations();
      setState({ kind: 'ready', log: [] });
      setCleared(true);
      // Nothing is failing any more as far as the log knows: the worker and the badges follow.
      await announceLogCleared(t);
    } catch {
      setState({ kind: 'error' });
    }
  }

  const log = state.kind === 'ready' ? state.log : [];
  const download = (kind: 'json' | 'csv') =>
    saveTextFile(document, exportFileName(Date.now(), kind), kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8', kind === 'json' ? observationsToJson(log) : observationsToCsv(log));
  const dayFormat = new Intl.DateTimeFormat(t.locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });

  return (
    <PageContextProvider value={ctx}>
      <div class="failure-log">
        <h3 class="failure-log-heading">{t.t('failure_log_heading')}</h3>
        <p class="failure-log-intro">{t.t('failure_log_intro')}</p>
        {state.kind === 'error' && (
          <p class="failure-log-error" role="alert">
            {t.t('failure_log_error')}
          </p>
        )}
        {cleared && log.length === 0 && (
          <p class="failure-log-status" role="status">
            {t.t('failure_log_cleared')}
          </p>
        )}
        {state.kind === 'ready' && log.length === 0 && !cleared && <p class="failure-log-empty">{t.t('failure_log_empty')}</p>}
        {groupLog(log).map((day, index) => (
          <details class="failure-log-day" key={day.day} open={index === 0}>
            <summary>
              <time dateTime={day.day}>{dayFormat.format(day.time)}</time>
              <span class="failure-log-count">{t.plural('failure_log_failures', day.failures)}</span>
            </summary>
            {day.platforms.map((group) => (
              <div class="failure-log-platform" key={group.platform}>
                <p class="failure-log-platform-head">
                  <PlatformBadge platform={group.platform} />
                  <span class="failure-log-count">{t.plural('failure_log_failures', group.failures)}</span>
                </p>
                <ul class="failure-log-entries">
                  {group.entries.map((o) => (
                    <li key={o.id ?? o.time} class={o.outcome === 'ok' ? 'is-ok' : 'is-failure'}>
                      <time dateTime={new Date(o.time).toISOString()}>{formatClock(t, o.time, o.time)}</time>
                      <span class="failure-log-outcome">{outcomeLabel(t, o)}</span>
                      <bdi class="failure-log-host" dir="ltr">
                        {o.host}
                      </bdi>
                      {o.outcome !== 'ok' && o.outcome !== 'server-error' && (
                        <code class="failure-log-detail" dir="ltr">
                          {o.detail}
                        </code>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        ))}
        {log.length > 0 && (
          <div class="failure-log-actions">
            <button type="button" onClick={() => download('json')}>
              {t.t('failure_log_export_json')}
            </button>
            <button type="button" onClick={() => download('csv')}>
              {t.t('failure_log_export_csv')}
            </button>
            <button type="button" class="danger" aria-expanded={confirming} aria-controls="failure-log-confirm" onClick={() => setConfirming(true)}>
              {t.t('failure_log_clear')}
            </button>
          </div>
        )}
        {confirming && (
          <div class="failure-log-confirm" id="failure-log-confirm" role="group" aria-labelledby="failure-log-confirm-text">
            <p id="failure-log-confirm-text">{t.plural('failure_log_clear_confirm', log.length)}</p>
            <button type="button" class="danger" onClick={() => void clear()}>
              {t.t('failure_log_clear_yes')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              {t.t('failure_log_clear_no')}
            </button>
          </div>
        )}
      </div>
    </PageContextProvider>
  );
}
