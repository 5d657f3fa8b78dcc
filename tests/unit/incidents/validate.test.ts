import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileSeeds, SeedError, type SeedFile } from '../../../lib/incidents/compile';
import { formatError, validateRecord } from '../../../lib/incidents/validate';

const FILE = 'seeds/2021-10-04-meta-global.yaml';

function validRecord(): Record<string, unknown> {
  return {
    id: '2021-10-04-meta-global',
    platforms: ['facebook', 'instagram'],
    start: { utc: '2021-10-04T15:39Z', precision: 'minute' },
    end: { utc: '2021-10-04T21:40Z', precision: 'minute' },
    duration: { minutes: 360, qualifier: 'about' },
    scope: 'global',
    regions: [],
    cause: { category: 'dns-bgp', stated: { en: 'A configuration change.', ar: 'تغيير في الإعدادات.' } },
    symptoms: ['cannot-load'],
    title: { en: 'Meta apps down', ar: 'توقف تطبيقات ميتا' },
    summary: { en: 'Facebook was down.', ar: 'توقف فيسبوك.' },
    sources: [{ publisher: 'Reuters', title: 'Facebook down', published: '2021-10-04', lang: 'en', url: 'https://www.reuters.com/x' }],
    confidence: 'high',
  };
}

/** Validates a mutated copy of the valid record and returns the error lines. */
function errorsFor(mutate: (r: Record<string, unknown>) => void, file = FILE): string[] {
  const r = structuredClone(validRecord());
  mutate(r);
  return validateRecord(r, file).errors.map(formatError);
}

describe('validateRecord', () => {
  it('accepts a complete record', () => {
    expect(validateRecord(validRecord(), FILE)).toEqual({ record: validRecord(), errors: [] });
  });

  it('accepts a source whose publication date is not known', () => {
    expect(errorsFor((r) => void delete (r.sources as Record<string, unknown>[])[0]!.published)).toEqual([]);
  });

  it.each([
    ['missing source', (r: Record<string, unknown>) => void (r.sources = []), `${FILE}: sources: needs at least one source`],
    ['source without publisher', (r: Record<string, unknown>) => void delete (r.sources as Record<string, unknown>[])[0]!.publisher, `${FILE}: sources[0].publisher: is missing`],
    ['impossible date', (r: Record<string, unknown>) => void (r.start = { utc: '2021-02-30T10:00Z', precision: 'minute' }), `${FILE}: start.utc: "2021-02-30T10:00Z" is not a real UTC time as YYYY-MM-DDTHH:MMZ`],
    ['impossible hour', (r: Record<string, unknown>) => void (r.start = { utc: '2021-10-04T25:00Z', precision: 'hour' }), `${FILE}: start.utc: "2021-10-04T25:00Z" is not a real UTC time as YYYY-MM-DDTHH:MMZ`],
    ['end before start', (r: Record<string, unknown>) => void (r.end = { utc: '2021-10-04T15:00Z', precision: 'minute' }), `${FILE}: end.utc: is not after the start`],
    ['unknown platform', (r: Record<string, unknown>) => void (r.platforms = ['facebook', 'myspace']), `${FILE}: platforms[1]: unknown value "myspace" (allowed: facebook, instagram, whatsapp, messenger, threads, twitter)`],
    ['unknown symptom tag', (r: Record<string, unknown>) => void (r.symptoms = ['slow']), `${FILE}: symptoms[0]: unknown value "slow"`],
    ['unknown cause', (r: Record<string, unknown>) => void ((r.cause as Record<string, unknown>).category = 'aliens'), `${FILE}: cause.category: unknown value "aliens"`],
    ['id not matching the start date', (r: Record<string, unknown>) => void (r.start = { utc: '2021-10-05T01:00Z', precision: 'minute' }), `${FILE}: id: date does not match the UTC start date 2021-10-05`],
    ['id not matching the file', (r: Record<string, unknown>) => void (r.id = '2021-10-04-other'), `${FILE}: id: "2021-10-04-other" does not match the file name "2021-10-04-meta-global"`],
    ['malformed id', (r: Record<string, unknown>) => void (r.id = 'Meta outage'), `${FILE}: id: "Meta outage" must look like YYYY-MM-DD-slug`],
    ['impossible publication date', (r: Record<string, unknown>) => void ((r.sources as Record<string, unknown>[])[0]!.published = '2021-09-31'), `${FILE}: sources[0].published: "2021-09-31" is not a real date as YYYY-MM-DD`],
    ['non-https URL', (r: Record<string, unknown>) => void ((r.sources as Record<string, unknown>[])[0]!.url = 'http://www.reuters.com/x'), `${FILE}: sources[0].url: "http://www.reuters.com/x" must use https`],
    ['missing Arabic text', (r: Record<string, unknown>) => void ((r.title as Record<string, unknown>).ar = ''), `${FILE}: title.ar: is missing`],
    ['Arabic field in English', (r: Record<string, unknown>) => void ((r.summary as Record<string, unknown>).ar = 'Facebook was down.'), `${FILE}: summary.ar: has no Arabic text`],
    ['missing English text', (r: Record<string, unknown>) => void delete (r.summary as Record<string, unknown>).en, `${FILE}: summary.en: is missing`],
    ['unknown field', (r: Record<string, unknown>) => void (r.sevrity = 'high'), `${FILE}: sevrity: is not a field of the schema`],
    ['misspelt field of a source', (r: Record<string, unknown>) => void ((r.sources as Record<string, unknown>[])[0]!.ulr = 'https://example.org/a'), `${FILE}: sources[0].ulr: is not a field of the schema`],
    ['misspelt field of the start', (r: Record<string, unknown>) => void ((r.start as Record<string, unknown>).zone = 'UTC'), `${FILE}: start.zone: is not a field of the schema`],
    ['misspelt field of a title', (r: Record<string, unknown>) => void ((r.title as Record<string, unknown>).fr = 'Panne'), `${FILE}: title.fr: is not a field of the schema`],
    ['misspelt field of the cause', (r: Record<string, unknown>) => void ((r.cause as Record<string, unknown>).stat = 'x'), `${FILE}: cause.stat: is not a field of the schema`],
    ['bad duration', (r: Record<string, unknown>) => void (r.duration = { minutes: -5, qualifier: 'about' }), `${FILE}: duration.minutes: must be a whole number of minutes above 0`],
    ['bad qualifier', (r: Record<string, unknown>) => void (r.duration = { minutes: 5, qualifier: 'roughly' }), `${FILE}: duration.qualifier: unknown value "roughly"`],
    ['bad region', (r: Record<string, unknown>) => void (r.regions = ['Egypt']), `${FILE}: regions[0]: "Egypt" must be an ISO 3166 alpha-2 code`],
    ['bad confidence', (r: Record<string, unknown>) => void (r.confidence = 'certain'), `${FILE}: confidence: unknown value "certain"`],
    ['precision mismatch', (r: Record<string, unknown>) => void (r.start = { utc: '2021-10-04', precision: 'minute' }), `${FILE}: start.utc: "2021-10-04" is not a real UTC time`],
    ['future start', (r: Record<string, unknown>) => {
      r.id = '2999-01-01-future';
      r.start = { utc: '2999-01-01', precision: 'day' };
      delete r.end;
    }, 'seeds/2999-01-01-future.yaml: start.utc: is in the future'],
  ])('rejects %s with a precise message', (_name, mutate, expected) => {
    const file = expected.split(':')[0]!;
    const errors = errorsFor(mutate, file);
    expect(errors.some((e) => e.startsWith(expected)), `got:\n${errors.join('\n')}`).toBe(true);
  });

  it('rejects a record that is not a mapping', () => {
    expect(validateRecord(['a'], FILE).errors.map(formatError)).toEqual([`${FILE}: (record): expected a mapping of fields`]);
  });
});

