import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byStart, isInStartOrder } from '../../../lib/incidents/order';
import type { Incident } from '../../../lib/incidents/types';
import { newestFirst } from '../../../lib/queries';

const at = (id: string, utc: string) => ({ id, start: { utc, precision: utc.length === 10 ? 'day' : 'minute' } }) as Incident;

describe('isInStartOrder', () => {
  it('accepts the compiled order, days and minutes mixed', () => {
    expect(isInStartOrder([at('a', '2019-12-31T23:59Z'), at('b', '2020-01-01'), at('c', '2020-01-01T00:01Z'), at('d', '2020-01-02')])).toBe(true);
    expect(isInStartOrder([])).toBe(true);
  });

  it('refuses any pair out of time order, including a time before its own day', () => {
    expect(isInStartOrder([at('a', '2020-01-02'), at('b', '2020-01-01T23:00Z')])).toBe(false);
    expect(isInStartOrder([at('a', '2020-01-01T10:00Z'), at('b', '2020-01-01')])).toBe(false);
  });

  it('orders the same moment by id, however it is written', () => {
    expect(isInStartOrder([at('a', '2020-01-01'), at('b', '2020-01-01')])).toBe(true);
    expect(isInStartOrder([at('b', '2020-01-01'), at('a', '2020-01-01')])).toBe(false);
    // A day and that day at 00:00 are the same moment.
    expect(isInStartOrder([at('a', '2020-01-01'), at('b', '2020-01-01T00:00Z')])).toBe(true);
    expect(isInStartOrder([at('a', '2020-01-01T00:00Z'), at('b', '2020-01-01')])).toBe(true);
    expect(isInStartOrder([at('b', '2020-01-01'), at('a', '2020-01-01T00:00Z')])).toBe(false);
  });

  it('agrees with sorting by byStart', () => {
    const list = [at('b', '2020-01-01T00:00Z'), at('a', '2020-01-01'), at('c', '2019-12-31T23:59Z'), at('d', '2020-01-01T00:01Z'), at('a2', '2020-01-01')];
    const sorted = [...list].sort(byStart);
    expect(sorted.map((i) => i.id)).toEqual(['c', 'a', 'a2', 'b', 'd']);
    expect(isInStartOrder(sorted)).toBe(true);
    expect(isInStartOrder(list)).toBe(false);
  });

  it('refuses forms whose string order is not time order', () => {
    // 15:39:30 is later than 15:39, but sorts before it as a string.
    expect(isInStartOrder([at('a', '2020-01-01T15:39Z'), at('b', '2020-01-01T15:40:30Z')])).toBe(false);
    expect(isInStartOrder([at('a', '2020-01-01T15:39+01:00')])).toBe(false);
  });
});

describe('newestFirst', () => {
  it('gives the same order as sorting, whether or not the input is in compiled order', () => {
    const list = [at('x', '2020-01-01T00:00Z'), at('b', '2020-01-01'), at('a', '2020-01-01'), at('c', '2021-05-05T10:00Z'), at('d', '2019-07-07')];
    const sorted = [...list].sort(byStart);
    const expected = ['c', 'x', 'b', 'a', 'd'];
    expect(newestFirst(list).map((i) => i.id)).toEqual(expected);
    expect(newestFirst(sorted).map((i) => i.id)).toEqual(expected);
    const strictlyAscending = [at('d', '2019-07-07'), at('a', '2020-01-01'), at('c', '2021-05-05T10:00Z')];
    const result = newestFirst(strictlyAscending);
    expect(result.map((i) => i.id)).toEqual(['c', 'a', 'd']);
    // A copy: the compiled index is never reordered in place.
    expect(strictlyAscending.map((i) => i.id)).toEqual(['d', 'a', 'c']);
  });
});

describe('newestFirst on any list', () => {
  const utc = fc.constantFrom('2020-01-01', '2020-01-01T00:00Z', '2020-01-01T09:30Z', '2020-01-02', '2019-12-31T23:59Z', '2021-06-15T12:00Z');
  const list = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), utc }), { selector: (r) => r.id, maxLength: 30 });
  const bySorting = (xs: Incident[]) => [...xs].sort((a, b) => -byStart(a, b)).map((i) => i.id);

  it('equals the reverse of byStart, from compiled order or any other', () => {
    fc.assert(
      fc.property(list, (records) => {
        const incidents = records.map((r) => at(r.id, r.utc));
        const compiled = [...incidents].sort(byStart);
        expect(isInStartOrder(compiled)).toBe(true);
        expect(newestFirst(compiled).map((i) => i.id)).toEqual(bySorting(incidents));
        expect(newestFirst(incidents).map((i) => i.id)).toEqual(bySorting(incidents));
      }),
    );
  });
});
