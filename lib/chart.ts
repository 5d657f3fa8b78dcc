/**
 * The popup's timeline chart as pure geometry: one column per year, one mark per incident stacked in
 * its year's column (so a column's height reads as the number of outages), each mark's radius by the
 * outage's duration on a log scale (minutes to weeks in one view), coloured by platform.
 * The component only draws what `timelineLayout` returns; everything here is unit-tested.
 */
import { durationMinutes, instantMs } from './format';
import type { Incident, PlatformId } from './incidents/types';

export interface ChartBox {
  width: number;
  /** The most the chart may take; it is shorter when no year has many outages. */
  height: number;
  /** Space for the year labels under the plot. */
  axisHeight: number;
  /** Inner margin on the start and end sides, so edge marks are not cut. */
  inset: number;
}

export interface Mark {
  incident: Incident;
  year: number;
  cx: number;
  cy: number;
  r: number;
  minutes?: number;
  /** Platforms in the order their colours are drawn (the selected one first). */
  platforms: PlatformId[];
}

export interface YearColumn {
  year: number;
  /** Centre of the column. */
  x: number;
  count: number;
  /** Whether the axis prints this year (labels are thinned to fit). */
  labelled: boolean;
}

export interface TimelineLayout {
  box: ChartBox;
  /** The height actually used: the tallest column plus the axis. */
  height: number;
  columns: YearColumn[];
  columnWidth: number;
  /** Baseline of the plot (y of the axis line). */
  baseline: number;
  marks: Mark[];
  maxPerYear: number;
}

export const DEFAULT_BOX: ChartBox = { width: 340, height: 132, axisHeight: 18, inset: 6 };
/** The tallest slot (mark diameter plus a gap) a single outage gets. */
const MAX_SLOT = 22;

/** The UTC year an incident started in. */
export function incidentYear(incident: Incident): number {
  return new Date(instantMs(incident.start)).getUTCFullYear();
}

/** Every year from the first to the last (gaps included, so quiet years are visible). */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The smallest step from 1, 2, 5, 10, 20… at which year labels `labelWidth` wide don't touch. */
export function labelStep(columnWidth: number, labelWidth: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) {
      if (step * magnitude * columnWidth >= labelWidth) return step * magnitude;
    }
  }
}

/** The duration scale spans at least half an hour to a day, so a few similar outages are not blown apart. */
export const DURATION_DOMAIN = { min: 30, max: 24 * 60 };

/**
 * Radius for a duration: log scale between the shortest and longest known durations (widened to at
 * least `domain`), so a 40-minute blip and a 6-hour blackout differ visibly even beside a week-long
 * shutdown. Unknown durations get the smallest radius (the chart draws them hollow).
 */
export function radiusScale(
  minutes: readonly number[],
  rMin: number,
  rMax: number,
  domain: { min: number; max: number } = { min: Infinity, max: 0 },
): (m: number | undefined) => number {
  const known = minutes.filter((m) => Number.isFinite(m) && m > 0);
  if (known.length === 0) return () => rMin;
  const lo = Math.log(Math.min(domain.min, ...known));
  const hi = Math.log(Math.max(domain.max, ...known));
  return (m) => {
    if (m === undefined || !Number.isFinite(m) || m <= 0) return rMin;
    if (hi === lo) return (rMin + rMax) / 2;
    const t = (Math.log(m) - lo) / (hi - lo);
    return rMin + (rMax - rMin) * Math.min(1, Math.max(0, t));
  };
}

/** The platforms of an incident with `first` (the selected platform) leading, when it is one of them. */
export function orderedPlatforms(incident: Incident, first?: PlatformId): PlatformId[] {
  if (!first || !incident.platforms.includes(first)) return [...incident.platforms];
  return [first, ...incident.platforms.filter((p) => p !== first)];
}

export interface LayoutOptions {
  box?: ChartBox;
  /** Width of a printed year label in px (4 digits at the chart's font size, plus a gap). */
  labelWidth?: number;
  /** The selected platform, whose colour leads on shared incidents. */
  platform?: PlatformId;
  /** Extend the axis to this year (e.g. the current one) so "no outage since" shows as empty columns. */
  throughYear?: number;
  /** Right-to-left: time runs from the right edge to the left, as the page reads. */
  mirror?: boolean;
}

