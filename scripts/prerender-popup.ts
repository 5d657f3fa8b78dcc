/**
 * `node --import tsx --import ./scripts/ignore-css.mjs scripts/prerender-popup.ts <build dir>`, run by
 * the production build (the `build:done` hook in wxt.config.ts) after WXT has written the extension:
 * writes the popup's prerendered variants (lib/ui/popup-variants.ts) beside the built `popup.html`.
 * They are rendered for the first day of the build's year (of SOURCE_DATE_EPOCH when set): what
 * depends on the day is filled in by the popup, the chart's last year is right all year, and two
 * builds of the same sources in a year are identical (as a store's review of the sources needs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { popupVariantHtml } from '../components/popup/prerender';
import { bundledIndex } from '../lib/incidents/bundled';
import { allVariants, PLAIN_POPUP, variantFile } from '../lib/ui/popup-variants';

const dir = process.argv[2];
if (!dir) throw new Error('usage: prerender-popup.ts <build dir>');
const template = readFileSync(join(dir, PLAIN_POPUP), 'utf8');
const stylesheets = [...template.matchAll(/<link rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map((m) => m[1]!);
if (!stylesheets.length) throw new Error(`No stylesheet linked from ${PLAIN_POPUP}`);
const css = stylesheets.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const renderedAt = Date.UTC(new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).getUTCFullYear(), 0, 1);
for (const { lang, selection } of allVariants()) {
  writeFileSync(join(dir, variantFile(lang, selection)), popupVariantHtml(template, css, { lang, selection, renderedAt }, bundledIndex.incidents));
}
console.log(`Prerendered ${allVariants().length} popup views into ${dir}`);
