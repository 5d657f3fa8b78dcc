/**
 * `npm run bench -- popup`: the popup's time to first list, as a ratio against an empty extension page
 * opened the same way in the same browser run (target: at most 1.5×). The popup is the page the toolbar
 * button opens (`action.getPopup`): with the default settings, the prerendered view of all platforms in
 * the UI language (lib/ui/popup-variants.ts); the plain `popup.html`, which renders from scratch (what
 * the button opens for other settings), is timed beside it.
 *
 * How it is measured: the production build (WXT_OUT_DIR, else .output) is copied to a temporary folder
 * and pages are added to the copy only (the product ships no bench page): a one-paragraph
 * `blank.html`, the empty extension page, and two references (`floor.html`, `floor-tab.html`, below).
 * Debian Chromium loads that copy. Each round opens a new tab at each page and at
 * `_locales/en/messages.json` (a file the extension ships, shown as text), in rotating order. An init
 * script watches each document from its creation and records the first frame after the first incident
 * row (`.list .item`) is in the DOM for the popup and the references, after the paragraph (the `<pre>`
 * of the text) for the others, in ms since the navigation started. Medians over ROUNDS rounds, after
 * WARMUP rounds that let the worker seed the database and the browser cache the files. The target is
 * the popup's first list against the blank page; the other pages are printed for scale.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { bundledIndex } from '../lib/incidents/bundled';
import { BUILD_DIR } from '../tests/build/build-dir';

const ROUNDS = 25;
const WARMUP = 3;
const TARGET_RATIO = 1.5;

const BLANK_HTML = '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>';

/**
 * References for what a page that builds its list by script costs here at the least: one module, no
 * library and no data, appending as many rows as the popup lists, with its selector; `floor-tab.html`
 * does the same after the one thing the popup must ask the browser before it knows what to list, the
 * current tab (`tabs.query`, a round trip to the browser process).
 */
const floorPage = (script: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/${script}"></script></head><body></body></html>`;
const APPEND_ROWS = `
const list = document.createElement('ul');
list.className = 'list';
for (let i = 1; i <= ${bundledIndex.incidents.length}; i++) {
  const item = document.createElement('li');
  item.className = 'item';
  item.textContent = 'Outage ' + i;
  list.append(item);
}
document.body.append(list);
`;
const FLOOR_TAB_JS = `chrome.tabs.query({ active: true, currentWindow: true }).then(() => {${APPEND_ROWS}});`;

/** Runs in every page before its own scripts; records when the page's first content is on screen. */
function watchFirstContent() {
  // The first incident row (popup, reference); the blank page's paragraph; the text Chromium shows a JSON file in.
  const selector = /\/(popup(-[a-z]+-[a-z]+)?|floor|floor-tab)\.html$/.test(location.pathname) ? '.list .item' : location.pathname.endsWith('.json') ? 'pre' : 'p';
  const w = window as unknown as { __painted?: number; __ready?: number };
  // The popup is ready for the user once it has focused its search box (after its first render or hydration).
  document.addEventListener('focusin', (e) => {
    if ((e.target as Element).id === 'search-input') w.__ready ??= performance.now();
  });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__painted = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** ms from navigation start to the first frame with the page's first content, and (popup pages) to its search box focused. */
async function timeOpen(context: BrowserContext, url: string): Promise<{ painted: number; ready?: number }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 580 });
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted, undefined, { timeout: 15_000 });
  const painted = (await handle.jsonValue()) as number;
  const ready = /\/popup[^/]*\.html$/.test(url) ? ((await (await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready)).jsonValue()) as number) : undefined;
  await page.close();
  return { painted, ready };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))]!;

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'outage-bench-'));
  const extension = join(work, 'extension');
  cpSync(BUILD_DIR, extension, { recursive: true });
  writeFileSync(join(extension, 'blank.html'), BLANK_HTML);
  writeFileSync(join(extension, 'floor.html'), floorPage('floor.js'));
  writeFileSync(join(extension, 'floor.js'), APPEND_ROWS);
  writeFileSync(join(extension, 'floor-tab.html'), floorPage('floor-tab.js'));
  writeFileSync(join(extension, 'floor-tab.js'), FLOOR_TAB_JS);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    await context.addInitScript(watchFirstContent);
    // What the button opens once the worker has pointed it (right after its start).
    let opened = '';
    for (let i = 0; i < 50 && !opened.includes('popup-'); i++) {
      opened = await worker.evaluate(() => chrome.action.getPopup({}));
      if (!opened.includes('popup-')) await new Promise((r) => setTimeout(r, 100));
    }
    const toolbarPage = opened.slice(base.length);
    const pages: Record<string, string> = {
      [`${toolbarPage} (the toolbar button's page): first incident row painted`]: toolbarPage,
      'popup.html (plain, for other settings): first incident row painted': 'popup.html',
      'blank.html: empty extension page painted': 'blank.html',
      '_locales/en/messages.json: a file of the extension shown': '_locales/en/messages.json',
      'floor.html: rows appended by one module, no library (reference)': 'floor.html',
      'floor-tab.html: the same after asking for the current tab (reference)': 'floor-tab.html',
    };
    const times = new Map<string, number[]>(Object.keys(pages).map((name) => [name, []]));
    const readyTimes = new Map<string, number[]>(Object.keys(pages).map((name) => [name, []]));
    const names = Object.keys(pages);
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      // Rotate which page goes first so none always gets the warmer browser.
      const order = names.map((_, i) => names[(i + round) % names.length]!);
      for (const name of order) {
        const { painted, ready } = await timeOpen(context, base + pages[name]);
        if (round < WARMUP) continue;
        times.get(name)!.push(painted);
        if (ready !== undefined) readyTimes.get(name)!.push(ready);
      }
    }
    const [popup, plainPopup, blank, file, floor, floorTab] = names.map((name) => times.get(name)!) as [number[], number[], number[], number[], number[], number[]];
    const ratio = (xs: number[]) => `${(median(xs) / median(blank)).toFixed(2)}x`;
    const row = (name: string, xs: number[]) => `| ${name} | ${median(xs).toFixed(1)} | ${p90(xs).toFixed(1)} | ${Math.min(...xs).toFixed(1)} | ${ratio(xs)} |`;
    console.log(`Time to first content, ms from navigation start (${ROUNDS} rounds, ${WARMUP} warm-up):\n`);
    console.log('| page | median | p90 | min | median / blank page |\n| --- | --- | --- | --- | --- |');
    for (const name of names) console.log(row(name, times.get(name)!));
    const target = median(popup) / median(blank);
    console.log(`\nTarget, popup's first list / empty extension page: ${target.toFixed(2)}x (at most ${TARGET_RATIO}x: ${target <= TARGET_RATIO ? 'met' : 'over'}).`);
    console.log(`\nTime to ready (search box focused: rendered or hydrated, listening), ms from navigation start:\n`);
    console.log('| page | median | p90 | min |\n| --- | --- | --- | --- |');
    for (const name of names.slice(0, 2)) {
      const xs = readyTimes.get(name)!;
      console.log(`| ${pages[name]} | ${median(xs).toFixed(1)} | ${p90(xs).toFixed(1)} | ${Math.min(...xs).toFixed(1)} |`);
    }
    console.log(`\nFor scale: the plain popup ${ratio(plainPopup)}; messages.json ${ratio(file)}; the library-free references ${ratio(floor)}, and ${ratio(floorTab)} after asking for the tab.`);
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
