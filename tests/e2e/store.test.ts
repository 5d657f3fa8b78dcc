/**
 * The store in Debian Chromium, on the production build: the worker seeds IndexedDB on install, an
 * extension page reads it, and a content script on a routed https://www.facebook.com/ gets Facebook's
 * incidents from the background through the message protocol.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION } from '../../lib/db/schema';
import type { Incident, IncidentIndex } from '../../lib/incidents/types';
import { forPlatform } from '../../lib/queries';
import { collectPageErrors, fakeSiteHtml, launch, routeFakeSite, type Session } from './harness';

const index = JSON.parse(readFileSync(join(import.meta.dirname, '../../generated/index.json'), 'utf8')) as IncidentIndex;

/** Everything an extension context can read of the database, without the extension's code (runs in the browser). */
async function databaseContents([name, version]: readonly [string, number]) {
  const listed = (await indexedDB.databases()).find((d) => d.name === name);
  // Not open()ing a database that is not there yet: that would create an empty one.
  if (listed?.version !== version) return undefined;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const read = <T,>(store: string, query: (s: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const request = query(db.transaction(store).objectStore(store));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const [meta, rows, facebookKeys, settings] = await Promise.all([
    read('meta', (s) => s.get('dataset')),
    read('incidents', (s) => s.getAll()),
    read('incidents', (s) => s.index('by-platform').getAllKeys('facebook')),
    read('settings', (s) => s.getAll()),
  ]);
  db.close();
  return {
    stores: [...db.objectStoreNames].sort(),
    meta: meta as { version: string; count: number } | undefined,
    incidents: (rows as Array<{ incident: Incident }>).map((row) => row.incident),
    facebookKeys: facebookKeys as string[],
    settings: settings as { key: string; value: unknown }[],
  };
}

const DATABASE = [DB_NAME, DB_VERSION] as const;
const readFromPage = (page: Page) => page.evaluate(databaseContents, DATABASE);
const readFromWorker = (worker: Worker) => worker.evaluate(databaseContents, DATABASE);

/** Until the worker has seeded the database after install. */
const seeded = (worker: Worker) =>
  vi.waitFor(
    async () => {
      if (!(await readFromWorker(worker))?.meta) throw new Error('not seeded yet');
    },
    { timeout: 20_000, interval: 250 },
  );

/**
 * The extension's content-script world in `page` (an isolated world Playwright does not expose):
 * returns a function that runs an expression there, as the content script would.
 */
async function contentScriptWorld(page: Page, extensionId: string): Promise<{ run(expression: string): Promise<unknown>; detach(): Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Reports every existing context once, then each new one.
  await cdp.send('Runtime.enable');
  const world = await vi.waitFor(
    () => {
      const found = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
      if (!found) throw new Error('The content script has not run in this page');
      return found;
    },
    { timeout: 10_000, interval: 100 },
  );
  return {
    async run(expression) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    detach: () => cdp.detach(),
  };
}

/** A protocol request sent from the content-script world. */
const sendFrom = (world: { run(expression: string): Promise<unknown> }, message: unknown) => world.run(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);

describe('the store in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  it('holds every bundled incident after install, read from the popup page', async () => {
    // Seeded by the worker on install, before any page of the extension has run.
    await seeded(session.worker);
    const popup = await session.context.newPage();
    const errors = collectPageErrors(popup);
    await popup.goto(session.url('popup.html'));
    const stored = (await readFromPage(popup))!;
    expect(stored.stores).toEqual(['dismissals', 'incidents', 'meta', 'observations', 'settings']);
    expect(stored.meta).toMatchObject({ version: index.version, count: index.incidents.length });
    const byId = (a: Incident, b: Incident) => a.id.localeCompare(b.id);
    expect(stored.incidents.sort(byId)).toEqual([...index.incidents].sort(byId));
    expect(stored.facebookKeys.sort()).toEqual(forPlatform(index.incidents, 'facebook').map((i) => i.id).sort());

    const health = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'health', payload: {} }));
    expect(health).toEqual({ ok: true, value: { ok: true, persisted: true, datasetVersion: index.version } });
    expect(errors).toEqual([]);
    await popup.close();
  });

  it("gives a content script on www.facebook.com Facebook's incidents through the message protocol", async () => {
    await routeFakeSite(session.context, 'www.facebook.com', fakeSiteHtml('Facebook'));
    const page = await session.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://www.facebook.com/');
    const world = await contentScriptWorld(page, session.extensionId);

    const answer = (await sendFrom(world, { type: 'incidentsForPlatform', payload: { platform: 'facebook' } })) as { ok: true; value: Incident[] };
    expect(answer.ok).toBe(true);
    expect(answer.value.map((i) => i.id)).toEqual(forPlatform(index.incidents, 'facebook').map((i) => i.id));
    expect(answer.value[0]).toEqual(forPlatform(index.incidents, 'facebook')[0]);

    // Bad input and unknown requests come back as typed errors, not as silence or a thrown rejection.
    expect(await sendFrom(world, { type: 'incidentsForPlatform', payload: { platform: 'myspace' } })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Unknown platform: "myspace"' },
    });
    expect(await sendFrom(world, { type: 'dropTables', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-request' } });

    // The content script's own request (the banner) was answered from the same store: the banner is in the page.
    await expect.poll(() => page.locator('outage-context-banner').count(), { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
    await world.detach();
    await page.close();
  });

  it('opens the popup on a platform in a new tab when a content script asks', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/');
    const world = await contentScriptWorld(page, session.extensionId);
    const opened = session.context.waitForEvent('page');
    expect(await sendFrom(world, { type: 'openView', payload: { view: 'platform', platform: 'facebook' } })).toEqual({ ok: true, value: null });
    const tab = await opened;
    expect(tab.url()).toBe(session.url('popup.html#platform=facebook'));
    await tab.close();
    await world.detach();
    await page.close();
  });
});

/** The changes waiting in storage.local for the database (unsaved-changes.ts), oldest first. */
const waitingChanges = (worker: Worker) =>
  worker.evaluate(async () => {
    const items = await chrome.storage.local.get(null);
    return Object.keys(items)
      .filter((key) => key.startsWith('unsaved-changes:'))
      .sort()
      .map((key) => (items[key] as { change: { kind: string } }).change);
  });

describe('the store in Chromium when IndexedDB cannot be opened', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  it("keeps the banner's \"Don't show\" aside, then writes it into the database once that opens again", async () => {
    await seeded(session.worker);
    // A newer build left a newer database: this one cannot open it any more (VersionError). The worker's
    // open connection steps aside for the upgrade and fails when it reopens.
    await session.worker.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name, 99);
          open.onsuccess = () => resolve(open.result.close());
          open.onerror = () => reject(open.error);
        }),
      DB_NAME,
    );

    await routeFakeSite(session.context, 'www.facebook.com', fakeSiteHtml('Facebook'));
    const page = await session.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://www.facebook.com/');
    const banner = page.locator('outage-context-banner .banner');
    await banner.waitFor({ timeout: 15_000 });
    await banner.getByRole('button', { name: 'More' }).click();
    await banner.getByRole('button', { name: /^Don't show on\W+Facebook/ }).click();
    // The background answered that the choice is kept, not that it may come back.
    await expect.poll(() => banner.locator('.headline').innerText()).toMatch(/won't appear on\W+Facebook\W+again/);
    // Among the other changes made meanwhile (the day the note showed, the page load the failure detection noted).
    expect(await waitingChanges(session.worker)).toContainEqual({ kind: 'banner-disabled', platform: 'facebook', disabled: true });
    expect(await readFromWorker(session.worker)).toBeUndefined();

    // The note stays away while the fault lasts.
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(2500);
    expect(await page.locator('outage-context-banner').count()).toBe(0);

    // The database is usable again (the newer one removed); the next extension page to open it writes the choice in.
    await session.worker.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
      DB_NAME,
    );
    const popup = await session.context.newPage();
    errors.push(...collectPageErrors(popup));
    await popup.goto(session.url('popup.html'));
    await expect.poll(async () => (await readFromPage(popup))?.meta?.version, { timeout: 10_000 }).toBe(index.version);
    await expect.poll(async () => (await readFromPage(popup))?.settings.find((row) => row.key === 'bannerDisabled')?.value).toEqual(['facebook']);
    await expect.poll(() => waitingChanges(session.worker)).toEqual([]);
    expect(await popup.locator('.notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });
});
