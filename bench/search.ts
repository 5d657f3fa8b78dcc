/**
 * Search benchmark (`npm run bench -- search`): synthetic bilingual incidents at 1k, 10k and 100k.
 * For each size: index build time and size, engine memory, cold start (in a fresh process: parse the
 * data and the index, start the engine, answer one query), and a typing simulation (every prefix of
 * realistic queries, one search per keystroke) with p50/p95 per keystroke, against plain fuse.js over
 * the same records in the same run. It also checks that the indexed results equal an exhaustive scan's.
 * Run with --expose-gc (bench/run.ts does) for memory figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { Incident } from '../lib/incidents/types';
import { createSearchEngine, prepareSearchIndex, type PreparedIndex, type SearchEngine } from '../lib/search';
import { syntheticIncidents } from './synthetic';

/** Sizes can be given as arguments (`tsx bench/search.ts 1000 10000`); the default is all three. */
const SIZES = process.argv[2] !== '--cold' && process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1_000, 10_000, 100_000];
const LIMIT = 10;
/** What people type: Arabic, English, mixed, typos, dates, causes, symptoms, free text. */
const QUERIES = [
  'whatsapp 2024',
  'واتساب ٢٠٢٤',
  'instagram october 2022',
  'عطل اكس يناير',
  'انستقرام لا يعمل',
  'facebook logged out',
  'سجل خروجي من الفيس',
  'DNS',
  'twiter down',
  'engineers rolled back the change',
  'الرسائل لم تصل',
  'account suspended',
  'مراكز البيانات',
  'Meta outage March 2024',
];
const COLD_QUERY = 'واتساب';
const keystrokes = QUERIES.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
const everyNth = (n: number) => keystrokes.filter((_, i) => i % n === 0);

/**
 * Plain fuse.js reads every record on every keystroke (seconds at 10k, and up to a minute per keystroke
 * at 100k for long patterns), so it is timed on a sample: at 100k three short keystrokes only, its
 * cheapest patterns. The speed-up compares both engines on the same sample.
 */
const FUSE_SAMPLE_100K = ['DNS', 'واتس', 'insta'];
function fuseSample(size: number): string[] {
  if (size <= 1_000) return everyNth(4);
  if (size <= 10_000) return everyNth(20);
  return FUSE_SAMPLE_100K;
}