export function timelineLayout(incidents: readonly Incident[], options: LayoutOptions = {}): TimelineLayout {
  const box = options.box ?? DEFAULT_BOX;
  const labelWidth = options.labelWidth ?? 30;
  const byYear = new Map<number, Incident[]>();
  for (const incident of incidents) {
    const year = incidentYear(incident);
    if (!Number.isFinite(year)) continue;
    const list = byYear.get(year) ?? [];
    list.push(incident);
    byYear.set(year, list);
  }
  const years = [...byYear.keys()];
  if (options.throughYear !== undefined && years.length > 0) years.push(options.throughYear);
  const range = yearRange(years);
  const plotWidth = box.width - 2 * box.inset;
  const columnWidth = range.length ? plotWidth / range.length : plotWidth;
  const step = labelStep(columnWidth, labelWidth);
  const maxPerYear = Math.max(0, ...[...byYear.values()].map((l) => l.length));

  // A slot per incident: as tall as the plot allows, never wider than the column. The plot is only
  // as tall as its busiest year needs (with room for two slots), so a quiet history is not a tall void.
  const maxPlot = box.height - box.axisHeight - 2;
  const slot = maxPerYear ? Math.min(columnWidth, maxPlot / maxPerYear, MAX_SLOT) : 0;
  const baseline = Math.min(maxPlot, Math.max(2, maxPerYear) * (slot || MAX_SLOT)) + 2;
  const rMax = Math.max(2, slot / 2 - 1);
  const rMin = Math.max(2, Math.min(3.5, rMax * 0.45));
  const radius = radiusScale(
    incidents.map((i) => durationMinutes(i)).filter((m): m is number => m !== undefined),
    rMin,
    rMax,
    DURATION_DOMAIN,
  );

  const columns: YearColumn[] = range.map((year, i) => ({
    year,
    x: options.mirror ? box.width - box.inset - columnWidth * (i + 0.5) : box.inset + columnWidth * (i + 0.5),
    count: byYear.get(year)?.length ?? 0,
    // The last year is always labelled; the others on the step, counted back from it.
    labelled: (range.length - 1 - i) % step === 0,
  }));

  const marks: Mark[] = [];
  for (const column of columns) {
    // Oldest at the bottom, so a column grows upwards through the year.
    const list = [...(byYear.get(column.year) ?? [])].sort((a, b) => instantMs(a.start) - instantMs(b.start));
    list.forEach((incident, i) => {
      const minutes = durationMinutes(incident);
      marks.push({
        incident,
        year: column.year,
        cx: column.x,
        cy: baseline - slot * (i + 0.5),
        // Rounded: Math.log may differ in its last bit between the build's Node and the browser, and the
        // popup hydrates marks the build prerendered.
        r: round(radius(minutes)),
        minutes,
        platforms: orderedPlatforms(incident, options.platform),
      });
    });
  }
  return { box, height: baseline + box.axisHeight, columns, columnWidth, baseline, marks, maxPerYear };
}

export interface Slice {
  platform: PlatformId;
  /** SVG path data for one slice (callers draw a plain circle when there is one platform). */
  d: string;
}

/** Equal pie slices (each at most a half circle) for a mark shared by several platforms, from 12 o'clock, clockwise. */
export function pieSlices(cx: number, cy: number, r: number, platforms: readonly PlatformId[]): Slice[] {
  const n = platforms.length;
  const point = (k: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
    return `${round(cx + r * Math.cos(angle))} ${round(cy + r * Math.sin(angle))}`;
  };
  return platforms.map((platform, k) => ({
    platform,
    d: `M ${round(cx)} ${round(cy)} L ${point(k)} A ${round(r)} ${round(r)} 0 0 1 ${point(k + 1)} Z`,
  }));
}

const round = (v: number) => Math.round(v * 100) / 100;
