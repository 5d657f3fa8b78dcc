/**
 * The in-page history banner in Debian Chromium, on routed stand-ins for every covered host.
 * The expected words are computed in Node from the same bundled index and policy, for today's date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { decideBanner } from '../../lib/banner/policy';
import { localDay } from '../../lib/format';
import { bannerView } from '../../lib/banner/text';
import { bannerTranslator } from '../../lib/banner/translator';
import { DB_NAME, DB_VERSION } from '../../lib/db/schema';
import type { IncidentIndex, PlatformId } from '../../lib/incidents/types';
import { platformList, PLATFORMS } from '../../lib/platforms';
import { DEFAULT_SETTINGS, type BannerRecord } from '../../lib/settings';
import { collectPageErrors, fakeSiteHtml, launch, routeFakeSite, screenshot, type Session } from './harness';

const index = JSON.parse(readFileSync(join(import.meta.dirname, '../../generated/index.json'), 'utf8')) as IncidentIndex;
const HOSTS = platformList.flatMap((p) => p.hosts.map((host) => [host, p.id] as const));
const TAG = 'outage-context-banner';
const HOSTILE_CSS = '<style>html{font-size:2px} *{color:transparent!important;font-family:cursive!important;direction:rtl!important}</style>';

/** Without Unicode isolates and with Western digits, so Chromium's and Node's ICU compare equal. */
const normalize = (text: string) =>
  text.replace(/[\u2068\u2069\u200f\u200e]/g, '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/\s+/g, ' ').trim();

function expectedHeadline(platform: PlatformId, browserLanguage: string): string {
  const now = new Date();
  const decision = decideBanner({ incidents: index.incidents, platform, now, settings: DEFAULT_SETTINGS });
  if (!decision) throw new Error(`The bundled index gives no banner for ${platform} today`);
  return normalize(bannerView(bannerTranslator('auto', 'auto', browserLanguage), decision, platform, now).text.headline);
}

/** Waits until the background has created and seeded the database (the first request is answered from it). */
async function waitForSeed(worker: Worker): Promise<void> {
  await vi.waitFor(
    async () =>
      expect(
        await worker.evaluate(
          async ([name, version]) => {
            const listed = (await indexedDB.databases()).find((d) => d.name === name);
            if (listed?.version !== version) return false;
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const open = indexedDB.open(name);
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            const meta = await new Promise((resolve) => {
              const get = db.transaction('meta').objectStore('meta').get('dataset');
              get.onsuccess = () => resolve(get.result);
            });
            db.close();
            return meta !== undefined;
          },
          [DB_NAME, DB_VERSION] as const,
        ),
      ).toBe(true),
    { timeout: 20_000, interval: 250 },
  );
}

/**
 * Runs one change on the user's records in the background's database: `clear` forgets banner records
 * and settings; `put` writes a banner record (to stand in for "yesterday" without moving the clock).
 */
async function userRecords(worker: Worker, change: { clear: true } | { put: BannerRecord } | { read: 'settings' }): Promise<unknown> {
  return worker.evaluate(
    async ([name, change]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['dismissals', 'settings'], 'readwrite');
      let result: unknown;
      if ('clear' in change) {
        tx.objectStore('dismissals').clear();
        tx.objectStore('settings').clear();
      } else if ('put' in change) {
        tx.objectStore('dismissals').put(change.put);
      } else {
        const all = tx.objectStore('settings').getAll();
        all.onsuccess = () => (result = all.result);
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return result;
    },
    [DB_NAME, change] as const,
  );
}

const yesterday = () => localDay(new Date(Date.now() - 86_400_000));
const today = () => localDay(new Date());

async function routeAll(session: Session, extraHead = '', htmlAttributes = ''): Promise<void> {
  for (const [host, id] of HOSTS) {
    const html = fakeSiteHtml(`${PLATFORMS[id].name.en} (${host})`, extraHead).replace('<html>', `<html${htmlAttributes}>`);
    await routeFakeSite(session.context, host, html);
  }
}

async function openSite(session: Session, host: string, path = '/'): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`https://${host}${path}`);
  return { page, errors };
}

/** openSite, then the note once it is shown. */
async function openBanner(session: Session, host: string, path = '/') {
  const opened = await openSite(session, host, path);
  const banner = bannerOf(opened.page);
  await banner.waitFor({ timeout: 15_000 });
  return { ...opened, banner };
}

