import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../../lib/incidents/compile';
import prepared from '../../../generated/search-index.json';
import { bundledIndex } from '../../../lib/incidents/bundled';
import { isInStartOrder } from '../../../lib/incidents/order';
import { searchEngineFor } from '../../../lib/incidents/search-engine';
import { createSearchEngine, type PreparedIndex } from '../../../lib/search';
import { PLATFORM_IDS } from '../../../lib/incidents/types';

const index = loadSeeds(join(import.meta.dirname, '../../../seeds'));
const byId = new Map(index.incidents.map((i) => [i.id, i]));

/** The incidents the five seed articles name (shared/seeds/README.md), each citing an Arabic article. */
const SEED_ARTICLE_INCIDENTS = [
  '2016-01-19-twitter-global',
  '2021-10-04-meta-global',
  '2022-10-25-whatsapp-global',
  '2022-10-31-instagram-suspension-bug',
  '2024-03-05-meta-logout',
  '2024-04-03-whatsapp-instagram',
];

describe('the real seeds', () => {
  it('compile into at least 30 sourced incidents', () => {
    expect(index.incidents.length).toBeGreaterThanOrEqual(30);
    for (const incident of index.incidents) expect(incident.sources.length, incident.id).toBeGreaterThan(0);
  });

  it('cover every incident the seed articles name, each citing its Arabic article', () => {
    for (const id of SEED_ARTICLE_INCIDENTS) {
      const incident = byId.get(id);
      expect(incident, id).toBeDefined();
      expect(incident!.sources.some((s) => s.lang === 'ar'), `${id} cites an Arabic seed article`).toBe(true);
    }
  });

  it('cover every platform', () => {
    for (const platform of PLATFORM_IDS) expect(index.incidents.some((i) => i.platforms.includes(platform)), platform).toBe(true);
  });

  it('state the disagreement about when the 4 Oct 2021 outage ended', () => {
    expect(byId.get('2021-10-04-meta-global')?.disagreements?.length).toBeGreaterThan(0);
  });

  it('are what the build bundled (generated/index.json is current)', () => {
    expect(bundledIndex.version).toBe(index.version);
  });

  it('are bundled oldest first with each platform\'s positions in that order', () => {
    const { incidents, positionsByPlatform } = bundledIndex;
    expect(isInStartOrder(incidents)).toBe(true);
    for (const platform of PLATFORM_IDS) {
      const expected = incidents.flatMap((incident, position) => (incident.platforms.includes(platform) ? [position] : []));
      expect(positionsByPlatform?.[platform], platform).toEqual(expected);
    }
  });

  it('ship a prepared search index that fits the bundled records in any order', () => {
    expect(() => createSearchEngine(bundledIndex.incidents, prepared as unknown as PreparedIndex)).not.toThrow();
    const newestFirst = [...bundledIndex.incidents].reverse();
    expect(searchEngineFor(newestFirst).search('DNS', { limit: 1 })[0]?.incident.id).toBe('2021-10-04-meta-global');
  });
});
