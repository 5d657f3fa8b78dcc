import { describe, expect, it } from 'vitest';
import { DEFAULT_BOX, DURATION_DOMAIN, incidentYear, labelStep, orderedPlatforms, pieSlices, radiusScale, timelineLayout, yearRange } from '../../lib/chart';
import { incident, SAMPLE } from './popup/fixtures';

describe('yearRange', () => {
  it('spans the first to the last year, quiet years included', () => {
    expect(yearRange([2021, 2016, 2019])).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
  });
  it('is empty for no years and a single year for one', () => {
    expect(yearRange([])).toEqual([]);
    expect(yearRange([2020, 2020])).toEqual([2020]);
  });
});

describe('labelStep', () => {
  it('labels every year when the columns are wide enough', () => {
    expect(labelStep(40, 30)).toBe(1);
  });
  it('thins labels through 2, 5, 10… until they fit', () => {
    expect(labelStep(20, 30)).toBe(2);
    expect(labelStep(7, 30)).toBe(5);
    expect(labelStep(3, 30)).toBe(10);
    expect(labelStep(1, 30)).toBe(50);
  });
});

describe('radiusScale', () => {
  const r = radiusScale([30, 360, 43_200], 3, 10);
  it('maps the shortest and the longest duration to the ends of the range', () => {
    expect(r(30)).toBe(3);
    expect(r(43_200)).toBe(10);
  });
  it('is logarithmic, so hours still differ visibly beside weeks', () => {
    const sixHours = r(360);
    expect(sixHours).toBeGreaterThan(5);
    expect(sixHours).toBeLessThan(7);
  });
  it('grows with duration and clamps outside the domain', () => {
    expect(r(60)).toBeLessThan(r(120));
    expect(r(10)).toBe(3);
    expect(r(100_000)).toBe(10);
  });
  it('gives unknown or nonsensical durations the smallest radius', () => {
    expect(r(undefined)).toBe(3);
    expect(r(0)).toBe(3);
    expect(r(Number.NaN)).toBe(3);
  });
  it('widens the scale to a given domain so similar durations stay similar', () => {
    const wide = radiusScale([60, 120], 3, 10, { min: 30, max: 1440 });
    expect(wide(120) - wide(60)).toBeLessThan(2);
    expect(wide(1440)).toBe(10);
    // Data beyond the domain still extends it.
    expect(radiusScale([10, 5000], 3, 10, { min: 30, max: 1440 })(5000)).toBe(10);
  });

  it('uses the middle radius when all durations are equal, the smallest when none is known', () => {
    expect(radiusScale([60, 60], 2, 8)(60)).toBe(5);
    expect(radiusScale([], 2, 8)(60)).toBe(2);
  });
});

describe('orderedPlatforms', () => {
  const shared = incident('2021-10-04-x', ['facebook', 'instagram', 'whatsapp']);
  it('puts the selected platform first', () => {
    expect(orderedPlatforms(shared, 'whatsapp')).toEqual(['whatsapp', 'facebook', 'instagram']);
  });
  it('keeps the record order without a selection or when the selection is not affected', () => {
    expect(orderedPlatforms(shared)).toEqual(['facebook', 'instagram', 'whatsapp']);
    expect(orderedPlatforms(shared, 'twitter')).toEqual(['facebook', 'instagram', 'whatsapp']);
  });
});

