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
