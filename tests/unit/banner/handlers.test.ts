import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bannerHandlers } from '../../../lib/banner/handlers';
import { pickBrowserLanguage } from '../../../lib/i18n';
import { openStore, type OutageStore } from '../../../lib/db';
import type { IncidentIndex } from '../../../lib/incidents/types';
import { createMessageListener, MessageError, request, type Handlers, type Message } from '../../../lib/messages';
import { incident, october2021, plain } from './fixtures';

const bundled: IncidentIndex = {
  version: 'test',
  incidents: [october2021, incident({ id: '2024-03-05-meta-logout', platforms: ['facebook', 'instagram', 'messenger', 'threads'] })],
};
const sender = {};

let store: OutageStore;
let clock: Date;
let handlers: Pick<Handlers, 'banner' | 'dismissBanner'>;

beforeEach(() => {
  store = openStore({ factory: new IDBFactory(), bundled });
  clock = new Date(2025, 9, 4, 9);
  handlers = bannerHandlers(store, { now: () => clock, uiLanguage: () => 'en-US' });
});
afterEach(() => store.close());

describe('banner handler', () => {
  it('hands out the note worded in the browser language and records the day it was shown', async () => {
    const view = await handlers.banner({ host: 'web.whatsapp.com' }, sender);
    expect(view).toMatchObject({ lang: 'en', dir: 'ltr', platform: 'whatsapp', color: '#1DA851', placement: 'start', incidentId: october2021.id });
    expect(plain(view!.text.headline)).toBe('On this day in 2021, an outage took down WhatsApp and 3 other\u00a0platforms for about 6\u00a0hours');
    expect(plain(view!.text.count)).toBe('The only outage on record for WhatsApp');
    expect(await store.getBannerRecord('whatsapp')).toEqual({ platform: 'whatsapp', lastShownDay: '2025-10-04' });
  });

  it('words the note in the language and digits the user chose', async () => {
    await store.saveSettings({ language: 'ar', digits: 'arab' });
    const view = await handlers.banner({ host: 'www.facebook.com' }, sender);
    expect(view).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(plain(view!.text.headline)).toMatch(/^في مثل هذا اليوم من عام ٢٠٢١، تعطّلت خدمات فيسبوك/);
  });

  it('follows an Arabic browser when the language is left on auto', async () => {
    const arabic = bannerHandlers(store, { now: () => clock, uiLanguage: () => 'ar' });
    expect((await arabic.banner({ host: 'www.messenger.com' }, sender))?.dir).toBe('rtl');
  });

  it('shows once a day per platform, and again the next day', async () => {
    expect((await handlers.banner({ host: 'www.facebook.com' }, sender))).not.toBeNull();
    expect((await handlers.banner({ host: 'www.facebook.com' }, sender))).toBeNull();
    expect((await handlers.banner({ host: 'www.instagram.com' }, sender))).not.toBeNull();
    clock = new Date(2025, 9, 5, 9);
    expect((await handlers.banner({ host: 'www.facebook.com' }, sender))?.incidentId).toBe(october2021.id);
  });

  it('hands the note to one of two tabs of a platform loading at the same moment', async () => {
    const views = await Promise.all([handlers.banner({ host: 'www.facebook.com' }, sender), handlers.banner({ host: 'm.facebook.com' }, sender)]);
    expect(views.filter(Boolean)).toHaveLength(1);
  });

  it('records nothing when there is nothing to show', async () => {
    expect((await handlers.banner({ host: 'x.com' }, sender))).toBeNull();
    expect(await store.getBannerRecord('twitter')).toBeUndefined();
  });

  it('follows the mode chosen in the settings', async () => {
    clock = new Date(2025, 0, 15, 9);
    await store.saveSettings({ bannerMode: 'anniversaries' });
    expect((await handlers.banner({ host: 'www.facebook.com' }, sender))).toBeNull();
    await store.saveSettings({ bannerMode: 'daily' });
    expect((await handlers.banner({ host: 'www.facebook.com' }, sender))?.incidentId).toBe('2024-03-05-meta-logout');
  });
});