describe('timelineLayout', () => {
  const layout = timelineLayout(SAMPLE, { throughYear: 2025 });

  it('has one column per year from the first outage through the given year', () => {
    expect(layout.columns.map((c) => c.year)).toEqual(yearRange([2016, 2025]));
    expect(layout.columns.find((c) => c.year === 2021)?.count).toBe(2);
    expect(layout.columns.find((c) => c.year === 2017)?.count).toBe(0);
    expect(layout.maxPerYear).toBe(2);
  });

  it('places one mark per incident in its year column, inside the box', () => {
    expect(layout.marks).toHaveLength(SAMPLE.length);
    for (const mark of layout.marks) {
      const column = layout.columns.find((c) => c.year === mark.year)!;
      expect(mark.year).toBe(incidentYear(mark.incident));
      expect(mark.cx).toBe(column.x);
      // Two decimals: the build's Node and the browser then agree on the prerendered markup.
      expect(mark.r).toBe(Math.round(mark.r * 100) / 100);
      expect(mark.cx - mark.r).toBeGreaterThanOrEqual(0);
      expect(mark.cx + mark.r).toBeLessThanOrEqual(DEFAULT_BOX.width);
      expect(mark.cy - mark.r).toBeGreaterThanOrEqual(0);
      expect(mark.cy + mark.r).toBeLessThanOrEqual(layout.baseline);
    }
  });

  it('stacks a year oldest at the bottom without overlapping marks', () => {
    const year2021 = layout.marks.filter((m) => m.year === 2021);
    expect(year2021.map((m) => m.incident.id)).toEqual(['2021-03-19-whatsapp-short', '2021-10-04-meta-dns']);
    const [lower, upper] = year2021 as [(typeof year2021)[0], (typeof year2021)[0]];
    expect(lower.cy).toBeGreaterThan(upper.cy);
    expect(lower.cy - upper.cy).toBeGreaterThanOrEqual(lower.r + upper.r);
  });

  it('sizes marks by duration on a scale of at least half an hour to a day', () => {
    const hour = timelineLayout([incident('2020-01-01-a', ['twitter'], 60), incident('2020-02-01-b', ['twitter'], 120)]);
    const [one, two] = hour.marks as [(typeof hour.marks)[0], (typeof hour.marks)[0]];
    // One and two hours are close in size: the scale runs to a day even when no outage was that long.
    expect(two.r / one.r).toBeLessThan(1.6);
    expect(two.r).toBeLessThan(radiusScale([60, 120], one.r, 10, DURATION_DOMAIN)(DURATION_DOMAIN.max));
    const byId = new Map(layout.marks.map((m) => [m.incident.id, m]));
    expect(byId.get('2019-03-13-facebook-long')!.r).toBeGreaterThan(byId.get('2022-10-25-whatsapp-global')!.r);
    expect(byId.get('2022-10-25-whatsapp-global')!.r).toBeGreaterThan(byId.get('2021-03-19-whatsapp-short')!.r);
    expect(byId.get('2023-07-01-twitter-rate-limit')!.minutes).toBeUndefined();
  });

  it('keeps columns evenly spaced and always labels the last year', () => {
    const xs = layout.columns.map((c) => c.x);
    expect(xs[0]! - layout.columnWidth / 2).toBeCloseTo(DEFAULT_BOX.inset);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeCloseTo(layout.columnWidth);
    expect(layout.columns.at(-1)!.labelled).toBe(true);
    const labelled = layout.columns.filter((c) => c.labelled);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(30);
  });

  it('runs right to left when mirrored, keeping every mark in its column', () => {
    const mirrored = timelineLayout(SAMPLE, { throughYear: 2025, mirror: true });
    expect(mirrored.columns[0]!.x).toBeCloseTo(DEFAULT_BOX.width - layout.columns[0]!.x);
    expect(mirrored.columns.at(-1)!.x).toBeLessThan(mirrored.columns[0]!.x);
    for (const mark of mirrored.marks) expect(mark.cx).toBe(mirrored.columns.find((c) => c.year === mark.year)!.x);
  });

  it('leads shared marks with the selected platform colour', () => {
    const selected = timelineLayout(SAMPLE, { platform: 'whatsapp' });
    const meta = selected.marks.find((m) => m.incident.id === '2021-10-04-meta-dns')!;
    expect(meta.platforms[0]).toBe('whatsapp');
  });

  it('copes with no incidents', () => {
    const empty = timelineLayout([]);
    expect(empty.columns).toEqual([]);
    expect(empty.marks).toEqual([]);
    expect(empty.maxPerYear).toBe(0);
  });

  it('is only as tall as the busiest year needs, within the box', () => {
    expect(layout.height).toBeLessThan(DEFAULT_BOX.height);
    expect(layout.height).toBe(layout.baseline + DEFAULT_BOX.axisHeight);
    const single = timelineLayout([incident('2020-01-01-x', ['twitter'], 60)]);
    expect(single.height).toBe(layout.height);
  });

  it('shrinks slots so a crowded year still fits the plot', () => {
    const crowded = Array.from({ length: 12 }, (_, i) => incident(`2020-01-${String(i + 1).padStart(2, '0')}-x`, ['twitter'], 60 * (i + 1)));
    const l = timelineLayout(crowded);
    const top = Math.min(...l.marks.map((m) => m.cy - m.r));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(l.height).toBeLessThanOrEqual(DEFAULT_BOX.height);
  });
});

describe('pieSlices', () => {
  it('splits a shared mark into equal slices that close the circle', () => {
    const slices = pieSlices(10, 10, 5, ['facebook', 'instagram', 'whatsapp']);
    expect(slices.map((s) => s.platform)).toEqual(['facebook', 'instagram', 'whatsapp']);
    // The first slice starts at 12 o'clock and the last one ends there.
    expect(slices[0]!.d.startsWith('M 10 10 L 10 5 A 5 5 0 0 1')).toBe(true);
    expect(slices[2]!.d.endsWith('10 5 Z')).toBe(true);
  });
});
