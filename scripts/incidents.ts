/**
 * Maintainer CLI: `npm run incidents -- <check|compile|list|search "<query>">` [--json].
 * `compile` is run by `npm run build`; it writes generated/index.json only when every record is valid.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeeds, SeedError } from '../lib/incidents/compile';
import type { Incident, IncidentIndex } from '../lib/incidents/types';
import { createSearchEngine, prepareSearchIndex } from '../lib/search';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(root, 'seeds');
const generatedIndexPath = join(root, 'generated', 'index.json');
const generatedSearchPath = join(root, 'generated', 'search-index.json');

const summary = (i: Incident) => ({ id: i.id, platforms: i.platforms, start: i.start.utc, title: i.title, confidence: i.confidence, sources: i.sources.length });

function printTable(rows: Incident[]): void {
  for (const i of rows) console.log(`${i.id.padEnd(44)} ${i.platforms.join(',').padEnd(36)} ${i.title.en}`);
}

function load(): IncidentIndex {
  try {
    return loadSeeds(seedsDir);
  } catch (err) {
    if (err instanceof SeedError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const [command, ...rest] = argv.filter((a) => a !== '--json');
  switch (command) {
    case 'check': {
      const index = load();
      console.log(`${index.incidents.length} incidents valid; dataset version ${index.version}`);
      return;
    }
    case 'compile': {
      // Remove any old output first: a failed compile must not leave a stale index to be bundled.
      rmSync(generatedIndexPath, { force: true });
      rmSync(generatedSearchPath, { force: true });
      const index = load();
      mkdirSync(dirname(generatedIndexPath), { recursive: true });
      writeFileSync(generatedIndexPath, JSON.stringify(index));
      // Normalised once here, not on every worker start (see lib/incidents/search-engine.ts).
      writeFileSync(generatedSearchPath, JSON.stringify(prepareSearchIndex(index.incidents)));
      console.log(`compiled ${index.incidents.length} incidents (version ${index.version}) to generated/index.json`);
      return;
    }
    case 'list': {
      const newestFirst = [...load().incidents].reverse();
      if (json) console.log(JSON.stringify(newestFirst.map(summary), null, 2));
      else printTable(newestFirst);
      return;
    }
    case 'search': {
      const query = rest.join(' ');
      const results = createSearchEngine(load().incidents).search(query, { limit: 20 });
      if (json) console.log(JSON.stringify(results.map((r) => ({ ...summary(r.incident), score: r.score })), null, 2));
      else if (results.length) printTable(results.map((r) => r.incident));
      else console.error(`No incident matches "${query}".`);
      return;
    }
    default:
      console.error('usage: npm run incidents -- <check|compile|list|search "<query>"> [--json]');
      process.exit(2);
  }
}

main(process.argv.slice(2));
