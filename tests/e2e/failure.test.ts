/**
 * "Is it down, or just me?" in Debian Chromium: a DNS failure of www.facebook.com (as on 4 Oct 2021, via
 * --host-resolver-rules), a routed 503 from web.whatsapp.com and its recovery, and a user-aborted load.
 * Nothing leaves the machine: the failing host never resolves, the others are served by context.route.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/observations';
import { matchPatterns } from '../../lib/platforms';
import { collectPageErrors, EXTENSION_DIR, fakeSiteHtml, launch, popupElementScreenshot, routeFakeSite, screenshot, type LaunchOptions, type Session } from './harness';

/** The extension APIs the worker-side snippets use (they run in the browser; typed here for the checker). */
declare const chrome: {
  webRequest: Record<
    'onErrorOccurred' | 'onCompleted',
    { hasListeners(): boolean; addListener(listener: (details: { url: string; error: string }) => void, filter: object): void }
  >;
  action: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
  };
};

const DNS_RULE = '--host-resolver-rules=MAP www.facebook.com ~NOTFOUND';

/** Polls `read` until `done` holds (hooks cannot use expect.poll). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The listeners are registered synchronously in the worker's main; wait for them before the first load. */
async function ready(session: Session): Promise<void> {
  const listening = await until(() => session.worker.evaluate(() => chrome.webRequest.onErrorOccurred.hasListeners() && chrome.webRequest.onCompleted.hasListeners()), Boolean);
  if (!listening) throw new Error('The failure listeners were never registered');
}

/** The global badge; the tooltip without the bidi isolates around names, to compare with plain text. */
async function globalBadge(session: Session): Promise<{ text: string; title: string }> {
  const badge = await session.worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
  return { ...badge, title: badge.title.replace(/[\u2068\u2069]/g, '') };
}
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

