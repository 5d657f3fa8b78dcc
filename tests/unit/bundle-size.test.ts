import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSizes, formatBundleSizes } from '../../scripts/bundle-size';

const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
const files: Record<string, string> = {
  'manifest.json': '{}',
  'background.js': 'console.log("background");'.repeat(20),
  'content-scripts/banner.js': 'render(banner);'.repeat(50),
  'content-scripts/banner.css': '.banner{color:red}',
  'chunks/shared.js': 'export const shared = 1;',
  'chunks/popup.js': 'import "./shared.js";',
  'assets/popup.css': 'body{margin:0}',
  'popup.html':
    '<script type="module" crossorigin src="/chunks/popup.js"></script><link rel="modulepreload" href="/chunks/shared.js"><link rel="stylesheet" href="/assets/popup.css"><script src="https://example.org/x.js"></script>',
};
for (const [file, content] of Object.entries(files)) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), content);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const gz = (file: string) => gzipSync(files[file]!, { level: 9 }).length;

describe('bundleSizes', () => {
  const sizes = bundleSizes(dir);

  it('measures every script and stylesheet, raw and gzipped', () => {
    expect(sizes.assets.map((a) => a.file)).toEqual([
      'assets/popup.css',
      'background.js',
      'chunks/popup.js',
      'chunks/shared.js',
      'content-scripts/banner.css',
      'content-scripts/banner.js',
    ]);
    expect(sizes.assets.find((a) => a.file === 'background.js')).toEqual({ file: 'background.js', bytes: files['background.js']!.length, gzip: gz('background.js') });
  });

  it('sums what each entrypoint loads: a content script with its stylesheet, a page itself with the local files its HTML references', () => {
    const byName = Object.fromEntries(sizes.entries.map((e) => [e.entry, e]));
    expect(byName['content-scripts/banner']).toMatchObject({
      kind: 'content-script',
      files: ['content-scripts/banner.js', 'content-scripts/banner.css'],
      gzip: gz('content-scripts/banner.js') + gz('content-scripts/banner.css'),
    });
    expect(byName['popup.html']).toMatchObject({
      kind: 'page',
      files: ['popup.html', 'chunks/popup.js', 'chunks/shared.js', 'assets/popup.css'],
      gzip: gz('popup.html') + gz('chunks/popup.js') + gz('chunks/shared.js') + gz('assets/popup.css'),
    });
    expect(byName.background?.kind).toBe('background');
  });

  it('prints a table per entrypoint and per file', () => {
    const table = formatBundleSizes(sizes);
    expect(table).toMatch(/\| content-scripts\/banner +\| +2 \| +[\d.]+ KB \| +[\d.]+ KB \|/);
    expect(table).toContain('| File');
  });

  it('says so when there is no build', () => {
    expect(() => bundleSizes(join(dir, 'missing'))).toThrow(/No build in/);
  });
});
