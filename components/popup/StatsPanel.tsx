/** The selection's figures: how many outages, the longest, total and median of the known durations, the last one. */
import { formatAgo, formatDuration } from '../../lib/format';
import type { PlatformStats } from '../../lib/stats';
import { incidentYear } from '../../lib/chart';
import { usePageContext } from '../../lib/ui/page-context';
import { durationText, formatYear } from '../../lib/ui/incident-text';
import { IncidentDate } from '../common/IncidentDate';
import { IncidentLink } from '../common/IncidentLink';

export interface StatsPanelProps {
  stats: PlatformStats;
  /** How many incidents have a known duration (total and median are over these). */
  knownDurations: number;
  /** Left out while the popup shows its build-time rendering: "how long ago" then keeps its line, blank. */
  now?: number;
}

export function StatsPanel({ stats, knownDurations, now }: StatsPanelProps) {
  const { t } = usePageContext();
  const none = t.t('popup_stat_none');
  const firstYear = stats.perYear[0]?.year;
  // Longest, total and median leave out the outages of unknown length; the cards say so ("Longest known", "over 9 known durations").
  const knownOver = t.plural('popup_stat_known_durations', knownDurations);
  return (
    <dl class="stats">
      <div class="stat stat-count">
        <dt>{t.t('popup_stat_count')}</dt>
        <dd>
          <span class="stat-value" data-stat="count">{t.number(stats.count)}</span>
          {firstYear !== undefined && <span class="stat-sub">{t.t('popup_stat_since', { year: formatYear(t, firstYear) })}</span>}
        </dd>
      </div>
      <div class="stat stat-last">
        <dt>{t.t('popup_stat_last')}</dt>
        <dd>
          {stats.last ? (
            <>
              <IncidentLink id={stats.last.id} class="stat-value stat-link">
                <IncidentDate instant={stats.last.start} />
              </IncidentLink>
              <span class="stat-sub" data-stat="ago">{now === undefined ? '\u00a0' : formatAgo(t, Date.parse(stats.last.start.utc), now)}</span>
            </>
          ) : (
            <span class="stat-value">{none}</span>
          )}
        </dd>
      </div>
      <div class="stat">
        <dt>{t.t('popup_stat_longest')}</dt>
        <dd>
          {stats.longest ? (
            <>
              <IncidentLink id={stats.longest.id} class="stat-value stat-link">
                {durationText(t, stats.longest)}
              </IncidentLink>
              <span class="stat-sub">{formatYear(t, incidentYear(stats.longest))}</span>
            </>
          ) : (
            <span class="stat-value">{none}</span>
          )}
        </dd>
      </div>
      <div class="stat">
        <dt>{t.t('popup_stat_total')}</dt>
        <dd>
          {/* A sum of reported, mostly approximate lengths, rounded to a unit: "about". */}
          <span class="stat-value">{knownDurations ? formatDuration(t, { minutes: stats.totalMinutes, qualifier: 'about' }) : none}</span>
          <span class="stat-sub">{knownOver}</span>
        </dd>
      </div>
      <div class="stat">
        <dt>{t.t('popup_stat_median')}</dt>
        <dd>
          <span class="stat-value">{stats.medianMinutes !== undefined ? formatDuration(t, stats.medianMinutes) : none}</span>
          <span class="stat-sub">{knownOver}</span>
        </dd>
      </div>
    </dl>
  );
}
