import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident, IncidentIndex } from '../../lib/incidents/types';
import { icsProp, octets, parseCsv, parseIcs, unescapeIcsText } from '../unit/export/formats';
import { ARTIFACTS_DIR, clippedFacts, collectPageErrors, EXTENSION_DIR, launch, screenshot, seriousViolations, type Session } from './harness';

const SEED_ID = '2021-10-04-meta-global';

/** The index the build bundled: what the page must show. */
function bundledIndex(): IncidentIndex {
  const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
  const index = JSON.parse(readFileSync(join(import.meta.dirname, '../../generated/index.json'), 'utf8')) as IncidentIndex;
  // generated/index.json must be the one this build carries (a stale build would test the wrong data).
  expect(background).toContain(index.version);
  return index;
}


/** The reader's time zone, for the "your time" line. */
async function useTimeZone(session: Session, page: Page, timezoneId: string): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId });
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const fact = (page: Page, label: string) => page.locator('.ip-fact').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

describe('incident page in English', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let index: IncidentIndex;
  let seed: Incident;

  beforeAll(async () => {
    index = bundledIndex();
    seed = index.incidents.find((i) => i.id === SEED_ID)!;
    session = await launch();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await session.context.newPage();
    errors = collectPageErrors(page);
    await useTimeZone(session, page, 'Asia/Riyadh');
    await page.goto(session.url(`incident.html#${SEED_ID}`));
    await page.locator('h1#ip-title').waitFor();
  });
  afterAll(() => session?.close());

  it('renders the title, platforms, summary and every fact of the seed incident', async () => {
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(await page.locator('h1').textContent()).toBe(seed.title.en);
    expect(await page.title()).toBe(`${seed.title.en} · Outage Context`);
    expect(await page.getByRole('list', { name: 'Platforms affected' }).getByRole('listitem').allTextContents()).toEqual(['Facebook', 'Instagram', 'WhatsApp', 'Messenger']);
    expect(await page.locator('.ip-summary').textContent()).toBe(seed.summary.en);
    // Riyadh is UTC+3 all year.
    expect(await fact(page, 'Started').locator('li').allTextContents()).toEqual([
      'October 4, 2021 at 6:39 PM your time (Arabian Standard Time)',
      'October 4, 2021 at 15:39 UTC',
    ]);
    expect(await fact(page, 'Ended').textContent()).toBe('No agreed end timeSources disagree');
    expect(await fact(page, 'Duration').textContent()).toBe('about 6\u00a0hours');
    expect(await fact(page, 'Cause').locator('.ip-cause').textContent()).toBe('DNS and BGP routing');
    expect(await fact(page, 'Cause').locator('blockquote').textContent()).toBe(`What the company said: ${seed.cause.stated!.en}`);
    expect(await fact(page, 'What users saw').locator('li').allTextContents()).toEqual(["Won't load", "Can't log in", 'Messages not sending']);
    expect(await fact(page, 'Scope').textContent()).toBe('Worldwide');
    expect(await fact(page, 'Sourcing').textContent()).toBe('Well sourcedSeveral independent sources agree on the main facts.');
  });

  it('shows each side where the sources disagree, the end time among them', async () => {
    const section = page.getByRole('region', { name: 'Where the sources disagree' });
    const items = section.getByRole('listitem');
    expect(await items.count()).toBe(seed.disagreements!.length);
    const end = seed.disagreements!.find((d) => d.field === 'end')!;
    expect(await section.locator('#ip-disagreement-end').textContent()).toBe(`Ended${end.en}`);
    expect(end.en).toMatch(/20:50.*21:50/s);
    // The marker beside "Ended" takes the reader (and focus) to that account.
    await fact(page, 'Ended').getByRole('button', { name: 'Sources disagree' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ip-disagreement-end');
  });

  it('lists every source with publisher, date, language and a link where one is known', async () => {
    const sources = page.locator('.ip-source');
    expect(await page.getByRole('heading', { level: 2, name: `${seed.sources.length} sources` }).count()).toBe(1);
    expect(await sources.count()).toBe(seed.sources.length);
    for (const [i, source] of seed.sources.entries()) {
      const item = sources.nth(i);
      expect(await item.locator('.ip-source-title').textContent()).toBe(source.url ? `${source.title} (opens in a new tab)` : source.title);
      expect(await item.locator('.ip-source-publisher').textContent()).toBe(source.publisher);
      if (source.published) expect(await item.locator('time').getAttribute('datetime')).toBe(source.published);
      else expect(await item.locator('time').count()).toBe(0);
      expect(await item.locator('.ip-source-meta').textContent()).toContain(source.lang === 'ar' ? 'Arabic' : 'English');
      if (source.url) expect(await item.getByRole('link').getAttribute('href')).toBe(source.url);
      else expect(await item.getByRole('link').count()).toBe(0);
    }
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, 'incident-en');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'incident-en-full.png'), fullPage: true });
  });

  it('shows the record in Arabic with one click, and back', async () => {
    const arabic = page.getByRole('group', { name: 'Language of this record' }).getByRole('button', { name: 'العربية' });
    await arabic.click();
    expect(await arabic.getAttribute('aria-pressed')).toBe('true');
    const article = page.locator('article');
    expect(await article.evaluate((a) => [a.getAttribute('lang'), a.getAttribute('dir')])).toEqual(['ar', 'rtl']);
    expect(await page.locator('h1').textContent()).toBe(seed.title.ar);
    expect(await page.locator('.ip-summary').textContent()).toBe(seed.summary.ar);
    expect(await fact(page, 'النهاية').textContent()).toBe('لا وقت متفقًا عليه لانتهائه' + 'المصادر مختلفة');
    // The page around the record stays in the UI language.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Showing the record in Arabic');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'incident-en-record-ar.png'), fullPage: true });
    await page.getByRole('button', { name: 'English', exact: true }).click();
    expect(await page.locator('h1').textContent()).toBe(seed.title.en);
  });

  it('copies the citation in English and in Arabic to the clipboard', async () => {
    await page.getByRole('button', { name: 'Copy citation (English)' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Citation in English copied to the clipboard');
    const english = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(english.slice(0, 4)).toEqual([seed.title.en, 'Date: October 4, 2021 at 15:39 UTC', 'Platforms: Facebook, Instagram, WhatsApp, and Messenger', 'Sources:']);
    for (const s of seed.sources) {
      expect(english.some((line) => line.startsWith(`- ${s.publisher.includes('الشرق') ? '' : s.publisher}`) && line.includes(s.title.replace(/^\[|\]$/g, '').slice(0, 10)))).toBe(true);
      if (s.url) expect(english).toContain(`  ${s.url}`);
    }
    expect(english).toContain(`Outage Context, incident ${SEED_ID}`);

    await page.getByRole('button', { name: 'Copy citation (Arabic)' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Citation in Arabic copied to the clipboard');
    const arabic = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(arabic[0]).toBe(seed.title.ar);
    expect(arabic[1]).toMatch(/^التاريخ: /);
    expect(arabic[2]).toBe('المنصات: فيسبوك وإنستغرام وواتساب وماسنجر');
    expect(arabic[3]).toBe('المصادر:');
    expect(arabic.filter((l) => l.startsWith('- '))).toHaveLength(seed.sources.length);
  });

  it('downloads a valid .ics for the incident', async () => {
    const { name, text } = await download(page, () => page.getByRole('button', { name: 'Add to calendar' }).click());
    expect(name).toBe(`${SEED_ID}.ics`);
    const ics = parseIcs(text);
    expect(ics.lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(icsProp(ics.props, 'BEGIN')).toBe('VCALENDAR');
    expect(icsProp(ics.props, 'UID')).toBe(`${SEED_ID}@outage-context`);
    expect(icsProp(ics.props, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(icsProp(ics.props, 'DTSTART')).toBe('20211004T153900Z');
    expect(icsProp(ics.props, 'DTEND')).toBe('20211004T213900Z');
    expect(unescapeIcsText(icsProp(ics.props, 'SUMMARY')!)).toBe(seed.title.en);
    expect(unescapeIcsText(icsProp(ics.props, 'DESCRIPTION')!)).toContain(seed.summary.en);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Calendar file (.ics) downloaded');
  });

  it('exports the whole index as JSON and as CSV', async () => {
    const json = await download(page, () => page.getByRole('button', { name: 'JSON' }).click());
    expect(json.name).toBe(`outage-context-incidents-${index.version}.json`);
    const exported = JSON.parse(json.text) as IncidentIndex;
    expect(exported.version).toBe(index.version);
    expect([...exported.incidents].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...index.incidents].sort((a, b) => a.id.localeCompare(b.id)));

    const csv = await download(page, () => page.getByRole('button', { name: 'CSV (spreadsheet)' }).click());
    expect(csv.name).toBe(`outage-context-incidents-${index.version}.csv`);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.text.slice(1));
    expect(rows).toHaveLength(index.incidents.length);
    const row = rows.find((r) => r[0] === SEED_ID)!;
    const column = (name: string) => row[header!.indexOf(name)];
    expect(column('title_ar')).toBe(seed.title.ar);
    expect(column('summary_en')).toBe(seed.summary.en);
    expect(column('platforms')).toBe('facebook instagram whatsapp messenger');
    expect(column('sources')!.split('\n')).toHaveLength(seed.sources.length);
  });

  it('names the countries and UN areas of a regional outage, and says when no end is known', async () => {
    const regional = index.incidents.find((i) => i.regions.includes('155') && i.regions.includes('IN'))!;
    await page.goto(session.url(`incident.html#${regional.id}`));
    await expect.poll(() => page.locator('h1').textContent()).toBe(regional.title.en);
    const scope = await fact(page, 'Scope').textContent();
    expect(scope).toContain('Western Europe');
    expect(scope).toContain('India');
    expect(scope).not.toMatch(/\d{3}/);
    const open = index.incidents.find((i) => !i.end && !i.disagreements?.some((d) => d.field === 'end'))!;
    await page.goto(session.url(`incident.html#${open.id}`));
    await expect.poll(() => page.locator('h1').textContent()).toBe(open.title.en);
    expect(await fact(page, 'Ended').textContent()).toBe('Unknown');
    // Under its heading an unknown duration is just "Unknown", not "Duration: Duration unknown".
    const unknownLength = index.incidents.find((i) => !i.end && !i.duration && !i.disagreements?.length)!;
    await page.goto(session.url(`incident.html#${unknownLength.id}`));
    await expect.poll(() => page.locator('h1').textContent()).toBe(unknownLength.title.en);
    expect(await fact(page, 'Duration').textContent()).toBe('Unknown');
  });

  it('shows search results for free text, following the typing, and opens a result', async () => {
    await page.goto(session.url('incident.html#q=whatsapp'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Results for “whatsapp”');
    await expect.poll(() => page.locator('.ip-result').count()).toBeGreaterThan(3);
    expect((await page.locator('.ip-result mark').first().textContent())!.toLowerCase()).toBe('whatsapp');
    // While a year is half typed, the platform named answers (a submitted "whatsapp 202" would find nothing).
    await page.getByRole('searchbox', { name: 'Search outages' }).fill('whatsapp 202');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Results for “whatsapp 202”');
    await expect.poll(() => page.locator('.ip-result').count()).toBeGreaterThan(3);
    await page.getByRole('searchbox', { name: 'Search outages' }).fill('DNS 2021');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Results for “DNS 2021”');
    expect(page.url()).toBe(session.url('incident.html#q=DNS%202021'));
    await page.locator(`.ip-result[data-incident="${SEED_ID}"] a`).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(seed.title.en);
    // Focus moves to the new page's title just after it renders.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ip-title');
    // The search box says what the page shows: nothing on an outage's page, the query again after Back.
    const box = page.getByRole('searchbox', { name: 'Search outages' });
    expect(await box.inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Results for “DNS 2021”');
    expect(await box.inputValue()).toBe('DNS 2021');
  });

  it('lists every incident newest first without a query, and says when an id is unknown', async () => {
    await page.getByRole('link', { name: 'Outage Context' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('All recorded outages');
    const ids = await page.locator('.ip-result').evaluateAll((items) => items.map((i) => i.getAttribute('data-incident')));
    expect(ids).toEqual([...index.incidents].sort((a, b) => Date.parse(b.start.utc) - Date.parse(a.start.utc) || (a.id < b.id ? 1 : -1)).map((i) => i.id));
    await page.goto(session.url('incident.html#2099-01-01-no-such-outage'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Outage not found');
    expect(await seriousViolations(page)).toEqual([]);
    // A pasted address of any length is quoted short.
    await page.goto(session.url(`incident.html#${'x'.repeat(3000)}`));
    await expect.poll(() => page.locator('.ip-main bdi').textContent()).toBe(`${'x'.repeat(59)}…`);
    // So is a long search, in the tab's title too.
    await page.goto(session.url(`incident.html#q=${'y'.repeat(3000)}`));
    await expect.poll(() => page.title()).toBe(`Results for “${'y'.repeat(59)}…” · Outage Context`);
    await page.goto(session.url('incident.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('All recorded outages');
  });

  it('is operable from the keyboard: "/" focuses the search box, Enter searches', async () => {
    // Pressed again until the page, just loaded, listens for it.
    await expect
      .poll(async () => {
        await page.keyboard.press('/');
        return page.evaluate(() => document.activeElement?.id);
      })
      .toBe('ip-q');
    expect(await page.locator('#ip-q').inputValue()).toBe('');
    await page.keyboard.type('instagram');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Results for “instagram”');
  });

  it('has the `outage` keyword listening in the background worker from its start', async () => {
    // The omnibox itself cannot be driven from Playwright; its handlers are unit-tested (tests/unit/omnibox.test.ts).
    const listening = await session.worker.evaluate(() => [chrome.omnibox.onInputChanged.hasListeners(), chrome.omnibox.onInputEntered.hasListeners()]);
    expect(listening).toEqual([true, true]);
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('incident page in Arabic, dark', () => {
  let session: Session;
  let page: Page;
  let errors: string[];
  let seed: Incident;

  beforeAll(async () => {
    seed = bundledIndex().incidents.find((i) => i.id === SEED_ID)!;
    session = await launch({ lang: 'ar', colorScheme: 'dark' });
    page = await session.context.newPage();
    errors = collectPageErrors(page);
    await useTimeZone(session, page, 'Africa/Cairo');
    await page.goto(session.url(`incident.html#${SEED_ID}`));
    await page.locator('h1#ip-title').waitFor();
  });
  afterAll(() => session?.close());

  it('is right to left and in Arabic throughout', async () => {
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('h1').textContent()).toBe(seed.title.ar);
    expect(await page.locator('.ip-summary').textContent()).toBe(seed.summary.ar);
    expect(await page.getByRole('button', { name: 'إضافة إلى التقويم' }).count()).toBe(1);
    expect(await fact(page, 'المدة').textContent()).toMatch(/^نحو /);
    const disagreements = page.getByRole('region', { name: 'ما تختلف فيه المصادر' });
    expect(await disagreements.locator('#ip-disagreement-end').textContent()).toBe(`النهاية${seed.disagreements!.find((d) => d.field === 'end')!.ar}`);
    // The sources keep their own language, isolated inside the Arabic page.
    const english = seed.sources.findIndex((s) => s.lang === 'en');
    expect(await page.locator('.ip-source').nth(english).locator('.ip-source-title bdi').getAttribute('lang')).toBe('en');
    // Start aligned to the right edge in RTL.
    const box = await page.locator('h1').boundingBox();
    const article = await page.locator('article').boundingBox();
    expect(article!.x + article!.width - (box!.x + box!.width)).toBeLessThan(40);
  });

  it('has no horizontal overflow, even in a narrow window', async () => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      // Sources whose publisher wraps at 360 px keep every letter.
      expect(await clippedFacts(page)).toEqual([]);
    }
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'incident-ar-dark-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'incident-ar-dark');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'incident-ar-dark-full.png'), fullPage: true });
  });

  it('shows Hijri dates beside Gregorian ones and Arabic-Indic digits when the settings ask', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('outage-context');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key: 'hijri', value: true });
            tx.objectStore('settings').put({ key: 'digits', value: 'arab' });
            tx.oncomplete = () => resolve(open.result.close());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const started = fact(page, 'البداية');
    // 4 October 2021 was 27 Safar 1443.
    expect(await started.locator('.oc-hijri').textContent()).toMatch(/^هجريًا: ٢٧ صفر ١٤٤٣/);
    expect(await started.locator('li').first().textContent()).toMatch(/^٤ أكتوبر ٢٠٢١/);
    // The record's own text too: its times and years, not the digits of Latin words (DNS, Downdetector).
    const summary = (await page.locator('.ip-summary').textContent())!;
    expect(summary).toContain('١٥:٣٩');
    expect(summary.replace(/\S*[A-Za-z]\S*/g, '')).not.toMatch(/[0-9]/);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'incident-ar-dark-hijri.png') });
  });

  it('shows Arabic search results right to left', async () => {
    await page.goto(session.url(`incident.html#q=${encodeURIComponent('واتساب')}`));
    await expect.poll(() => page.locator('h1').textContent()).toBe('نتائج البحث عن «واتساب»');
    await expect.poll(() => page.locator('.ip-result').count()).toBeGreaterThan(3);
    // Matches are marked in the summaries under the titles too.
    expect(await page.locator('.ip-result-summary mark').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'incident-ar-dark-search');
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
