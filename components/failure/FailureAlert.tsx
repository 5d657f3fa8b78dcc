/**
 * Leads the popup while a covered platform fails to load: what failed and when, in plain words; whether it
 * looks like the user's own connection or the platform; the platform's past outages of the same kind; and
 * where to check live status. Derived from the user's log in the database, like the badge.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { activeFailures, type ActiveFailure } from '../../lib/failure/active';
import { ACTIVE_FOR_MS } from '../../lib/observations';
import { judgeFailure, type Judgement } from '../../lib/failure/judge';
import { pastIncidentsLike } from '../../lib/failure/match';
import { formatClock, formatElapsed, httpStatus, platformName } from '../../lib/failure/text';
import { keyPart, type Translator } from '../../lib/i18n';
import type { Incident, PlatformId } from '../../lib/incidents/types';
import type { Observation } from '../../lib/observations';
import { PLATFORMS, platformColorStyle } from '../../lib/platforms';
import { formatList, isolate } from '../../lib/format';
import { PageContextProvider, usePageContext } from '../../lib/ui/page-context';
import { IncidentListItem } from '../common/IncidentListItem';
import { hasObservations, useFailureContext } from './context';
import './failure.css';

/** How many past incidents the alert lists (the popup's list below has them all). */
const PAST_LIMIT = 3;

export interface FailureAlertProps {
  /** Every incident (newest first), as the popup already holds them. */
  incidents: readonly Incident[];
  /** The platform the popup is showing (the current tab's): its failure leads when several fail. */
  platform?: PlatformId;
  now?: number;
}

function judgementText(t: Translator, judgement: Judgement, platform: PlatformId): string | null {
  const names = (list: PlatformId[]) => formatList(t, list.map((p) => isolate(platformName(p, t.lang))));
  const name = isolate(platformName(platform, t.lang));
  switch (judgement.kind) {
    case 'offline':
      return null;
    case 'platform':
      return t.t('failure_judge_platform', { platforms: names(judgement.loadingFine), platform: name });
    case 'company':
      return t.t('failure_judge_company', { platforms: names(judgement.alsoFailing) });
    case 'connection':
      return t.t('failure_judge_connection', { platforms: names(judgement.alsoFailing) });
    case 'unknown':
      return t.t('failure_judge_unknown');
  }
}

export function FailureAlert({ incidents, platform, now: fixedNow }: FailureAlertProps) {
  const { store } = usePageContext();
  const ctx = useFailureContext();
  const [now] = useState(() => fixedNow ?? Date.now());
  const [log, setLog] = useState<Observation[]>([]);

  useEffect(() => {
    if (!hasObservations(store)) return;
    store.observations({ sinceMs: now - ACTIVE_FOR_MS }).then(setLog, () => setLog([]));
  }, [store, now]);

  const failure: ActiveFailure | undefined = useMemo(() => {
    const failures = activeFailures(log, now);
    return failures.find((f) => f.platform === platform) ?? failures[0];
  }, [log, now, platform]);
  if (!failure) return null;
  return (
    <PageContextProvider value={ctx}>
      <Alert failure={failure} log={log} incidents={incidents} now={now} />
    </PageContextProvider>
  );
}

function Alert({ failure, log, incidents, now }: { failure: ActiveFailure; log: Observation[]; incidents: readonly Incident[]; now: number }) {
  const { t, lang } = usePageContext();
  const { platform, latest, since } = failure;
  const offline = latest.outcome === 'offline';
  const name = isolate(platformName(platform, lang));
  const host = isolate(latest.host);
  const judgement = judgementText(t, judgeFailure(failure, log, now), platform);
  const past = offline ? null : pastIncidentsLike(incidents, platform, latest.outcome);
  const when = t.t(since < latest.time ? 'failure_alert_since' : 'failure_alert_at', { time: formatClock(t, since, now), ago: formatElapsed(t, since, now) });

  return (
    <section class={`failure-alert${offline ? ' is-offline' : ''}`} style={platformColorStyle(platform)} aria-labelledby="failure-heading" data-failure={latest.outcome}>
      <div class="failure-head">
        <span class="failure-icon" aria-hidden="true">
          <svg viewBox="0 0 20 20" width="18" height="18" focusable="false">
            <path d="M10 2.5 18.5 17h-17Z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
            <path d="M10 8v4.2M10 14.2v.1" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </span>
        <div class="failure-headline">
          <h2 id="failure-heading" class="failure-title">
            {offline ? t.t('failure_alert_heading_offline') : t.t('failure_alert_heading', { platform: name })}
          </h2>
          <p class="failure-when">{when}</p>
        </div>
      </div>
      <p class="failure-explain">{t.t(`failure_explain_${keyPart(latest.outcome)}`, { host, platform: name, status: httpStatus(latest.detail) })}</p>
      {latest.outcome !== 'server-error' && <p class="failure-code">{t.t('failure_browser_error', { code: isolate(latest.detail) })}</p>}
      {!offline && (
        <a class="failure-retry" href={`https://${latest.host}/`} target="_blank" rel="noopener noreferrer">
          {t.t('failure_retry', { host })}
        </a>
      )}

      {judgement && (
        <>
          <h3 class="failure-subheading">{t.t('failure_judge_heading')}</h3>
          <p class="failure-judgement">{judgement}</p>
        </>
      )}

      {past && (
        <>
          <h3 class="failure-subheading" id="failure-past-heading">
            {t.t(past.kind === 'same' ? 'failure_past_same_heading' : 'failure_past_loads_heading', { platform: name })}
          </h3>
          {past.incidents.length ? (
            <ul class="list failure-past" aria-labelledby="failure-past-heading">
              {past.incidents.slice(0, PAST_LIMIT).map((incident) => (
                <IncidentListItem key={incident.id} incident={incident} showPlatforms={false} accent={platform} />
              ))}
            </ul>
          ) : (
            <p class="failure-none">{t.t('failure_past_none', { platform: name })}</p>
          )}
        </>
      )}

      {!offline && (
        <>
          <h3 class="failure-subheading">{t.t('failure_status_heading')}</h3>
          <ul class="failure-status">
            {PLATFORMS[platform].statusLinks.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  <bdi>{link.label[lang]}</bdi>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
