/**
 * The toolbar popup in Debian Chromium, on the production build: it lists the bundled incidents with
 * statistics and the chart, searches in Arabic and English, is keyboard operable, right-to-left in
 * Arabic, passes axe, and never overflows its 380 px width. Screenshots go to test-results/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_IDS, type IncidentIndex } from '../../lib/incidents/types';
import { ARTIFACTS_DIR, clippedFacts, collectPageErrors, fakeSiteHtml, launch, openPopup, openToolbarPopup, overflowing, routeFakeSite, screenshot, seriousViolations, type Session } from './harness';

const index = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../generated/index.json'), 'utf8')) as IncidentIndex;
const byPlatform = (p: string) => index.incidents.filter((i) => i.platforms.includes(p as never)).map((i) => i.id);



const shownIds = (page: Page) => page.locator('.list .item').evaluateAll((items) => items.map((li) => li.getAttribute('data-incident')!));

async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-input').fill(query);
  await expect.poll(() => page.locator('.results .list-count').textContent()).not.toMatch(/Searching|جارٍ/);
  return shownIds(page);
}


describe('the toolbar popup over a covered site', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'en-US' });
  });
  afterAll(() => session?.close());

  it('opens on the platform of the current tab (its URL is readable through host permission alone)', async () => {
    await routeFakeSite(session.context, 'web.whatsapp.com', fakeSiteHtml('WhatsApp'));
    const site = await session.context.newPage();
    await site.goto('https://web.whatsapp.com/');
    await site.bringToFront();
    // The page told the background it loaded: the button opens WhatsApp's prerendered view in this tab.
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://web.whatsapp.com/*' }))[0]!.id!);
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId)).toBe(session.url('popup-en-whatsapp.html'));
    const popup = await openToolbarPopup(session);
    expect(await popup.url()).toBe('/popup-en-whatsapp.html');
    expect(await popup.evaluate(`document.querySelector('[role="radio"][aria-checked="true"]').dataset.platform`)).toBe('whatsapp');
    expect(await popup.evaluate(`document.querySelectorAll('.list .item').length`)).toBe(byPlatform('whatsapp').length);
    // The panel fills the window the browser granted (the headless screen caps its height), and the
    // list scrolls to its last row.
    const fit = `(() => { const r = document.querySelector('.app').getBoundingClientRect(); return [r.width === innerWidth, r.height === innerHeight, document.documentElement.scrollWidth <= innerWidth]; })()`;
    expect(await popup.evaluate(fit)).toEqual([true, true, true]);
    const lastRowVisible = `(() => { const c = document.querySelector('.content'); c.scrollTop = c.scrollHeight; return document.querySelector('.list .item:last-child').getBoundingClientRect().bottom <= innerHeight; })()`;
    expect(await popup.evaluate(lastRowVisible)).toBe(true);
    await popup.evaluate(`document.querySelector('.content').scrollTop = 0`);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'popup-toolbar-whatsapp.png'), await popup.screenshot());
  });
});

describe('popup in English, light', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    session = await launch({ lang: 'en-US', colorScheme: 'light' });
    page = await openPopup(session);
    errors = collectPageErrors(page);
  });
  afterAll(() => session?.close());

  it('opens on all platforms outside a covered site and lists every incident, newest first', async () => {
    expect(await page.locator('[role="radio"][aria-checked="true"]').getAttribute('data-platform')).toBe('all');
    const ids = await shownIds(page);
    expect(ids).toHaveLength(index.incidents.length);
    expect(ids).toEqual([...ids].sort((a, b) => b.localeCompare(a)));
  });

  it('sets its text at the page’s own size, not at the 75% Chromium gives extension pages', async () => {
    const sizes = await page.evaluate(() => [document.documentElement, document.body, document.querySelector('.list .item-title')!].map((e) => getComputedStyle(e).fontSize));
    expect(sizes).toEqual(['14px', '14px', '14px']);
  });

  it('shows the statistics and one chart mark per incident', async () => {
    expect(await page.locator('[data-stat="count"]').textContent()).toBe(String(index.incidents.length));
    expect(await page.locator('.stat').count()).toBe(5);
    expect(await page.locator('[data-stat="ago"]').textContent()).toMatch(/ago|last|yesterday|today/);
    expect(await page.locator('.chart-svg .chart-mark').count()).toBe(index.incidents.length);
    // The text alternative has a row per year with outages.
    const years = new Set(index.incidents.map((i) => i.start.utc.slice(0, 4)));
    expect(await page.locator('.chart table tbody tr').count()).toBe(years.size);
    expect(await overflowing(page, '.app *')).toEqual([]);
    expect(await clippedFacts(page)).toEqual([]);
    await screenshot(page, 'popup-en-light');
  });

  it('filters the list to a year clicked on the chart, brings the list into view, and clears it on a second click', async () => {
    const column = page.locator('.chart-column').filter({ has: page.locator('title', { hasText: '2021' }) });
    // Near its top edge, clear of the marks (a mark opens its incident).
    const clickColumn = async () => column.click({ position: { x: (await column.boundingBox())!.width / 2, y: 1 } });
    // Where the list heading is, against the bottom of the popup's view.
    const headingBelowView = () => page.locator('#list-heading').evaluate((h) => h.getBoundingClientRect().bottom - innerHeight);
    expect(await headingBelowView()).toBeGreaterThan(0);
    await clickColumn();
    const in2021 = index.incidents.filter((i) => i.start.utc.startsWith('2021')).map((i) => i.id);
    await expect.poll(async () => (await shownIds(page)).sort()).toEqual(in2021.sort());
    expect(await page.locator('.year-filter select').first().inputValue()).toBe('2021');
    // The list is scrolled into the popup's view: its heading and first outage are shown.
    await expect.poll(() => page.locator('.incidents .list .item').first().evaluate((item) => item.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await headingBelowView()).toBeLessThan(0);
    await page.evaluate(() => [window, document.querySelector('.content')].forEach((s) => s?.scrollTo({ top: 0 })));
    await clickColumn();
    await expect.poll(async () => (await shownIds(page)).length).toBe(index.incidents.length);
  });

  it('switches platform with the chips and narrows the list, statistics and chart', async () => {
    await page.locator('[role="radio"][data-platform="whatsapp"]').click();
    const ids = await shownIds(page);
    expect(ids.sort()).toEqual(byPlatform('whatsapp').sort());
    expect(await page.locator('#stats-heading').textContent()).toContain('WhatsApp');
    expect(await page.locator('.chart-svg .chart-mark').count()).toBe(ids.length);
    expect(await page.locator('.status-link').count()).toBeGreaterThan(0);
    expect(await page.locator('.status-link').first().getAttribute('target')).toBe('_blank');
    await screenshot(page, 'popup-en-light-whatsapp');
    await page.locator('[role="radio"][data-platform="all"]').click();
  });

  it('opens the live-status links of every platform from their disclosure', async () => {
    const status = page.locator('details.status');
    expect(await status.locator('.status-link').count()).toBe(0);
    await status.locator('summary').click();
    await expect.poll(() => status.locator('.status-row').count()).toBe(PLATFORM_IDS.length);
    expect(await status.locator('.status-link[target="_blank"][rel~="noopener"]').count()).toBe(await status.locator('.status-link').count());
    await status.locator('summary').click();
  });

  it('filters the list by year', async () => {
    await page.locator('.year-filter select').selectOption('2021');
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('2021-'))).toBe(true);
    await page.locator('.year-filter select').selectOption('');
  });

  it('finds WhatsApp incidents for "واتساب"', async () => {
    const ids = await search(page, 'واتساب');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => byPlatform('whatsapp').includes(id))).toBe(true);
    expect(ids).toContain('2022-10-25-whatsapp-global');
  });

  it('finds Instagram incidents for "انستقرام" (a common spelling the records don’t use)', async () => {
    const ids = await search(page, 'انستقرام');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => byPlatform('instagram').includes(id))).toBe(true);
    expect(ids).toContain('2022-10-31-instagram-suspension-bug');
  });

  it('finds Twitter incidents for the typo "twiter"', async () => {
    const ids = await search(page, 'twiter');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => byPlatform('twitter').includes(id))).toBe(true);
  });

  it('finds the 2021 DNS outage for "DNS" and marks the match', async () => {
    const ids = await search(page, 'DNS');
    expect(ids[0]).toBe('2021-10-04-meta-global');
    expect(await page.locator('.results mark').first().textContent()).toMatch(/DNS/i);
    expect(await overflowing(page, '.app *')).toEqual([]);
    await screenshot(page, 'popup-en-search-dns');
  });

  it('offers other platforms when the selected one has no match', async () => {
    await page.locator('[role="radio"][data-platform="threads"]').click();
    await search(page, 'DNS');
    await page.getByRole('button', { name: 'Search all platforms' }).click();
    expect(await page.locator('[role="radio"][aria-checked="true"]').getAttribute('data-platform')).toBe('all');
    expect(await shownIds(page)).toContain('2021-10-04-meta-global');
  });

  it('is keyboard operable: / focuses search, arrows move, Enter opens the incident page', async () => {
    await page.locator('#search-input').fill('');
    await page.locator('.brand-name').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('whatsapp');
    await expect.poll(() => page.locator('.results .list .item').count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.closest('.item')?.getAttribute('data-incident'));
    expect(second).toBe((await shownIds(page))[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    const opened = session.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const tab = await opened;
    expect(tab.url()).toBe(session.url(`incident.html#${(await shownIds(page))[0]}`));
    await tab.close();
  });

  it('has no serious accessibility violations (overview, search, settings)', async () => {
    await page.locator('#search-input').fill('');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#search-input').fill('DNS');
    await page.locator('.results .item').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('opens on the platform named in the hash and on a search from #q=', async () => {
    // The banner opens this page in a tab: the popup becomes a centred panel there.
    const onPlatform = await openPopup(session, '#platform=threads', { width: 1000, height: 700 });
    expect(await onPlatform.locator('[role="radio"][aria-checked="true"]').getAttribute('data-platform')).toBe('threads');
    expect((await shownIds(onPlatform)).sort()).toEqual(byPlatform('threads').sort());
    const box = (await onPlatform.locator('.app').boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - 500)).toBeLessThan(2);
    await screenshot(onPlatform, 'popup-en-tab-threads');
    const onSearch = await openPopup(session, `#q=${encodeURIComponent('واتساب 2022')}`);
    expect(await onSearch.locator('#search-input').inputValue()).toBe('واتساب 2022');
    expect(await shownIds(onSearch)).toContain('2022-10-25-whatsapp-global');
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('popup in Arabic, dark', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    session = await launch({ lang: 'ar', colorScheme: 'dark' });
    page = await openPopup(session);
    errors = collectPageErrors(page);
  });
  afterAll(() => session?.close());

  it('is right to left in Arabic', async () => {
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.brand-name').textContent()).toBe('سياق الأعطال');
    expect(await page.locator('#stats-heading').textContent()).toBe('كل المنصات في لمحة');
    // The chart runs right to left: the newest year's column is left of the oldest.
    const xs = await page.locator('.chart-label').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().x));
    expect(xs[0]!).toBeGreaterThan(xs.at(-1)!);
    expect(await overflowing(page, '.app *')).toEqual([]);
    expect(await clippedFacts(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'popup-ar-dark');
  });

  it('searches in Arabic with highlights and no overflow from long titles', async () => {
    const ids = await search(page, 'واتساب');
    expect(ids).toContain('2021-10-04-meta-global');
    expect(await page.locator('.results mark').count()).toBeGreaterThan(0);
    expect(await overflowing(page, '.app *')).toEqual([]);
    expect(await clippedFacts(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'popup-ar-dark-search');
    await page.locator('#search-input').fill('');
  });

  it('keeps the language, digits and Hijri choice from the settings drawer', async () => {
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    await page.getByLabel('عربية مشرقية (٠١٢٣)').check();
    await page.getByLabel('إظهار التاريخ الهجري بجانب الميلادي').check();
    await expect.poll(() => page.locator('.drawer-status').textContent()).toBe('حُفظ');
    await page.keyboard.press('Escape');
    const arabicIndic = String(index.incidents.length).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
    await expect.poll(() => page.locator('[data-stat="count"]').textContent()).toBe(arabicIndic);
    expect(await page.locator('.item .oc-hijri').first().textContent()).toMatch(/هـ/);
    // The records' titles follow the setting too.
    const titles = await page.locator('.incidents .item-title').allTextContents();
    expect(titles.filter((title) => /[٠-٩]/.test(title)).length).toBeGreaterThan(0);
    expect(titles.filter((title) => /[0-9]/.test(title.replace(/\S*[A-Za-z]\S*/g, '')))).toEqual([]);
    await screenshot(page, 'popup-ar-dark-hijri');
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    // The other choice still shows the digits it brings back.
    expect(await page.getByLabel('غربية (0123)').count()).toBe(1);
    await page.getByLabel('English (الإنجليزية)').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    // Closed with its button, the drawer gives the focus back to the button that opened it.
    await page.getByRole('button', { name: 'Close settings' }).click();
    expect(await page.locator('dialog.drawer').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('settings-button'))).toBe(true);
    // The copy the popup paints from was updated with the database: it opens in English, right away.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('outage-context.settings') ?? '{}').language)).toBe('en');
    await page.reload();
    await page.locator('.list .item').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
