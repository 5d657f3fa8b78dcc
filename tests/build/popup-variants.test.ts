import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { IncidentIndex } from '../../lib/incidents/types';
import { allVariants, variantFile } from '../../lib/ui/popup-variants';
import { BUILD_DIR } from './build-dir';

const index = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../generated/index.json'), 'utf8')) as IncidentIndex;
const read = (file: string) => readFileSync(join(BUILD_DIR, file), 'utf8');
const KB = 1024;

/** The popup's prerendered views (lib/ui/popup-variants.ts), as the build wrote them. */
describe.each(allVariants())('the prerendered popup $lang-$selection', ({ lang, selection }) => {
  const html = read(variantFile(lang, selection));
  const plain = read('popup.html');

  it('runs the same script as popup.html, and holds its styles inline', () => {
    const script = /<script type="module"[^>]*src="([^"]+)"/;
    expect(html.match(script)![1]).toBe(plain.match(script)![1]);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    for (const [, file] of plain.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)) expect(html).toContain(read(file!));
  });

  it('holds the view’s list, newest first, in its language', () => {
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`));
    expect(html).toContain(`data-lang="${lang}" data-selection="${selection}"`);
    const listed = [...html.matchAll(/<li class="item[^"]*" data-incident="([^"]+)"/g)].map((m) => m[1]);
    const expected = index.incidents.filter((i) => selection === 'all' || i.platforms.includes(selection)).sort((a, b) => b.start.utc.localeCompare(a.start.utc) || a.id.localeCompare(b.id));
    expect(listed).toEqual(expected.map((i) => i.id));
  });

  it('stays small: at most 16 KB gzipped', () => {
    expect(gzipSync(html).length).toBeLessThanOrEqual(16 * KB);
  });
});
