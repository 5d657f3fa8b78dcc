import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** File names in a zip, read from its central directory (no unzip binary needed). */
function zipEntries(path: string): string[] {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names.filter((n) => !n.endsWith('/'));
}

describe('store packages', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'outage-zip-'));
  const env = { ...process.env, WXT_OUT_DIR: outDir };
  execFileSync('npx', ['wxt', 'zip'], { cwd: root, env, stdio: 'pipe' });
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], { cwd: root, env, stdio: 'pipe' });
  const zips = readdirSync(outDir).filter((f) => f.endsWith('.zip'));
  const find = (suffix: string) => join(outDir, zips.find((z) => z.endsWith(suffix))!);

  it('builds the Chrome, Firefox and sources zips', () => {
    expect(zips.map((z) => z.replace(/-\d+\.\d+\.\d+/, '')).sort()).toEqual(['outage-context-chrome.zip', 'outage-context-firefox.zip', 'outage-context-sources.zip']);
  });

  it.each(['-chrome.zip', '-firefox.zip'])('%s holds only the built extension', (suffix) => {
    const entries = zipEntries(find(suffix));
    expect(entries).toContain('manifest.json');
    expect(entries).toContain('background.js');
    expect(entries).toContain('_locales/ar/messages.json');
    const stray = entries.filter((e) => /\.map$|\.ts$|\.tsx$|node_modules|tests?\/|\.DS_Store|\.log$/.test(e));
    expect(stray).toEqual([]);
  });

  it('sources zip holds what rebuilds the extension and nothing from local runs', () => {
    const entries = zipEntries(find('-sources.zip'));
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'seeds/README.md', 'lib/incidents/compile.ts', 'README.md']) expect(entries).toContain(needed);
    const stray = entries.filter((e) => /^(node_modules|\.output|generated|test-results|\.wxt|\.git)\/|\.log$/.test(e));
    expect(stray).toEqual([]);
  });
});
