/**
 * The popup's prerendered views (lib/ui/popup-variants.ts) in Debian Chromium: the toolbar button opens
 * the view for the language (and, in a covered site's tab, for its platform, also after a failed load);
 * the page paints the same list and words the popup then shows; the hydrated popup ends exactly as the
 * plain popup renders; and settings the views were not rendered with send the button to the plain popup.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSignature, collectPageErrors, fileAppSignature, fakeSiteHtml, launch, openPopup, POPUP_SIZE, routeFakeSite, type Session } from './harness';

const defaultPopup = (session: Session) => session.worker.evaluate(() => chrome.action.getPopup({}));

/** A tab showing a fake copy of a covered site, and the page its toolbar button opens there. */
async function openCoveredSite(session: Session, host: string) {
  await routeFakeSite(session.context, host, fakeSiteHtml(host));
  const site = await session.context.newPage();
  await site.goto(`https://${host}/`);
  const tabId = await tabIdOf(session, `https://${host}/*`);
  return { site, popupOf: () => session.worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId) };
}

/** The id of the tab showing a covered site's address, once the browser has it (right after a failed load it may not yet). */
async function tabIdOf(session: Session, pattern: string): Promise<number> {
  const find = () => session.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? null, pattern);
  await expect.poll(find).not.toBeNull();
  return (await find())!;
}

/**
 * A view opened as a tab at the popup's size, once settled (hydrated, search box focused). The first list
 * row the parser creates, before any script, is kept as `__parsedRow`: hydration keeps that very element.
 */
async function openView(session: Session, file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors = collectPageErrors(page);
  await page.setViewportSize(POPUP_SIZE);
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const row = document.querySelector('.list .item');
      if (!row) return;
      (window as unknown as { __parsedRow: Element }).__parsedRow = row;
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(session.url(file));
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  await expect.poll(() => page.locator('[data-stat="ago"]').textContent()).not.toBe('\u00a0');
  return { page, errors };
}

describe.each([
  ['en', 'en-US'],
  ['ar', 'ar'],
])('the prerendered popup (%s)', (lang, locale) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: locale });
  });
  afterAll(() => session?.close());

  it('is what the toolbar button opens, for the UI language', async () => {
    await expect.poll(() => defaultPopup(session)).toBe(session.url(`popup-${lang}-all.html`));
  });

  it('paints the list and words the popup then shows, all but "how long ago", before its script runs', async () => {
    const { page, errors } = await openView(session, `popup-${lang}-all.html`);
    const agoText = JSON.stringify(await page.locator('[data-stat="ago"]').textContent());
    const live = await appSignature(page);
    const painted = await fileAppSignature(page, `/popup-${lang}-all.html`);
    expect(painted).toContain('class="item"');
    expect(painted).toBe(live.replace(agoText, JSON.stringify('\u00a0')));
    expect(errors).toEqual([]);
  });

  it('is hydrated, not rebuilt, and ends exactly as the plain popup renders from scratch', async () => {
    const { page, errors } = await openView(session, `popup-${lang}-all.html`);
    expect(await page.evaluate(() => (window as unknown as { __parsedRow: Element }).__parsedRow === document.querySelector('.list .item'))).toBe(true);
    const plain = await openPopup(session);
    expect(await appSignature(page)).toBe(await appSignature(plain));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(await plain.evaluate(() => [document.documentElement.lang, document.documentElement.dir]));
    expect(errors).toEqual([]);
  });

  it('opens a covered site’s tab on that platform’s view', async () => {
    const { site, popupOf } = await openCoveredSite(session, 'www.instagram.com');
    await expect.poll(popupOf).toBe(session.url(`popup-${lang}-instagram.html`));
    // Leaving the platform takes the tab back to the default.
    await routeFakeSite(session.context, 'example.org', fakeSiteHtml('Elsewhere'));
    await site.goto('https://example.org/');
    expect(await popupOf()).toBe(session.url(`popup-${lang}-all.html`));
    // Back. Playwright's Chromium keeps no back/forward cache, so this is a reload; a cache restore, where the
    // content script does not start again, is checked in tests/unit/banner/mount.
    await site.goBack();
    await expect.poll(popupOf).toBe(session.url(`popup-${lang}-instagram.html`));
    await site.close();
  });
});

describe('settings the views were not rendered with', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'en-US' });
  });
  afterAll(() => session?.close());

  it('send the toolbar button to the plain popup, and back when undone', async () => {
    const { popupOf: sitePopup } = await openCoveredSite(session, 'x.com');
    await expect.poll(() => defaultPopup(session)).toBe(session.url('popup-en-all.html'));
    await expect.poll(sitePopup).toBe(session.url('popup-en-twitter.html'));
    const page = await openPopup(session);
    await page.locator('.settings-button').click();
    await page.locator('input[name="digits"][value="arab"]').check();
    await expect.poll(() => defaultPopup(session)).toBe(session.url('popup.html'));
    // The covered site's tab too, so it does not paint Latin digits first.
    await expect.poll(sitePopup).toBe(session.url('popup.html'));
    // A view opened anyway (a stale tab setting) renders from scratch in the user's digits.
    const view = await session.context.newPage();
    await view.setViewportSize(POPUP_SIZE);
    await view.goto(session.url('popup-en-all.html'));
    await expect.poll(() => view.locator('[data-stat="count"]').textContent()).toMatch(/^[٠-٩]+$/);
    await page.locator('input[name="digits"][value="auto"]').check();
    await expect.poll(() => defaultPopup(session)).toBe(session.url('popup-en-all.html'));
    await expect.poll(sitePopup).toBe(session.url('popup-en-twitter.html'));
  });
});

describe('a covered site that fails to load', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ lang: 'en-US', args: ['--host-resolver-rules=MAP www.facebook.com ~NOTFOUND'] });
  });
  afterAll(() => session?.close());

  it('opens its tab on that platform’s view, though no content script runs on the error page', async () => {
    const page = await session.context.newPage();
    await expect(page.goto('https://www.facebook.com/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    const tabId = await tabIdOf(session, 'https://www.facebook.com/*');
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId), { timeout: 5000 }).toBe(session.url('popup-en-facebook.html'));
  });
});
