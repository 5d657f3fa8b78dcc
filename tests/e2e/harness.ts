/**
 * Launches Debian Chromium with the production build loaded (see shared docs: real-browser-testing).
 * Fake copies of the covered sites are served with context.route; nothing leaves the machine.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_DIR } from '../build/build-dir';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { expect } from 'vitest';

export const EXTENSION_DIR = BUILD_DIR;
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../test-results');

export interface LaunchOptions {
  /** Browser UI language, e.g. 'en-US' or 'ar'. */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** Extra Chromium flags, e.g. --host-resolver-rules=... */
  args?: string[];
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  close(): Promise<void>;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const lang = options.lang ?? 'en-US';
  const profile = mkdtempSync(join(tmpdir(), 'outage-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: lang,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A small stand-in for a real site's page: enough DOM for the content script to run on. */
export function fakeSiteHtml(title: string, extraHead = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head>
<body><header style="height:56px;background:#eee">${title} header</header><main id="main"><h1>${title}</h1><p>Feed</p></main></body></html>`;
}

/** Serves `html` for every https/http URL of `host` (status defaults to 200). */
export async function routeFakeSite(context: BrowserContext, host: string, html: string | ((route: Route) => Promise<void>), status = 200): Promise<void> {
  await context.route(`*://${host}/**`, async (route) => {
    if (typeof html === 'function') return html(route);
    if (route.request().resourceType() !== 'document') return route.fulfill({ status: 204, body: '' });
    return route.fulfill({ status, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Facts of the page's "a · b · c" lines (.oc-meta) with text in the strip the line clips off for the
 * separator that would start a line: each should lose its separator there, never any of its text.
 */
export function clippedFacts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const line of document.querySelectorAll<HTMLElement>('.oc-meta')) {
      const box = line.getBoundingClientRect();
      const sep = parseFloat(getComputedStyle(line).getPropertyValue('--sep'));
      const rtl = getComputedStyle(line).direction === 'rtl';
      for (const fact of line.children) {
        const range = document.createRange();
        range.selectNodeContents(fact);
        const cut = [...range.getClientRects()].some((r) => r.width > 0 && (rtl ? r.right > box.right - sep + 0.5 : r.left < box.left + sep - 0.5));
        if (cut) out.push(fact.textContent ?? '');
      }
    }
    return out;
  });
}

/** One element of the popup, whole: the popup grows to its content first (it scrolls inside its 580 px). */
export async function popupElementScreenshot(page: Page, selector: string, name: string): Promise<void> {
  const bottom = await page.locator('main.content').evaluate((el) => el.getBoundingClientRect().top + el.scrollHeight);
  await page.setViewportSize({ width: POPUP_SIZE.width, height: Math.ceil(bottom) });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  try {
    await page.locator(selector).screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
  } finally {
    await page.setViewportSize(POPUP_SIZE);
  }
}

/** Serious and critical axe-core violations on the page, each with the elements it names. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The size the popup asks the browser for. */
export const POPUP_SIZE = { width: 380, height: 580 };

/** The popup page opened as a tab at the popup's size, once it has settled (list drawn, search box focused). */
export async function openPopup(session: Session, hash = '', viewport = POPUP_SIZE): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(session.url(`popup.html${hash}`));
  await page.locator('.list .item').first().waitFor();
  // Settled: the popup has focused its search box (after its first paint), so it no longer moves focus.
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  return page;
}

/** Elements matching `selector` that poke out of the popup's width (visually hidden helpers excluded). */
export function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ([sel, width]) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(sel)) {
        if (el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width && (r.left < -0.5 || r.right > width + 0.5)) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.left)}..${Math.round(r.right)}`);
      }
      return out;
    },
    [selector, POPUP_SIZE.width] as const,
  );
}

/**
 * What the popup's `#app` shows, independent of how it was serialized: every element with its
 * attributes sorted (styles as the browser reads them, form state as properties, not the attributes that
 * only set its default) and its text, adjacent
 * texts joined. A string, so the bundler's helpers never reach the page.
 */
const APP_SIGNATURE = `(app) => {
  const describe = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
    if (!(node instanceof Element)) return '';
    const attributes = [...node.attributes].filter((a) => !['value', 'selected', 'checked', 'style'].includes(a.name)).map((a) => a.name + '=' + JSON.stringify(a.value)).sort();
    if (node.style && node.style.cssText) attributes.push('style=' + JSON.stringify(node.style.cssText));
    if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement) attributes.push('.value=' + JSON.stringify(node.value) + (node.checked ? ' .checked' : ''));
    const children = [];
    for (const child of node.childNodes) {
      const d = describe(child);
      if (!d) continue;
      const last = children.length - 1;
      if (child.nodeType === Node.TEXT_NODE && last >= 0 && children[last].startsWith('"')) children[last] = JSON.stringify(JSON.parse(children[last]) + child.textContent);
      else children.push(d);
    }
    return '<' + node.tagName.toLowerCase() + ' ' + attributes.join(' ') + '>' + children.join('') + '</>';
  };
  return [...app.childNodes].map(describe).join('');
}`;

export function appSignature(page: Page): Promise<string> {
  return page.evaluate(`(${APP_SIGNATURE})(document.getElementById('app'))`) as Promise<string>;
}

/** The same of an extension page's `#app` as its file holds it, before any script: what the browser paints first. */
export function fileAppSignature(page: Page, path: string): Promise<string> {
  return page.evaluate(`fetch(${JSON.stringify(path)}).then((r) => r.text()).then((html) => (${APP_SIGNATURE})(new DOMParser().parseFromString(html, 'text/html').getElementById('app')))`) as Promise<string>;
}

/**
 * Opens the real toolbar popup (chrome.action.openPopup) over the active tab. Playwright does not list
 * popup targets, so it is driven through the browser's CDP target messages.
 */
export async function openToolbarPopup(session: Session) {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  const opened = await session.worker.evaluate(() => chrome.action.openPopup().then(() => 'ok', (e: unknown) => String(e)));
  expect(opened).toBe('ok');
  let targetId: string | undefined;
  for (let i = 0; i < 50 && !targetId; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    // The plain popup or a prerendered view (lib/ui/popup-variants).
    targetId = targetInfos.find((t) => /^popup(-[a-z]+-[a-z]+)?\.html$/.test(t.url.slice(session.url('').length)))?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 100));
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetId!, flatten: false });
  let nextId = 1;
  const pending = new Map<number, (message: { result?: Record<string, unknown> }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as { id: number; result?: Record<string, unknown> };
    pending.get(message.id)?.(message);
  });
  const call = (method: string, params: object) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const id = nextId++;
      pending.set(id, (m) => resolve(m.result ?? {}));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  const evaluate = async (expression: string) => ((await call('Runtime.evaluate', { expression, returnByValue: true })).result as { value: unknown }).value;
  await expect.poll(() => evaluate(`Boolean(document.querySelector('.list .item'))`)).toBe(true);
  return { evaluate, url: () => evaluate('location.pathname'), screenshot: async () => Buffer.from((await call('Page.captureScreenshot', {})).data as string, 'base64') };
}

