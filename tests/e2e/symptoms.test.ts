/**
 * "What are you seeing?" in the popup, in Debian Chromium on the production build: a quiet closed line;
 * opened, a symptom chosen by mouse or keyboard lists the bundled past outages with it, in English and in
 * right-to-left Arabic, with no serious axe violation and nothing poking out of the 380 px popup.
 * Screenshots go to test-results/symptoms-*.png.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentIndex } from '../../lib/incidents/types';
import { collectPageErrors, launch, openPopup, overflowing, POPUP_SIZE, screenshot, seriousViolations, type Session } from './harness';

const index = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../generated/index.json'), 'utf8')) as IncidentIndex;
/** The bundled records with a symptom, of a platform or of any, newest first: what the list must show. */
const withSymptom = (symptom: string, platform?: string) =>
  index.incidents
    .filter((i) => i.symptoms.includes(symptom as never) && (!platform || i.platforms.includes(platform as never)))
    .sort((a, b) => b.start.utc.localeCompare(a.start.utc))
    .map((i) => i.id);




/** The popup grown to show the whole open panel (the popup itself scrolls), then back to its size. */
async function panelScreenshot(page: Page, name: string) {
  const bottom = await page.locator('.symptom-check').evaluate((el) => el.getBoundingClientRect().bottom - el.closest('.content')!.getBoundingClientRect().top + el.closest('.content')!.scrollTop);
  const top = await page.locator('.content').evaluate((el) => el.getBoundingClientRect().top);
  await page.setViewportSize({ width: POPUP_SIZE.width, height: Math.ceil(top + bottom + 16) });
  await page.locator('.content').evaluate((el) => (el.scrollTop = 0));
  await screenshot(page, name);
  await page.setViewportSize(POPUP_SIZE);
}

const listed = (page: Page) => page.locator('.symptom-list .item').evaluateAll((items) => items.map((li) => li.getAttribute('data-incident')));
const focused = (page: Page) => page.evaluate(() => ({ symptom: document.activeElement?.getAttribute('data-symptom'), incident: document.activeElement?.closest('.item')?.getAttribute('data-incident') }));

