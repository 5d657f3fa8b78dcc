import { describe, expect, it } from 'vitest';
import type { Incident } from '../../lib/incidents/types';
import { anniversaryDistance, onThisDay } from '../../lib/queries';

/** Local noon on a calendar day: anniversaries count days in the user's own time zone. */
const on = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12);

// The store's "on this day" and the banner's anniversaries both count with it.
describe('anniversaryDistance', () => {
  const utc = (iso: string) => ({ start: { utc: iso, precision: 'day' } }) as Incident;

  it('is zero on the same calendar day in a later year', () => {
    expect(anniversaryDistance(utc('2021-10-04'), on(2024, 10, 4))).toBe(0);
  });

  it('counts days either side', () => {
    expect(anniversaryDistance(utc('2021-10-04'), on(2024, 10, 1))).toBe(3);
    expect(anniversaryDistance(utc('2021-10-04'), on(2024, 10, 7))).toBe(3);
  });

  it('crosses the year end in both directions', () => {
    expect(anniversaryDistance(utc('2020-12-30'), on(2024, 1, 2))).toBe(3);
    expect(anniversaryDistance(utc('2021-01-02'), on(2023, 12, 31))).toBe(2);
  });

  it('is never the outage itself: a few days ago in the same year is not an anniversary', () => {
    expect(anniversaryDistance(utc('2023-12-30'), on(2024, 1, 2))).toBeGreaterThan(300);
  });

  it('has no anniversary yet for an outage of this year, even when next year\'s is days away', () => {
    expect(anniversaryDistance(utc('2024-03-01'), on(2024, 3, 2))).toBeUndefined();
    expect(anniversaryDistance(utc('2025-01-01'), on(2025, 12, 30))).toBeUndefined();
    expect(onThisDay([utc('2025-01-01')], on(2025, 12, 30), 3)).toEqual([]);
    // A year later, the second anniversary two days away counts.
    expect(anniversaryDistance(utc('2025-01-01'), on(2026, 12, 30))).toBe(2);
  });

  it('has no anniversary yet for an outage later this year or in a later year', () => {
    expect(anniversaryDistance(utc('2025-03-01'), on(2024, 3, 1))).toBeUndefined();
  });

  it('keeps 29 February on the 28th in common years and on the 29th in leap years', () => {
    expect(anniversaryDistance(utc('2020-02-29'), on(2023, 2, 28))).toBe(0);
    expect(anniversaryDistance(utc('2020-02-29'), on(2023, 3, 1))).toBe(1);
    expect(anniversaryDistance(utc('2020-02-29'), on(2024, 2, 29))).toBe(0);
    expect(anniversaryDistance(utc('2020-02-29'), on(2024, 2, 28))).toBe(1);
    // 1 March and 28 February are two days apart in a leap year, one in a common year.
    expect(anniversaryDistance(utc('2019-03-01'), on(2024, 2, 28))).toBe(2);
    expect(anniversaryDistance(utc('2019-03-01'), on(2023, 2, 28))).toBe(1);
  });
});
