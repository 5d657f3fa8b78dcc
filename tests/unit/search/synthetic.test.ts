import { describe, expect, it } from 'vitest';
import { syntheticIncidents } from '../../../bench/synthetic';
import { validateRecord } from '../../../lib/incidents/validate';

describe('syntheticIncidents (benchmark data)', () => {
  const incidents = syntheticIncidents(500, 11);

  it('are valid incident records with unique ids, oldest first', () => {
    for (const i of incidents) expect(validateRecord(i, `${i.id}.yaml`).errors, i.id).toEqual([]);
    expect(new Set(incidents.map((i) => i.id)).size).toBe(incidents.length);
    const starts = incidents.map((i) => Date.parse(i.start.utc));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('are the same for the same seed and differ for another', () => {
    expect(syntheticIncidents(50, 11)).toEqual(syntheticIncidents(50, 11));
    expect(syntheticIncidents(50, 12)).not.toEqual(syntheticIncidents(50, 11));
  });

  it('write Arabic the way people do', () => {
    const arabic = incidents.map((i) => `${i.title.ar} ${i.summary.ar}`).join(' ');
    expect(arabic).toMatch(/[\u064B-\u0652]/); // harakat
    expect(arabic).toMatch(/\u0640/); // tatweel
    expect(arabic).toMatch(/[٠-٩]/); // Arabic-Indic digits
    expect(arabic).toMatch(/(^|\s)(و|ب|ل|وب|ول|ف)ال?(فيس|واتس|انست|إنست|تويتر|ماسنجر)/); // clitics on platform names
    for (const spelling of ['انستقرام', 'واتس اب', 'الفيس', 'إكس']) expect(arabic).toContain(spelling);
  });
});