describe('symptom check in English, light', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    session = await launch({ lang: 'en-US', colorScheme: 'light' });
    page = await openPopup(session, '#platform=instagram');
    errors = collectPageErrors(page);
  });
  afterAll(() => session?.close());

  it('is one quiet line above the statistics until opened', async () => {
    const check = page.locator('details.symptom-check');
    expect(await check.getAttribute('open')).toBeNull();
    expect(await page.locator('.symptom-check summary').textContent()).toBe('What are you seeing?');
    expect((await check.boundingBox())!.height).toBeLessThan(40);
    expect((await check.boundingBox())!.y).toBeLessThan((await page.locator('.overview').boundingBox())!.y);
    expect(await page.locator('.symptom-choice').first().isVisible()).toBe(false);
    await screenshot(page, 'symptoms-en-collapsed');
  });

  it('choosing "Logged out" on Instagram shows the 5 March 2024 log-out, newest first, with live status', async () => {
    await page.locator('.symptom-check summary').click();
    await page.getByRole('button', { name: 'Logged out', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Logged out', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // The choices keep their own type (the intro's size) whatever order the stylesheets load in (the pills share a base rule).
    const font = (selector: string) => page.locator(selector).first().evaluate((el) => [parseFloat(getComputedStyle(el).fontSize), parseFloat(getComputedStyle(el).lineHeight)]);
    const [choiceSize, choiceLine] = await font('.symptom-choice');
    expect(choiceSize).toBe((await font('.symptom-intro'))[0]);
    expect(choiceLine).toBeCloseTo(choiceSize! * 1.25, 1);
    const ids = await listed(page);
    expect(ids[0]).toBe('2024-03-05-meta-logout');
    expect(ids).toEqual(withSymptom('logged-out', 'instagram').slice(0, 3));
    expect(await page.locator('.symptom-list [data-incident="2024-03-05-meta-logout"] time').textContent()).toBe('Mar 5, 2024');
    expect(await page.locator('.symptom-explain').textContent()).toMatch(/^On Mar 5, 2024, during an outage of .*Instagram.*, many users were logged out\. Meta said /);
    expect(await page.locator('.symptom-found').textContent()).toMatch(/past outages? of .?Instagram.? like this/);
    expect(await page.locator('.symptom-status a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'https://metastatus.com/',
      'https://downdetector.com/status/instagram/',
    ]);
    expect(await overflowing(page, '.symptom-check, .symptom-check *')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'symptoms-en-light');
  });

  it('is keyboard operable: Enter opens, Tab and Space choose, arrows move through the matches, Enter opens one', async () => {
    const fresh = await openPopup(session, '#platform=instagram');
    await fresh.locator('.symptom-check summary').focus();
    await fresh.keyboard.press('Enter');
    expect(await fresh.locator('details.symptom-check').getAttribute('open')).toBe('');
    await fresh.keyboard.press('Tab');
    expect((await focused(fresh)).symptom).toBe('logged-out');
    await fresh.keyboard.press('Tab');
    expect((await focused(fresh)).symptom).toBe('login');
    await fresh.keyboard.press('Shift+Tab');
    await fresh.keyboard.press('Space');
    expect(await listed(fresh)).toEqual(withSymptom('logged-out', 'instagram').slice(0, 3));
    // Past the other choices to the first match.
    await fresh.locator('.symptom-list [data-nav]').first().focus();
    await fresh.keyboard.press('ArrowDown');
    expect((await focused(fresh)).incident).toBe(withSymptom('logged-out', 'instagram')[1]);
    await fresh.keyboard.press('ArrowUp');
    await fresh.keyboard.press('ArrowUp');
    expect((await focused(fresh)).symptom).toBe('logged-out');
    await fresh.locator('.symptom-list [data-nav]').first().focus();
    const opened = session.context.waitForEvent('page');
    await fresh.keyboard.press('Enter');
    const tab = await opened;
    expect(tab.url()).toBe(session.url('incident.html#2024-03-05-meta-logout'));
    await tab.close();
    await fresh.close();
  });

  it('follows the platform chips: "All" lists every platform with the symptom', async () => {
    await page.locator('[role="radio"][data-platform="all"]').click();
    expect(await page.getByRole('button', { name: 'Logged out', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await listed(page)).toEqual(withSymptom('logged-out').slice(0, 3));
    expect(await page.locator('.symptom-list .item-tags .oc-platform').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Feed not loading' }).click();
    const all = withSymptom('feed');
    expect(all.length).toBeGreaterThan(3);
    await page.getByRole('button', { name: `Show all ${all.length}` }).click();
    expect(await listed(page)).toEqual(all);
    // The whole panel, down to the live-status links of each platform hit.
    await panelScreenshot(page, 'symptoms-en-light-all-panel');
    expect(await overflowing(page, '.symptom-check, .symptom-check *')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('symptom check in Arabic, dark', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    session = await launch({ lang: 'ar', colorScheme: 'dark' });
    page = await openPopup(session, '#platform=instagram');
    errors = collectPageErrors(page);
  });
  afterAll(() => session?.close());

  it('is right to left, in Arabic, and lists the 5 March 2024 log-out', async () => {
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await screenshot(page, 'symptoms-ar-dark-collapsed');
    await page.locator('.symptom-check summary').click();
    expect(await page.locator('.symptom-check summary').textContent()).toBe('ما الذي تواجهه؟');
    await page.getByRole('button', { name: 'خروج مفاجئ من الحسابات' }).click();
    expect((await listed(page))[0]).toBe('2024-03-05-meta-logout');
    expect(await page.locator('.symptom-explain').textContent()).toMatch(/^في .* مارس .*، خلال عطل أصاب .*إنستغرام.*، خرج كثير من المستخدمين من حساباتهم فجأة\. قالت ميتا/);
    // The choices flow from the right: the first sits right of the second, flush with the box's right side.
    const [first, second] = await page.locator('.symptom-choice').evaluateAll((buttons) => buttons.slice(0, 2).map((b) => b.getBoundingClientRect().right));
    const box = await page.locator('.symptom-choices').evaluate((el) => el.getBoundingClientRect().right);
    expect(first!).toBeGreaterThan(second!);
    expect(Math.abs(first! - box)).toBeLessThan(1);
    expect(await overflowing(page, '.symptom-check, .symptom-check *')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'symptoms-ar-dark');
    await panelScreenshot(page, 'symptoms-ar-dark-panel');
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