const bannerOf = (page: Page) => page.locator(`${TAG} .banner`);

/** A screenshot once the entrance animation is over. */
async function settledScreenshot(page: Page, name: string): Promise<void> {
  await bannerOf(page).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await screenshot(page, name);
}

/** At phone width the folded note shows its whole headline (on two lines at most: more would be clipped). */
async function expectWholeHeadlinesAtPhoneWidth(session: Session, screenshotName: string): Promise<void> {
  for (const platform of platformList) {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`https://${platform.hosts[0]}/`);
    const headline = bannerOf(page).locator('.headline');
    await headline.waitFor({ timeout: 15_000 });
    // Whether any line is hidden: the headline's height as shown against its height with no limit.
    const clipped = await headline.evaluate((el: HTMLElement) => {
      const shown = el.getBoundingClientRect().height;
      el.style.display = 'block';
      const whole = el.getBoundingClientRect().height;
      el.style.display = '';
      return whole > shown + 1 || el.scrollWidth > el.clientWidth + 1;
    });
    expect({ platform: platform.id, clipped }).toEqual({ platform: platform.id, clipped: false });
    if (platform.id === 'facebook') await settledScreenshot(page, screenshotName);
    await page.close();
  }
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where the expanded note, its title, each fact's term and text, and the window are. */
function cardLayout(page: Page) {
  return bannerOf(page).evaluate((el) => {
    const [box, title] = [el, el.querySelector('.title')!].map((e) => e.getBoundingClientRect().toJSON() as Box);
    const facts = [...el.querySelectorAll('.facts dt')].map((dt) => [dt, dt.nextElementSibling!].map((e) => e.getBoundingClientRect().toJSON() as Box));
    return { rtl: getComputedStyle(el).direction === 'rtl', box: box!, title: title!, facts, window: { width: innerWidth, height: innerHeight } };
  });
}

/**
 * The expanded card at phone width (360 px): each fact's term above its text, the text from the card's edge
 * rather than under the headline, the whole note inside the window. At 1280 px it keeps its two columns and
 * its indent; in a short window (740 × 320) the note stays in the window (its card scrolls).
 */
async function expectCompactCardAtPhoneWidth(session: Session, more: string, screenshotName: string): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('https://www.facebook.com/');
  const banner = bannerOf(page);
  await banner.waitFor({ timeout: 15_000 });
  await banner.getByRole('button', { name: more }).click();
  await banner.locator('.card').waitFor();
  await settledScreenshot(page, screenshotName);

  const phone = await cardLayout(page);
  // Distance from the note's inline start: its left edge left to right, its right edge right to left.
  const start = (b: Box) => (phone.rtl ? phone.box.right - b.right : b.left - phone.box.left);
  expect(phone.facts.length).toBeGreaterThanOrEqual(2);
  for (const [term, text] of phone.facts) {
    expect({ stacked: term!.bottom <= text!.top + 0.5, sameStart: Math.abs(start(term!) - start(text!)) < 1 }).toEqual({ stacked: true, sameStart: true });
  }
  expect(start(phone.title)).toBeLessThanOrEqual(16);
  expect(phone.box.top).toBeGreaterThanOrEqual(0);
  expect(phone.box.left).toBeGreaterThanOrEqual(0);
  expect(phone.box.right).toBeLessThanOrEqual(phone.window.width);

  await page.setViewportSize({ width: 1280, height: 740 });
  const wide = await cardLayout(page);
  const wideStart = (b: Box) => (wide.rtl ? wide.box.right - b.right : b.left - wide.box.left);
  for (const [term, text] of wide.facts) expect(Math.abs(term!.top - text!.top)).toBeLessThan(1);
  expect(wideStart(wide.title)).toBeGreaterThan(40);

  await page.setViewportSize({ width: 740, height: 320 });
  const short = await cardLayout(page);
  expect(short.box.top).toBeGreaterThanOrEqual(0);
  expect(short.box.bottom).toBeLessThanOrEqual(short.window.height);
  await page.close();
}

/** The content script waits for idle and asks the background: give it that long before saying "no banner". */
async function expectNoBanner(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(2500);
  expect(await page.locator(TAG).count()).toBe(0);
}