/** The user's log, read straight from the extension's database. */
function storedObservations(session: Session): Promise<Observation[]> {
  return session.worker.evaluate(
    () =>
      new Promise<Observation[]>((resolve, reject) => {
        const open = indexedDB.open('outage-context');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('observations').objectStore('observations').getAll();
          read.onsuccess = () => {
            db.close();
            resolve(read.result as Observation[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

async function openPopup(session: Session): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 380, height: 580 });
  await page.goto(session.url('popup.html'));
  return { page, errors };
}

describe('manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for exactly the minimal permissions: webRequest, alarms, storage, the covered hosts, and notifications only as optional', () => {
    expect(manifest.permissions).toEqual(['webRequest', 'alarms', 'storage']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions).toEqual(matchPatterns());
    expect(manifest.optional_host_permissions).toBeUndefined();
    const everything = JSON.stringify([manifest.permissions, manifest.optional_permissions, manifest.host_permissions]);
    for (const broad of ['<all_urls>', '"tabs"', 'webNavigation', '*://*/*', 'http://*/*', 'https://*/*']) expect(everything).not.toContain(broad);
  });
});

/** Opens https://www.facebook.com/ with its name unresolvable, as on 4 Oct 2021. */
async function failFacebook(session: Session): Promise<void> {
  await ready(session);
  const page = await session.context.newPage();
  await expect(page.goto('https://www.facebook.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  await page.close();
}

describe.each<[string, LaunchOptions]>([
  ['en', { lang: 'en-US' }],
  ['ar', { lang: 'ar' }],
  ['en-dark', { lang: 'en-US', colorScheme: 'dark' }],
])('a DNS failure of Facebook (%s)', (name, options) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ ...options, args: [DNS_RULE] });
    await failFacebook(session);
  });
  afterAll(() => session?.close());

  it('shows the badge, and the tooltip says it in words', async () => {
    await expect.poll(async () => (await globalBadge(session)).text).toBe('DNS');
    const { title } = await globalBadge(session);
    expect(title).toContain(name === 'ar' ? 'فيسبوك' : 'Facebook');
    expect(title).toContain(name === 'ar' ? 'DNS' : 'address not found (DNS error)');
    const color = await session.worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    expect(color).toEqual([0x18, 0x77, 0xf2, 255]);
  });

  it('logs the failure with the host and error class, never the URL', async () => {
    await expect.poll(async () => (await storedObservations(session)).length).toBe(1);
    const [o] = await storedObservations(session);
    expect(o).toMatchObject({ platform: 'facebook', host: 'www.facebook.com', outcome: 'dns', detail: 'net::ERR_NAME_NOT_RESOLVED' });
    expect(Object.keys(o!).sort()).toEqual(['detail', 'host', 'id', 'outcome', 'platform', 'time']);
  });

  it('leads the popup with the DNS failure and names the 4 Oct 2021 outage', async () => {
    const { page, errors } = await openPopup(session);
    const alert = page.locator('main.content > .failure-alert');
    await alert.waitFor();
    expect(await page.locator('main.content > *').first().getAttribute('class')).toContain('failure-alert');
    expect(await alert.getAttribute('data-failure')).toBe('dns');
    const heading = plain(await alert.getByRole('heading', { level: 2 }).textContent());
    expect(heading).toContain(name === 'ar' ? 'تعذّر فتح' : 'Facebook did not load');
    expect(await alert.locator('.failure-code').textContent()).toContain('net::ERR_NAME_NOT_RESOLVED');
    const past = alert.locator('[data-incident="2021-10-04-meta-global"]');
    expect(await past.count()).toBe(1);
    expect(await past.textContent()).toMatch(name === 'ar' ? /٢٠٢١|2021/ : /Oct 4, 2021|4 Oct 2021/);
    expect(await alert.locator('.failure-status a').count()).toBeGreaterThan(0);
    if (name === 'ar') expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await screenshot(page, `failure-popup-${name}`);
    await popupElementScreenshot(page, '.failure-alert', `failure-alert-${name}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('server errors, user aborts and being offline', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await ready(session);
  });
  afterAll(() => session?.close());

  it('raises nothing for a load the user aborted', async () => {
    await session.context.route('*://www.instagram.com/**', async (route) => {
      await new Promise((r) => setTimeout(r, 4_000));
      await route.fulfill({ status: 200, contentType: 'text/html', body: fakeSiteHtml('Instagram') }).catch(() => undefined);
    });
    // A second listener, in the test only, to see that the browser did report the aborted load.
    await session.worker.evaluate(() => {
      const seen: string[] = ((globalThis as { seenErrors?: string[] }).seenErrors = []);
      chrome.webRequest.onErrorOccurred.addListener((d) => seen.push(`${new URL(d.url).host} ${d.error}`), { urls: ['*://www.instagram.com/*'], types: ['main_frame'] });
    });
    const page = await session.context.newPage();
    const slow = page.goto('https://www.instagram.com/').catch((err: Error) => err);
    await new Promise((r) => setTimeout(r, 800));
    await page.goto('about:blank');
    expect(String(await slow)).toMatch(/ERR_ABORTED|interrupted|frame was detached/i);
    await until(() => session.worker.evaluate(() => (globalThis as { seenErrors?: string[] }).seenErrors!.length), (n) => n > 0);
    expect(await session.worker.evaluate(() => (globalThis as { seenErrors?: string[] }).seenErrors)).toEqual(['www.instagram.com net::ERR_ABORTED']);
    await new Promise((r) => setTimeout(r, 500));
    expect((await globalBadge(session)).text).toBe('');
    expect((await storedObservations(session)).filter((o) => o.outcome !== 'ok')).toEqual([]);
    await page.close();
  });

  it('detects a routed 503 from web.whatsapp.com as a server error, and a routed 200 afterwards clears it', async () => {
    let status = 503;
    await routeFakeSite(session.context, 'web.whatsapp.com', async (route) => {
      if (route.request().resourceType() !== 'document') return route.fulfill({ status: 204, body: '' });
      return route.fulfill({ status, contentType: 'text/html; charset=utf-8', body: fakeSiteHtml(status === 503 ? 'Service Unavailable' : 'WhatsApp') });
    });
    const page = await session.context.newPage();
    const response = await page.goto('https://web.whatsapp.com/');
    expect(response?.status()).toBe(503);
    // A single 5xx is held for the grace period (a retry that works at once would drop it).
    await expect.poll(async () => (await globalBadge(session)).text, { timeout: 20_000 }).toBe('503');
    expect((await globalBadge(session)).title).toContain('WhatsApp did not load');
    const failures = (await storedObservations(session)).filter((o) => o.outcome !== 'ok');
    expect(failures).toMatchObject([{ platform: 'whatsapp', host: 'web.whatsapp.com', outcome: 'server-error', detail: '503' }]);

    const popup = await openPopup(session);
    await popup.page.locator('.failure-alert[data-failure="server-error"]').waitFor();
    expect(plain(await popup.page.locator('.failure-alert h2').textContent())).toContain('WhatsApp did not load');
    await screenshot(popup.page, 'failure-popup-503-en');
    await popup.page.close();

    status = 200;
    await page.reload();
    await expect.poll(async () => (await globalBadge(session)).text).toBe('');
    expect((await globalBadge(session)).title).toBe('Outage Context');
    const log = await storedObservations(session);
    expect(log.at(-1)).toMatchObject({ platform: 'whatsapp', outcome: 'ok', detail: '200' });

    const after = await openPopup(session);
    await after.page.locator('main.content .overview').waitFor();
    expect(await after.page.locator('.failure-alert').count()).toBe(0);
    await after.page.close();
    await page.close();
  });

  it('reports a disconnected machine as "you are offline", not as an outage of the platform', async () => {
    // No route for x.com: offline, the request fails before it could leave the machine.
    const page = await session.context.newPage();
    await session.context.setOffline(true);
    await expect(page.goto('https://x.com/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await session.context.setOffline(false);
    await expect.poll(async () => (await globalBadge(session)).title).toContain('You are offline');
    expect((await globalBadge(session)).title).not.toContain('X (Twitter)');
    expect((await storedObservations(session)).at(-1)).toMatchObject({ platform: 'twitter', outcome: 'offline', detail: 'net::ERR_INTERNET_DISCONNECTED' });
    const color = await session.worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    expect(color).toEqual([0x5f, 0x63, 0x68, 255]);

    const popup = await openPopup(session);
    const alert = popup.page.locator('.failure-alert[data-failure="offline"]');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('You are offline');
    expect(await alert.locator('[data-incident]').count()).toBe(0);
    await screenshot(popup.page, 'failure-popup-offline-en');
    await popup.page.close();

    // Back online: the next covered site that loads ends the offline state.
    await routeFakeSite(session.context, 'www.instagram.com', fakeSiteHtml('Instagram'));
    await page.goto('https://www.instagram.com/');
    await expect.poll(async () => (await globalBadge(session)).text).toBe('');
    await page.close();
  });
});
