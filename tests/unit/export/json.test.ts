import { describe, expect, it } from 'vitest';
import { incidentsToJson } from '../../../lib/export/json';
import { awkwardIncident, metaOutage } from './fixtures';

describe('incidentsToJson', () => {
  it('writes the bundled index shape, every record unchanged', () => {
    const text = incidentsToJson([metaOutage, awkwardIncident], 'abc123');
    expect(JSON.parse(text)).toEqual({ version: 'abc123', incidents: [metaOutage, awkwardIncident] });
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps Arabic as characters, not escapes', () => {
    expect(incidentsToJson([metaOutage], 'v')).toContain('حول العالم');
  });
});
