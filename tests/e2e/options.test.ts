import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentIndex } from '../../lib/incidents/types';
import { collectPageErrors, launch, screenshot, seriousViolations, type Session } from './harness';

const index = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../generated/index.json'), 'utf8')) as IncidentIndex;


/** The page's settings copy, written once a save has committed. */
const savedCopy = (p: Page) => p.evaluate(() => localStorage.getItem('outage-context.settings'));

/**
 * Each select of the page at `width` px: whether it lies inside its card's content box, and whether its label
 * sits above it or beside it. The window goes back to the session's 1280 × 800 afterwards.
 */
async function selectsAt(p: Page, width: number) {
  await p.locator('#digits').waitFor();
  await p.setViewportSize({ width, height: 800 });
  try {
    return await p.evaluate(() =>
      [...document.querySelectorAll('select')].map((select) => {
        const card = select.closest('section')!;
        const style = getComputedStyle(card);
        const outer = card.getBoundingClientRect();
        const left = outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        const right = outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
        const box = select.getBoundingClientRect();
        const label = document.querySelector(`label[for="${select.id}"]`)!.getBoundingClientRect();
        return {
          id: select.id,
          inside: box.left >= left - 0.5 && box.right <= right + 0.5,
          label: label.bottom <= box.top + 0.5 ? 'above' : label.top < box.bottom && box.top < label.bottom ? 'beside' : 'elsewhere',
          pageScrolls: document.documentElement.scrollWidth > innerWidth,
        };
      }),
    );
  } finally {
    await p.setViewportSize({ width: 1280, height: 800 });
  }
}

/** At 360 px every select stays inside its card under its label; at 1280 px each sits beside its label. */
async function expectSelectsFit(p: Page, screenshotName: string): Promise<void> {
  const phone = await selectsAt(p, 360);
  expect(phone.map((s) => s.id)).toEqual(['language', 'digits']);
  for (const select of phone) expect(select).toEqual({ id: select.id, inside: true, label: 'above', pageScrolls: false });
  for (const select of await selectsAt(p, 1280)) expect(select).toEqual({ id: select.id, inside: true, label: 'beside', pageScrolls: false });
  await p.setViewportSize({ width: 360, height: 800 });
  await p.locator('#digits').scrollIntoViewIfNeeded();
  await screenshot(p, screenshotName);
  await p.setViewportSize({ width: 1280, height: 800 });
}

describe('options page', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    session = await launch();
    page = await session.context.newPage();
    errors = collectPageErrors(page);
    await page.goto(session.url('options.html'));
  });
  afterAll(() => session?.close());

  /** Another options tab, opened after this one, turns a platform's banner off and closes. */
  async function switchOffInAnotherTab(name: string): Promise<void> {
    const other = await session.context.newPage();
    await other.goto(session.url('options.html'));
    await other.getByRole('checkbox', { name }).uncheck();
    await expect.poll(() => savedCopy(other)).toContain(name.toLowerCase());
    await other.close();
  }

  it('shows the dataset version and the number of outages', async () => {
    await expect.poll(() => page.locator('#about-heading + p').textContent()).toBe(`${index.incidents.length} outages on record, from 2009 to ${Math.max(...index.incidents.map((i) => Number(i.start.utc.slice(0, 4))))}. Data version \u2068${index.version.slice(0, 7)}\u2069.`);
  });

  it('persists the banner mode and per-platform switches across reloads', async () => {
    await page.getByLabel('Only on anniversaries of past outages').check();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved.');
    await page.getByRole('checkbox', { name: 'Instagram' }).uncheck();
    // The status already says "Saved."; the page's settings copy is written once the save has committed.
    await expect.poll(() => savedCopy(page)).toContain('instagram');
    await page.reload();
    expect(await page.getByLabel('Only on anniversaries of past outages').isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Instagram' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Facebook' }).isChecked()).toBe(true);
  });

  it('keeps a platform switched off in another tab when this page, still showing it on, switches another', async () => {
    await switchOffInAnotherTab('Facebook');
    // This page loaded before that change and still shows Facebook on.
    expect(await page.getByRole('checkbox', { name: 'Facebook' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'WhatsApp' }).uncheck();
    await expect.poll(() => savedCopy(page)).toContain('whatsapp');
    await page.reload();
    for (const name of ['Facebook', 'Instagram', 'WhatsApp']) expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: 'Facebook' }).check();
    await page.getByRole('checkbox', { name: 'WhatsApp' }).check();
    await expect.poll(() => savedCopy(page)).not.toContain('whatsapp');
  });

  it('shows a change made in another tab when the user comes back to it', async () => {
    await switchOffInAnotherTab('Threads');
    expect(await page.getByRole('checkbox', { name: 'Threads' }).isChecked()).toBe(true);
    // What the browser fires when the tab is shown again (headless pages never go hidden).
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => page.getByRole('checkbox', { name: 'Threads' }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: 'Threads' }).check();
  });

  it('sets its help text at the page’s own size, not at the 75% Chromium gives extension pages', async () => {
    const sizes = await page.evaluate(() => [document.documentElement, document.querySelector('.help')!].map((e) => getComputedStyle(e).fontSize));
    expect(sizes[1]).toBe(sizes[0]);
  });

  it('has no serious accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'options-en');
  });

  it('keeps the Language and Digits selects inside their card at phone width', async () => {
    await expectSelectsFit(page, 'options-en-360');
  });

  it('switches the whole page to Arabic, right to left, with Arabic-Indic digits on request', async () => {
    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('إعدادات سياق الأعطال');
    await page.getByLabel('الأرقام', { exact: true }).selectOption('arab');
    await expect.poll(() => page.locator('#about-heading + p').textContent()).toMatch(/[٠-٩]+ عطل/);
    // Each choice shows the digits it writes, whichever is chosen.
    expect(await page.getByLabel('الأرقام', { exact: true }).locator('option').allTextContents()).toEqual(['المعتادة في اللغة', 'غربية (0123)', 'عربية مشرقية (٠١٢٣)']);
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'options-ar');
  });

  it('keeps the selects inside their card at phone width right to left too', async () => {
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectSelectsFit(page, 'options-ar-360');
  });

  it('resets all user data only after confirmation', async () => {
    // A chosen language: the toolbar button opens the plain popup (see lib/ui/popup-variants) until the reset.
    const toolbarPage = () => session.worker.evaluate(() => chrome.action.getPopup({}));
    await expect.poll(toolbarPage).toBe(session.url('popup.html'));
    await page.getByRole('button', { name: 'حذف كل بياناتي…' }).click();
    await page.getByRole('button', { name: 'إلغاء' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page.getByRole('button', { name: 'حذف كل بياناتي…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'حذف', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(toolbarPage).toBe(session.url('popup-en-all.html'));
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByLabel('At most once a day per platform').isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Instagram' }).isChecked()).toBe(true);
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