/** The exhaustive scan takes seconds per query at 100k: check the complete queries only there. */
const exhaustiveSample = (size: number) => (size <= 10_000 ? keystrokes : QUERIES);
const TARGETS: Record<number, { p95Ms: number; memoryMb: number; coldMs?: number }> = {
  10_000: { p95Ms: 5, memoryMb: 50, coldMs: 250 },
  100_000: { p95Ms: 20, memoryMb: 150 },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Milliseconds per input, in input order. */
function timeEach(inputs: string[], run: (input: string) => unknown): number[] {
  return inputs.map((input) => {
    const t0 = performance.now();
    run(input);
    return performance.now() - t0;
  });
}

const ascending = (times: Iterable<number>) => [...times].sort((a, b) => a - b);

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

interface ColdStart {
  /** JSON.parse of the incidents. */
  dataMs: number;
  /** JSON.parse of the prepared index, engine start and the first query's results. */
  searchMs: number;
}

/** Child process: cold start = parse the data and the index, create the engine, first result. */
function coldStart(dataFile: string, indexFile: string): void {
  const dataJson = readFileSync(dataFile, 'utf8');
  const indexJson = readFileSync(indexFile, 'utf8');
  const t0 = performance.now();
  const data = JSON.parse(dataJson) as Incident[];
  const t1 = performance.now();
  createSearchEngine(data, JSON.parse(indexJson) as PreparedIndex).search(COLD_QUERY, { limit: LIMIT });
  const result: ColdStart = { dataMs: t1 - t0, searchMs: performance.now() - t1 };
  console.log(JSON.stringify(result));
}

const resultKey = (engine: SearchEngine, query: string, exhaustive: boolean) =>
  JSON.stringify(engine.search(query, { limit: LIMIT, exhaustive, live: true }).map((r) => [r.incident.id, r.score, r.highlights]));

interface Row {
  size: number;
  buildMs: number;
  indexMb: number;
  dataMb: number;
  engineMb: number;
  cold: ColdStart;
  p50: number;
  p95: number;
  max: number;
  fuseBuildMs: number;
  fuseP50: number;
  fuseP95: number;
  fuseKeystrokes: number;
  /** p50 of the indexed engine over fuse.js's sample. */
  sampleP50: number;
  identical: number;
  compared: number;
}

function measure(size: number, dir: string): Row {
  const incidents = syntheticIncidents(size, 1);
  const dataJson = JSON.stringify(incidents);
  let t0 = performance.now();
  const prepared = prepareSearchIndex(incidents);
  const buildMs = performance.now() - t0;
  const indexJson = JSON.stringify(prepared);

  // Memory: the parsed data, then what the engine adds (the parsed index included).
  const base = heapMb();
  const data = JSON.parse(dataJson) as Incident[];
  const withData = heapMb();
  const engine = createSearchEngine(data, JSON.parse(indexJson) as PreparedIndex);

  const dataFile = join(dir, `data-${size}.json`);
  const indexFile = join(dir, `index-${size}.json`);
  writeFileSync(dataFile, dataJson);
  writeFileSync(indexFile, indexJson);
  const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--cold', dataFile, indexFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`cold start failed: ${child.stderr}`);
  const cold = JSON.parse(child.stdout.trim().split('\n').pop()!) as ColdStart;

  // Keystrokes are live searches: the last word may be unfinished.
  for (let pass = 0; pass < 2; pass++) for (const k of keystrokes) engine.search(k, { limit: LIMIT, live: true }); // warm up
  const keystrokeTimes = timeEach(keystrokes, (k) => engine.search(k, { limit: LIMIT, live: true }));
  const times = ascending(keystrokeTimes);
  const engineMb = heapMb() - withData;

  let identical = 0;
  const checked = exhaustiveSample(size);
  for (const k of checked) if (resultKey(engine, k, false) === resultKey(engine, k, true)) identical++;

  t0 = performance.now();
  const fuse = new Fuse(data, { keys: ['title.en', 'title.ar', 'summary.en', 'summary.ar'], threshold: 0.3, ignoreLocation: true });
  const fuseBuildMs = performance.now() - t0;
  const fuseInputs = fuseSample(size);
  const fuseTimes = ascending(timeEach(fuseInputs, (k) => fuse.search(k, { limit: LIMIT })));

  return {
    size,
    buildMs,
    indexMb: indexJson.length / 1e6,
    dataMb: withData - base,
    engineMb,
    cold,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    max: times[times.length - 1]!,
    fuseBuildMs,
    fuseP50: percentile(fuseTimes, 0.5),
    fuseP95: percentile(fuseTimes, 0.95),
    fuseKeystrokes: fuseInputs.length,
    sampleP50: percentile(ascending(fuseInputs.map((k) => keystrokeTimes[keystrokes.indexOf(k)]!)), 0.5),
    identical,
    compared: checked.length,
  };
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'search-bench-'));
  const rows: Row[] = [];
  try {
    for (const size of SIZES) rows.push(measure(size, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const f = (n: number, digits = 1) => n.toFixed(digits);
  console.log(`${QUERIES.length} queries typed one character at a time: ${keystrokes.length} keystrokes, limit ${LIMIT}. Times in ms.`);
  console.log('fuse.js: plain Fuse over title and summary in both languages (threshold 0.3, ignoreLocation), timed on a sample of');
  console.log(`the keystrokes (see fuse.js keystrokes; at 100k only ${FUSE_SAMPLE_100K.map((k) => `"${k}"`).join(', ')}); speed-up = p50 ratio on that sample.`);
  console.log('Exhaustive scan: every record scored from its own text; compared on every keystroke, at 100k on the complete queries.\n');
  console.log('| incidents | index build | index JSON MB | data heap MB | engine heap MB | cold start (data parse + search) | keystroke p50 | p95 | max | fuse.js build | fuse.js p50 | fuse.js p95 | fuse.js keystrokes | p50 speed-up | same as exhaustive scan |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.size.toLocaleString('en')} | ${f(r.buildMs, 0)} | ${f(r.indexMb)} | ${f(r.dataMb)} | ${f(r.engineMb)} | ${f(r.cold.dataMs + r.cold.searchMs, 0)} (${f(r.cold.dataMs, 0)} + ${f(r.cold.searchMs, 0)}) | ${f(r.p50, 2)} | ${f(r.p95, 2)} | ${f(r.max, 1)} | ${f(r.fuseBuildMs, 0)} | ${f(r.fuseP50, 0)} | ${f(r.fuseP95, 0)} | ${r.fuseKeystrokes} | ${f(r.fuseP50 / r.sampleP50, 0)}× | ${r.identical}/${r.compared} |`,
    );
  }
  console.log('');
  let met = true;
  for (const r of rows) {
    const target = TARGETS[r.size];
    if (!target) continue;
    const checks: [string, boolean][] = [
      [`p95 ${f(r.p95, 2)} ≤ ${target.p95Ms} ms`, r.p95 <= target.p95Ms],
      [`engine memory ${f(r.engineMb)} < ${target.memoryMb} MB`, r.engineMb < target.memoryMb],
      [`same results as the exhaustive scan ${r.identical}/${r.compared}`, r.identical === r.compared],
    ];
    const coldMs = r.cold.dataMs + r.cold.searchMs;
    if (target.coldMs) checks.push([`cold start ${f(coldMs, 0)} < ${target.coldMs} ms (data parse included)`, coldMs < target.coldMs]);
    for (const [what, ok] of checks) {
      met &&= ok;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${r.size.toLocaleString('en')}: ${what}`);
    }
  }
  if (!(globalThis as { gc?: () => void }).gc) console.log('\n(memory figures need node --expose-gc: run through npm run bench)');
  if (!met) process.exitCode = 1;
}

if (process.argv[2] === '--cold') coldStart(process.argv[3]!, process.argv[4]!);
else main();
