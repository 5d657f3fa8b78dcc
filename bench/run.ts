/**
 * `npm run bench`: runs each benchmark in its own process (so memory figures don't mix) and prints
 * their tables. Pass names to run some: `npm run bench -- search store`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes, formatBundleSizes } from '../scripts/bundle-size';

const ALL = ['store', 'search', 'popup', 'omnibox', 'size'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
let failed = false;
for (const name of wanted) {
  if (name === 'size') {
    // Gzipped bundle sizes of the last production build (`npm run build`).
    console.log('\n## size\n');
    try {
      console.log(formatBundleSizes(bundleSizes()));
    } catch (err) {
      console.error(err instanceof Error ? err.message : err);
      failed = true;
    }
    continue;
  }
  const file = join(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) {
    console.error(`bench/${name}.ts not found`);
    failed = true;
    continue;
  }
  console.log(`\n## ${name}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
