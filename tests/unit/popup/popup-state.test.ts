import { describe, expect, it } from 'vitest';
import { incidentYears, initialSelection, moveIndex, parseHash, selectIncidents } from '../../../lib/ui/popup-state';
import { SAMPLE } from './fixtures';

describe('parseHash', () => {
  it('reads a platform and a query', () => {
    expect(parseHash('#platform=whatsapp')).toEqual({ platform: 'whatsapp' });
    expect(parseHash('#q=%D9%88%D8%A7%D8%AA%D8%B3%D8%A7%D8%A8%202021')).toEqual({ query: 'واتساب 2021' });
    expect(parseHash('#platform=twitter&q=dns')).toEqual({ platform: 'twitter', query: 'dns' });
  });
  it('ignores unknown platforms, empty queries and malformed text', () => {
    expect(parseHash('#platform=myspace')).toEqual({});
    expect(parseHash('#q=%20%20')).toEqual({});
    expect(parseHash('#q=%E0%A4%A')).toEqual({ query: '%E0%A4%A' });
    expect(parseHash('')).toEqual({});
  });
  it('reads what the background writes for the banner’s "all outages" link', () => {
    expect(parseHash('#platform=instagram')).toEqual({ platform: 'instagram' });
    expect(parseHash(`#q=${encodeURIComponent('انستقرام 2024')}`)).toEqual({ query: 'انستقرام 2024' });
  });
});

describe('initialSelection', () => {
  it('opens on the platform of the current tab', () => {
    expect(initialSelection({}, 'https://web.whatsapp.com/')).toBe('whatsapp');
    expect(initialSelection({}, 'https://x.com/home')).toBe('twitter');
  });
  it('opens on all platforms elsewhere or without a URL', () => {
    expect(initialSelection({}, 'https://example.org/')).toBe('all');
    expect(initialSelection({}, undefined)).toBe('all');
    expect(initialSelection({}, 'chrome://newtab/')).toBe('all');
  });
  it('lets the hash choose (the banner opens the popup page on its platform)', () => {
    expect(initialSelection({ platform: 'threads' }, 'https://www.facebook.com/')).toBe('threads');
  });
});

describe('selectIncidents', () => {
  it('keeps a platform’s incidents, newest first', () => {
    expect(selectIncidents(SAMPLE, 'whatsapp').map((i) => i.id)).toEqual(['2022-10-25-whatsapp-global', '2021-10-04-meta-dns', '2021-03-19-whatsapp-short']);
  });
  it('keeps every incident for all platforms and narrows to a year', () => {
    expect(selectIncidents(SAMPLE, 'all')).toHaveLength(SAMPLE.length);
    expect(selectIncidents(SAMPLE, 'all', 2021).map((i) => i.id)).toEqual(['2021-10-04-meta-dns', '2021-03-19-whatsapp-short']);
    expect(selectIncidents(SAMPLE, 'threads', 2016)).toEqual([]);
  });
});

describe('incidentYears', () => {
  it('lists the years with incidents, newest first, once each', () => {
    expect(incidentYears(SAMPLE)).toEqual([2024, 2023, 2022, 2021, 2019, 2016]);
  });
});

describe('moveIndex', () => {
  it('moves down and up within the list, and up from the first item out of it', () => {
    expect(moveIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(moveIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(moveIndex(1, 'ArrowUp', 3)).toBe(0);
    expect(moveIndex(0, 'ArrowUp', 3)).toBe(-1);
  });
  it('jumps with Home and End and ignores other keys and empty lists', () => {
    expect(moveIndex(1, 'Home', 3)).toBe(0);
    expect(moveIndex(0, 'End', 3)).toBe(2);
    expect(moveIndex(0, 'a', 3)).toBeUndefined();
    expect(moveIndex(0, 'ArrowDown', 0)).toBeUndefined();
  });
});
