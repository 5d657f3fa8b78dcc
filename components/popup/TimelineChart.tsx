/**
 * Outages per year as an SVG dot plot: a column per year, a dot per outage sized by its duration and
 * coloured by platform (shared outages as pie slices). The geometry comes from lib/chart.ts; screen
 * readers get the same facts as a table.
 */
import { formatList, formatShortDate } from '../../lib/format';
import { DEFAULT_BOX, pieSlices, timelineLayout, type Mark } from '../../lib/chart';
import type { Incident, PlatformId } from '../../lib/incidents/types';
import { platformColorStyle } from '../../lib/platforms';
import { usePageContext } from '../../lib/ui/page-context';
import { durationText, formatYear } from '../../lib/ui/incident-text';
import { openIncident } from '../../lib/ui/tabs';

export interface TimelineChartProps {
  incidents: readonly Incident[];
  platform?: PlatformId;
  /** The year the list is filtered to, highlighted in the chart. */
  year?: number;
  throughYear: number;
  onYear(year: number | undefined): void;
}

const BOX = { ...DEFAULT_BOX, width: 348, height: 124 };

export function TimelineChart({ incidents, platform, year, throughYear, onYear }: TimelineChartProps) {
  const { t, lang, dir } = usePageContext();
  const layout = timelineLayout(incidents, { box: BOX, platform, throughYear, mirror: dir === 'rtl' });
  const yearText = (y: number) => formatYear(t, y);
  // Each mark's description serves both its tooltip and the table, so it is built once.
  const titles = new Map(
    layout.marks.map((m) => [
      m,
      t.t('popup_chart_mark', { title: t.digitsIn(m.incident.title[lang]), date: formatShortDate(t, m.incident.start), duration: durationText(t, m.incident, { place: 'sentence' }) }),
    ]),
  );
  const markTitle = (m: Mark) => titles.get(m)!;

  return (
    <figure class="chart" aria-labelledby="chart-heading">
      <figcaption>
        <h2 id="chart-heading" class="section-heading">
          {t.t('popup_chart_heading')}
        </h2>
      </figcaption>
      <svg class="chart-svg" viewBox={`0 0 ${BOX.width} ${layout.height}`} width={BOX.width} height={layout.height} aria-hidden="true" focusable="false">
        {layout.columns.map((c) =>
          c.count ? (
            <rect
              key={`col-${c.year}`}
              class={`chart-column${c.year === year ? ' is-selected' : ''}`}
              x={c.x - layout.columnWidth / 2}
              y={0}
              width={layout.columnWidth}
              height={layout.baseline}
              rx={3}
              onClick={() => onYear(c.year === year ? undefined : c.year)}
            >
              <title>{t.t('popup_chart_year_button', { year: yearText(c.year) })}</title>
            </rect>
          ) : null,
        )}
        <line class="chart-axis" x1={BOX.inset} x2={BOX.width - BOX.inset} y1={layout.baseline + 0.5} y2={layout.baseline + 0.5} />
        {layout.columns.map((c) =>
          c.labelled ? (
            <text key={`label-${c.year}`} class={`chart-label${c.year === year ? ' is-selected' : ''}`} x={c.x} y={layout.baseline + 13} text-anchor="middle">
              {yearText(c.year)}
            </text>
          ) : (
            <line key={`tick-${c.year}`} class="chart-tick" x1={c.x} x2={c.x} y1={layout.baseline + 1} y2={layout.baseline + 4} />
          ),
        )}
        {layout.marks.map((m) => (
          <g
            key={m.incident.id}
            class={`chart-mark${m.minutes === undefined ? ' is-unknown' : ''}${year !== undefined && m.year !== year ? ' is-dimmed' : ''}`}
            data-incident={m.incident.id}
            onClick={() => void openIncident(m.incident.id)}
          >
            <title>{markTitle(m)}</title>
            {m.minutes === undefined || m.platforms.length === 1 ? (
              <circle class="oc-pc" style={platformColorStyle(m.platforms[0]!)} cx={m.cx} cy={m.cy} r={m.r} />
            ) : (
              pieSlices(m.cx, m.cy, m.r, m.platforms).map((s) => <path key={s.platform} class="oc-pc" style={platformColorStyle(s.platform)} d={s.d} />)
            )}
          </g>
        ))}
      </svg>
      <p class="chart-legend">{t.t('popup_chart_legend')}</p>
      {/* A table ignores a 1px width, so the hidden box is a wrapper around it. */}
      <div class="visually-hidden">
      <table>
        <caption>{t.t('popup_chart_table_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.t('popup_chart_col_year')}</th>
            <th scope="col">{t.t('popup_chart_col_count')}</th>
            <th scope="col">{t.t('popup_chart_col_titles')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.columns
            .filter((c) => c.count > 0)
            .map((c) => (
              <tr key={c.year}>
                <th scope="row">{yearText(c.year)}</th>
                <td>{t.number(c.count)}</td>
                <td>
                  {formatList(
                    t,
                    layout.marks.filter((m) => m.year === c.year).map(markTitle),
                  )}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