describe('history banner, English', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'en-US' });
    await routeAll(session);
    await routeFakeSite(session.context, 'example.org', fakeSiteHtml('Unrelated site'));
    await routeFakeSite(session.context, 'hostile.facebook.com', fakeSiteHtml('Hostile'));
    await waitForSeed(session.worker);
  });
  afterAll(() => session?.close());
  beforeEach(() => userRecords(session.worker, { clear: true }));

  it.each(HOSTS)('shows the history of the right platform on %s', async (host, id) => {
    const { page, errors } = await openSite(session, host);
    const banner = bannerOf(page);
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
    expect(normalize(await banner.locator('.headline').innerText())).toBe(expectedHeadline(id, 'en-US'));
    expect(await banner.getAttribute('dir')).toBe('ltr');
    expect(await banner.getAttribute('lang')).toBe('en');
    expect(await banner.getAttribute('aria-label')).toContain(PLATFORMS[id].name.en);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the whole headline on a phone-width page', async () => {
    await expectWholeHeadlinesAtPhoneWidth(session, 'banner-en-360');
  });

  it('stacks the expanded card on a phone-width page, keeping it in the window', async () => {
    await expectCompactCardAtPhoneWidth(session, 'More', 'banner-en-360-expanded');
  });

  it('does not appear on an unrelated site', async () => {
    const { page, errors } = await openSite(session, 'example.org');
    await expectNoBanner(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('expands into a card with what, when, how long, why and the count, and keeps focus on the page', async () => {
    const { page, errors } = await openSite(session, 'www.facebook.com');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'search';
      document.querySelector('header')!.append(input);
      input.focus();
    });
    const banner = bannerOf(page);
    await banner.waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await expect.poll(() => banner.locator('.tag').count()).toBeLessThanOrEqual(1);

    await settledScreenshot(page, 'banner-en-collapsed');
    await banner.getByRole('button', { name: 'More' }).click();
    const card = banner.locator('.card');
    await card.waitFor();
    expect(await banner.getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe('true');
    const facts = await card.locator('dt').allInnerTexts();
    expect(facts.slice(0, 2)).toEqual(['When', 'How long']);
    expect(facts.includes('Why') || facts.includes('The company said')).toBe(true);
    expect(normalize(await card.locator('.count').innerText())).toMatch(/(One of \d+ outages|The only outage) on record for Facebook/);
    await settledScreenshot(page, 'banner-en');

    const results = await new AxeBuilder({ page }).include(TAG).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the incident page and the platform history in new tabs', async () => {
    const { page, banner } = await openBanner(session, 'www.instagram.com');
    await banner.getByRole('button', { name: 'More' }).click();
    const decision = decideBanner({ incidents: index.incidents, platform: 'instagram', now: new Date(), settings: DEFAULT_SETTINGS })!;

    const [details] = await Promise.all([session.context.waitForEvent('page'), banner.getByRole('button', { name: 'Details and sources' }).click()]);
    await details.waitForURL(/incident\.html/, { waitUntil: 'commit' });
    expect(details.url()).toBe(session.url(`incident.html#${decision.incident.id}`));
    await details.close();

    const [all] = await Promise.all([session.context.waitForEvent('page'), banner.getByRole('button', { name: /^All\W+Instagram\W+outages/ }).click()]);
    await all.waitForURL(/popup\.html/, { waitUntil: 'commit' });
    expect(all.url()).toBe(session.url('popup.html#platform=instagram'));
    await all.close();
    await page.close();
  });

  it('is reachable with the keyboard, and Enter on close hides it', async () => {
    const { page } = await openSite(session, 'www.threads.net');
    await bannerOf(page).waitFor({ timeout: 15_000 });
    await page.mouse.click(5, 100);
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.activeElement?.className ?? null, TAG);
    expect(await focused()).toBe('more');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('close');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(TAG).count()).toBe(0);
    await page.close();
  });

  it('once closed (button or Escape), stays hidden for the day across reloads', async () => {
    const { page, errors } = await openSite(session, 'www.facebook.com');
    await bannerOf(page).waitFor({ timeout: 15_000 });
    await bannerOf(page).getByRole('button', { name: 'Close for today' }).click();
    expect(await page.locator(TAG).count()).toBe(0);
    // Only the dismissal holds it back now: the "shown today" mark is moved to yesterday.
    await userRecords(session.worker, { put: { platform: 'facebook', lastShownDay: yesterday(), hiddenOnDay: today() } });
    await page.reload();
    await expectNoBanner(page);

    const other = await openSite(session, 'www.instagram.com');
    await bannerOf(other.page).getByRole('button', { name: 'More' }).focus();
    await other.page.keyboard.press('Escape');
    await expect.poll(() => other.page.locator(TAG).count()).toBe(0);
    await userRecords(session.worker, { put: { platform: 'instagram', lastShownDay: yesterday(), hiddenOnDay: today() } });
    await other.page.reload();
    await expectNoBanner(other.page);

    // The control: shown yesterday and not dismissed, it comes back.
    await userRecords(session.worker, { put: { platform: 'instagram', lastShownDay: yesterday() } });
    await other.page.reload();
    await bannerOf(other.page).waitFor({ timeout: 15_000 });
    expect([...errors, ...other.errors]).toEqual([]);
    await Promise.all([page.close(), other.page.close()]);
  });

  it('shows once per tab: single-page navigations fold it and never bring a second one or bring it back', async () => {
    const { page, errors, banner } = await openBanner(session, 'x.com', '/home');
    await banner.getByRole('button', { name: 'More' }).click();
    await banner.locator('.card').waitFor();
    await page.evaluate(() => history.pushState({}, '', '/explore'));
    // WXT notices the new URL within a second and the card folds back to one line.
    await expect.poll(() => banner.locator('.card').count(), { timeout: 5000 }).toBe(0);
    expect(await page.locator(TAG).count()).toBe(1);

    await banner.getByRole('button', { name: 'Close for today' }).click();
    await page.evaluate(() => history.pushState({}, '', '/notifications'));
    await page.waitForTimeout(2000);
    await page.evaluate(() => history.back());
    await expectNoBanner(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Don\'t show on Instagram" turns it off for Instagram only', async () => {
    const { page, errors, banner } = await openBanner(session, 'www.instagram.com');
    await banner.getByRole('button', { name: 'More' }).click();
    await banner.getByRole('button', { name: /^Don't show on\W+Instagram/ }).click();
    // Confirmed once the background has answered that it was saved.
    await expect.poll(async () => normalize(await banner.locator('.headline').innerText())).toMatch(/won't appear on Instagram again/);
    await settledScreenshot(page, 'banner-en-disabled');
    await expect
      .poll(async () => ((await userRecords(session.worker, { read: 'settings' })) as { key: string; value: unknown }[]).find((r) => r.key === 'bannerDisabled')?.value)
      .toEqual(['instagram']);

    await userRecords(session.worker, { put: { platform: 'instagram', lastShownDay: yesterday() } });
    await page.reload();
    await expectNoBanner(page);
    const facebook = await openSite(session, 'web.facebook.com');
    await bannerOf(facebook.page).waitFor({ timeout: 15_000 });
    expect([...errors, ...facebook.errors]).toEqual([]);
    await Promise.all([page.close(), facebook.page.close()]);
  });

  it('moves only when reduced motion is not asked for', async () => {
    const page = await session.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('https://www.whatsapp.com/');
    const banner = bannerOf(page);
    await banner.waitFor({ timeout: 15_000 });
    const animation = () => banner.evaluate((el) => getComputedStyle(el).animationName);
    expect(await animation()).toBe('none');
    await userRecords(session.worker, { clear: true });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.reload();
    await banner.waitFor({ timeout: 15_000 });
    expect(await animation()).toBe('banner-in');
    await page.close();
  });

  it('stays readable on a page with hostile CSS', async () => {
    await session.context.unroute('*://m.facebook.com/**');
    await routeFakeSite(session.context, 'm.facebook.com', fakeSiteHtml('Hostile', HOSTILE_CSS));
    const { page, errors, banner } = await openBanner(session, 'm.facebook.com');
    const style = await banner.locator('.headline').evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontSize: s.fontSize, color: s.color, direction: s.direction, font: s.fontFamily };
    });
    expect(style).toMatchObject({ fontSize: '14px', color: 'rgb(28, 30, 33)', direction: 'ltr' });
    expect(style.font).not.toContain('cursive');
    const box = await banner.boundingBox();
    expect(box!.height).toBeGreaterThan(36);
    await settledScreenshot(page, 'banner-hostile');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('history banner, Arabic', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'ar' });
    await routeAll(session);
    await waitForSeed(session.worker);
  });
  afterAll(() => session?.close());
  beforeEach(() => userRecords(session.worker, { clear: true }));

  it.each(HOSTS)('shows the history in Arabic, right to left, on %s', async (host, id) => {
    const { page, errors, banner } = await openBanner(session, host);
    expect(normalize(await banner.locator('.headline').innerText())).toBe(expectedHeadline(id, 'ar'));
    expect(await banner.getAttribute('dir')).toBe('rtl');
    expect(await banner.getAttribute('lang')).toBe('ar');
    expect(await banner.getAttribute('aria-label')).toContain(PLATFORMS[id].name.ar);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the whole headline on a phone-width page', async () => {
    await expectWholeHeadlinesAtPhoneWidth(session, 'banner-ar-360');
  });

  it('stacks the expanded card on a phone-width page, keeping it in the window', async () => {
    await expectCompactCardAtPhoneWidth(session, 'المزيد', 'banner-ar-360-expanded');
  });

  it('isolates names and numbers, aligns to the right, and opens as a card', async () => {
    const { page, banner } = await openBanner(session, 'www.facebook.com');
    const headline = await banner.locator('.headline').innerText();
    expect(headline).toContain(`\u2068${PLATFORMS.facebook.name.ar}\u2069`);
    await settledScreenshot(page, 'banner-ar-collapsed');
    await banner.getByRole('button', { name: 'المزيد' }).click();
    await banner.locator('.card').waitFor();
    const align = await banner.locator('.title').evaluate((el) => getComputedStyle(el).textAlign);
    expect(align).toBe('start');
    const title = await banner.locator('.title').boundingBox();
    const line = await banner.locator('.headline').boundingBox();
    const badge = await banner.locator('.badge').boundingBox();
    // Right to left: the badge sits at the right, the headline and the card's text align right after it.
    expect(badge!.x).toBeGreaterThan(line!.x + line!.width - 5);
    expect(Math.abs(title!.x + title!.width - (line!.x + line!.width))).toBeLessThan(2);
    await settledScreenshot(page, 'banner-ar');
    await page.close();
  });

  it('sits at the inline start of a right-to-left chat page (WhatsApp Web in Arabic)', async () => {
    await session.context.unroute('*://web.whatsapp.com/**');
    await routeFakeSite(session.context, 'web.whatsapp.com', fakeSiteHtml('WhatsApp').replace('<html>', '<html dir="rtl" lang="ar">'));
    const { page, banner } = await openBanner(session, 'web.whatsapp.com');
    const box = await banner.boundingBox();
    expect(1280 - (box!.x + box!.width)).toBe(16);
    await page.close();
  });
});

