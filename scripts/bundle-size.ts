/**
 * Gzipped sizes of a production build: every script and stylesheet, and what each entrypoint loads
 * (a page counts itself and the chunks its HTML references; a content script its .js and .css).
 * `tsx scripts/bundle-size.ts [buildDir]`; the build folder defaults to $WXT_OUT_DIR/chrome-mv3.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  /** Path inside the build folder, with forward slashes. */
  file: string;
  bytes: number;
  gzip: number;
}

export interface EntrySize {
  /** "background", "content-scripts/banner", "popup.html"… */
  entry: string;
  kind: 'background' | 'content-script' | 'page';
  files: string[];
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  dir: string;
  assets: AssetSize[];
  entries: EntrySize[];
}

const defaultBuildDir = (): string => resolve(import.meta.dirname, '..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function measure(dir: string, path: string): AssetSize {
  const content = readFileSync(path);
  return { file: relative(dir, path).split('\\').join('/'), bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** Local scripts and stylesheets an HTML page references, as build-relative paths. */
function pageAssets(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [...new Set(refs.filter((ref) => !/^[a-z-]+:/i.test(ref)).map((ref) => ref.replace(/^\.?\//, '')))];
}

function entry(entryName: string, kind: EntrySize['kind'], files: string[], sizes: Map<string, AssetSize>): EntrySize {
  const found = files.map((f) => sizes.get(f)).filter((s): s is AssetSize => s !== undefined);
  return {
    entry: entryName,
    kind,
    files: found.map((s) => s.file),
    bytes: found.reduce((sum, s) => sum + s.bytes, 0),
    gzip: found.reduce((sum, s) => sum + s.gzip, 0),
  };
}

export function bundleSizes(dir: string = defaultBuildDir()): BundleSizes {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`wxt build\` first`);
  const files = walk(dir);
  const assets = files.filter((f) => /\.(js|css)$/.test(f)).map((f) => measure(dir, f));
  // Pages count too: the popup's prerendered views hold their markup and styles.
  const sizes = new Map([...assets, ...files.filter((f) => f.endsWith('.html')).map((f) => measure(dir, f))].map((a) => [a.file, a]));
  const entries: EntrySize[] = [];
  if (sizes.has('background.js')) entries.push(entry('background', 'background', ['background.js'], sizes));
  const contentScripts = [...new Set(assets.filter((a) => a.file.startsWith('content-scripts/')).map((a) => a.file.replace(/\.(js|css)$/, '')))];
  for (const name of contentScripts.sort()) entries.push(entry(name, 'content-script', [`${name}.js`, `${name}.css`], sizes));
  for (const page of files.filter((f) => f.endsWith('.html')).sort()) {
    const name = relative(dir, page).split('\\').join('/');
    entries.push(entry(name, 'page', [name, ...pageAssets(readFileSync(page, 'utf8'))], sizes));
  }
  return { dir, assets: assets.sort((a, b) => a.file.localeCompare(b.file)), entries };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatBundleSizes({ dir, assets, entries }: BundleSizes): string {
  return [
    `Build: ${dir}`,
    '',
    table(
      ['Entrypoint', 'Files', 'Raw', 'Gzipped'],
      entries.map((e) => [e.entry, String(e.files.length), kb(e.bytes), kb(e.gzip)]),
    ),
    '',
    table(
      ['File', 'Raw', 'Gzipped'],
      assets.map((a) => [a.file, kb(a.bytes), kb(a.gzip)]),
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatBundleSizes(bundleSizes(process.argv[2] ? resolve(process.argv[2]) : defaultBuildDir())));
}
