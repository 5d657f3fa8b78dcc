/**
 * Build-time: reads seeds/*.yaml, validates every record, and produces the bundled index with a
 * content hash as its version. Any invalid record fails the whole compile: a partial index never ships.
 * Node only (used by the CLI, the build and tests).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { byStart, platformPositions } from './order';
import type { Incident, IncidentIndex } from './types';
import { formatError, validateRecord, type ValidationError } from './validate';

export class SeedError extends Error {
  constructor(readonly errors: ValidationError[]) {
    super(`${errors.length} problem${errors.length === 1 ? '' : 's'} in seeds:\n${errors.map(formatError).join('\n')}`);
    this.name = 'SeedError';
  }
}

export interface SeedFile {
  file: string;
  text: string;
}

export function readSeedFiles(dir: string): SeedFile[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Field order of the compiled record (nested mappings: keys sorted), so the output and its hash do not depend on how a file is written. */
const FIELD_ORDER: (keyof Incident)[] = ['id', 'platforms', 'start', 'end', 'duration', 'scope', 'regions', 'cause', 'symptoms', 'title', 'summary', 'sources', 'confidence', 'disagreements'];

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}

function canonical(record: Incident): Incident {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (record[key] !== undefined) out[key] = sortedKeys(record[key]);
  return out as unknown as Incident;
}

/** Validates and compiles in-memory seed files; throws SeedError listing every problem found. */
export function compileSeeds(files: SeedFile[]): IncidentIndex {
  const errors: ValidationError[] = [];
  const incidents: Incident[] = [];
  const idFiles = new Map<string, string>();
  for (const { file, text } of files) {
    let raw: unknown;
    try {
      raw = parse(text, { prettyErrors: true, uniqueKeys: true });
    } catch (err) {
      const where = err instanceof YAMLParseError && err.linePos ? `line ${err.linePos[0].line}` : '(file)';
      errors.push({ file, field: where, message: `is not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` });
      continue;
    }
    const { record, errors: recordErrors } = validateRecord(raw, file);
    errors.push(...recordErrors);
    if (!record) continue;
    const other = idFiles.get(record.id);
    if (other) errors.push({ file, field: 'id', message: `duplicate id "${record.id}" (also in ${other})` });
    idFiles.set(record.id, file);
    incidents.push(canonical(record));
  }
  if (errors.length) throw new SeedError(errors);
  if (incidents.length === 0) throw new SeedError([{ file: 'seeds/', field: '(index)', message: 'no incident files found' }]);
  incidents.sort(byStart);
  return { version: datasetVersion(incidents), incidents, positionsByPlatform: platformPositions(incidents) };
}

/** A content hash of the records: the dataset version. Same records, same version. */
export function datasetVersion(incidents: Incident[]): string {
  return createHash('sha256').update(JSON.stringify(incidents)).digest('hex').slice(0, 16);
}

export function loadSeeds(dir: string): IncidentIndex {
  return compileSeeds(readSeedFiles(dir));
}