describe('history banner, dark theme', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'en-US', colorScheme: 'dark' });
    await routeAll(session, '<style>body{background:#18191a;color:#e4e6eb} header{background:#242526!important}</style>');
    await waitForSeed(session.worker);
  });
  afterAll(() => session?.close());

  it('follows prefers-color-scheme with readable contrast', async () => {
    const { page, errors, banner } = await openBanner(session, 'web.whatsapp.com');
    expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(36, 37, 38)');
    const box = await banner.boundingBox();
    expect(box!.x).toBe(16);
    await banner.getByRole('button', { name: 'More' }).click();
    await banner.locator('.card').waitFor();
    await settledScreenshot(page, 'banner-dark');
    const results = await new AxeBuilder({ page }).include(TAG).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("turns X's near-black accent into X's own light grey, with a dark icon on it", async () => {
    const { page, errors, banner } = await openBanner(session, 'x.com');
    expect(await banner.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(217, 220, 222)');
    expect(await banner.locator('.badge').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual(['rgb(217, 220, 222)', 'rgb(15, 20, 25)']);
    await settledScreenshot(page, 'banner-dark-x');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the brand colour of a brand that shows on a dark page', async () => {
    const { page, banner } = await openBanner(session, 'www.facebook.com');
    expect(await banner.locator('.badge').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual(['rgb(24, 119, 242)', 'rgb(255, 255, 255)']);
    await page.close();
  });
});

describe('history banner, extension reloaded under an open page', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'en-US' });
    await routeAll(session);
    await waitForSeed(session.worker);
  });
  afterAll(() => session?.close());

  it('goes away quietly on the next click, throwing nothing into the page', async () => {
    const { page, errors, banner } = await openBanner(session, 'www.messenger.com');
    await banner.getByRole('button', { name: 'More' }).click();
    await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1000);
    await banner.getByRole('button', { name: 'Details and sources' }).click();
    await expect.poll(() => page.locator(TAG).count(), { timeout: 5000 }).toBe(0);
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    await page.close();
  });
});