describe('dismissBanner handler', () => {
  it('"today" hides the banner until the next day and keeps the shown day', async () => {
    await handlers.banner({ host: 'www.facebook.com' }, sender);
    await handlers.dismissBanner({ platform: 'facebook', scope: 'today' }, sender);
    expect(await store.getBannerRecord('facebook')).toEqual({ platform: 'facebook', lastShownDay: '2025-10-04', hiddenOnDay: '2025-10-04' });
    clock = new Date(2025, 9, 5, 9);
    expect((await handlers.banner({ host: 'www.facebook.com' }, sender))).not.toBeNull();
  });

  it('"platform" turns the banner off for that platform only, once', async () => {
    await handlers.dismissBanner({ platform: 'instagram', scope: 'platform' }, sender);
    await handlers.dismissBanner({ platform: 'instagram', scope: 'platform' }, sender);
    expect((await store.getSettings()).bannerDisabled).toEqual(['instagram']);
    await Promise.all([handlers.dismissBanner({ platform: 'threads', scope: 'platform' }, sender), handlers.dismissBanner({ platform: 'messenger', scope: 'platform' }, sender)]);
    expect((await store.getSettings()).bannerDisabled).toEqual(['instagram', 'messenger', 'threads']);
    clock = new Date(2026, 9, 4, 9);
    expect((await handlers.banner({ host: 'www.instagram.com' }, sender))).toBeNull();
    expect((await handlers.banner({ host: 'www.facebook.com' }, sender))).not.toBeNull();
  });

  it('says whether the choice was saved: not when storage is refused (it lasts until the browser restarts)', async () => {
    expect(await handlers.dismissBanner({ platform: 'instagram', scope: 'platform' }, sender)).toEqual({ saved: true });
    const forbidden = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as IDBFactory;
    const broken = openStore({ factory: forbidden, bundled });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const brokenHandlers = bannerHandlers(broken, { now: () => clock, uiLanguage: () => 'en-US' });
      expect(await brokenHandlers.dismissBanner({ platform: 'instagram', scope: 'platform' }, sender)).toEqual({ saved: false });
      expect(await brokenHandlers.dismissBanner({ platform: 'facebook', scope: 'today' }, sender)).toEqual({ saved: false });
      // Kept in memory meanwhile: the note stays off.
      expect(await brokenHandlers.banner({ host: 'www.instagram.com' }, sender)).toBeNull();
    } finally {
      warn.mockRestore();
      broken.close();
    }
  });
});

describe('through the message protocol', () => {
  const send = (listener: ReturnType<typeof createMessageListener>) => (message: Message) => listener(message, {});
  const noOtherHandlers = {} as Omit<Handlers, 'banner' | 'dismissBanner'>;

  it('answers a content script request', async () => {
    const listener = createMessageListener({ ...noOtherHandlers, ...handlers } as Handlers);
    const view = await request(send(listener), 'banner', { host: 'www.messenger.com' });
    expect(view?.incidentId).toBe(october2021.id);
  });

  it('refuses a host that is not covered, an unknown platform or scope as a bad request', async () => {
    const listener = createMessageListener({ ...noOtherHandlers, ...handlers } as Handlers);
    const unknownHost = request(send(listener), 'banner', { host: 'myspace.com' });
    await expect(unknownHost).rejects.toEqual(new MessageError('bad-request', 'Not a covered host: myspace.com'));
    const unknownPlatform = request(send(listener), 'dismissBanner', { platform: 'myspace' as never, scope: 'today' });
    await expect(unknownPlatform).rejects.toEqual(new MessageError('bad-request', 'Unknown platform: myspace'));
    const unknownScope = request(send(listener), 'dismissBanner', { platform: 'facebook', scope: 'forever' as never });
    await expect(unknownScope).rejects.toMatchObject({ code: 'bad-request' });
  });
});

describe('pickBrowserLanguage', () => {
  it('takes Arabic from either the browser UI or the first preferred language', () => {
    expect(pickBrowserLanguage('ar', 'en-US')).toBe('ar');
    expect(pickBrowserLanguage('en-US', 'ar-EG')).toBe('ar-EG');
    expect(pickBrowserLanguage('fr', 'de')).toBe('fr');
    expect(pickBrowserLanguage('en-GB', undefined)).toBe('en-GB');
  });
});