const seedFile = (record: Record<string, unknown>): SeedFile => ({ file: `seeds/${String(record.id)}.yaml`, text: stringify(record) });

describe('compileSeeds', () => {
  const second = { ...validRecord(), id: '2024-03-05-meta-logout', start: { utc: '2024-03-05T15:00Z', precision: 'hour' }, end: undefined };
  delete (second as Record<string, unknown>).end;

  it('round-trips every record and orders the index by start', () => {
    const index = compileSeeds([seedFile(second), seedFile(validRecord())]);
    expect(index.incidents.map((i) => i.id)).toEqual(['2021-10-04-meta-global', '2024-03-05-meta-logout']);
    expect(index.incidents[0]).toEqual(validRecord());
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });

  it('gives a stable content hash that changes with the content', () => {
    const a = compileSeeds([seedFile(validRecord()), seedFile(second)]);
    const b = compileSeeds([seedFile(second), seedFile(validRecord())]);
    expect(a.version).toMatch(/^[0-9a-f]{16}$/);
    expect(b.version).toBe(a.version);
    // Key order in the file does not matter either.
    const reordered = Object.fromEntries(Object.entries(validRecord()).reverse());
    expect(compileSeeds([seedFile(reordered), seedFile(second)]).version).toBe(a.version);
    // Nor inside a field: { precision, utc } for { utc, precision }.
    const { utc, precision } = validRecord().start as { utc: string; precision: string };
    expect(compileSeeds([seedFile({ ...validRecord(), start: { precision, utc } }), seedFile(second)]).version).toBe(a.version);
    const edited = { ...validRecord(), confidence: 'medium' };
    expect(compileSeeds([seedFile(edited), seedFile(second)]).version).not.toBe(a.version);
  });

  it('rejects duplicate ids across files, naming both', () => {
    const copy = { file: 'seeds/copy/2021-10-04-meta-global.yaml', text: stringify(validRecord()) };
    expect(() => compileSeeds([seedFile(validRecord()), copy])).toThrowError(/duplicate id "2021-10-04-meta-global" \(also in seeds\/2021-10-04-meta-global\.yaml\)/);
  });

  it('fails the whole compile on one bad record, listing every problem', () => {
    const bad = { ...second, platforms: ['orkut'], sources: [] };
    let error: unknown;
    try {
      compileSeeds([seedFile(validRecord()), seedFile(bad)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).errors.map(formatError)).toEqual([
      'seeds/2024-03-05-meta-logout.yaml: platforms[0]: unknown value "orkut" (allowed: facebook, instagram, whatsapp, messenger, threads, twitter)',
      'seeds/2024-03-05-meta-logout.yaml: sources: needs at least one source',
    ]);
  });

  it('reports YAML syntax errors with the line', () => {
    expect(() => compileSeeds([{ file: 'seeds/x.yaml', text: 'id: [unclosed\nplatforms: x' }])).toThrowError(/seeds\/x\.yaml: line \d+: is not valid YAML/);
  });

  it('refuses an empty index', () => {
    expect(() => compileSeeds([])).toThrowError(/no incident files found/);
  });
});
