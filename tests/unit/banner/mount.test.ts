/**
 * The content script's first steps (components/banner/mount.tsx): it tells the background the platform's
 * page is shown, at once and again when the page comes back from the back/forward cache (a navigation
 * that resets the toolbar button's page in the tab, without starting the content script again).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runBanner } from '../../../components/banner/mount';
import { bannerView } from '../../../lib/banner/text';
import { bannerTranslator } from '../../../lib/banner/translator';
import type { Message } from '../../../lib/messages';
import { october2021 } from './fixtures';

let sent: string[];
let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    sent.push((message as Message).type);
    // No banner today: the content script stops after asking.
    return Promise.resolve({ ok: true, value: null });
  });
  // happy-dom has no requestIdleCallback; the content script waits for one.
  vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  ctx = new ContentScriptContext('banner');
});
afterEach(() => {
  ctx.abort();
  vi.unstubAllGlobals();
  delete (document as { prerendering?: boolean }).prerendering;
});

describe('the content script on a covered page', () => {
  it('says the page is shown before anything else, and again after a back/forward cache restore only', async () => {
    await runBanner(ctx);
    expect(sent).toEqual(['pageShown', 'banner']);
    const pageshow = (persisted: boolean) => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
    pageshow(false);
    pageshow(true);
    expect(sent).toEqual(['pageShown', 'banner', 'pageShown']);
  });

  it('does nothing in a prerendered page until it is shown (showing it resets the tab’s page)', async () => {
    Object.defineProperty(document, 'prerendering', { value: true, configurable: true });
    const running = runBanner(ctx);
    await new Promise((r) => setTimeout(r, 5));
    expect(sent).toEqual([]);
    document.dispatchEvent(new Event('prerenderingchange'));
    await running;
    expect(sent).toEqual(['pageShown', 'banner']);
  });
});

describe('"Don\'t show on …" in the note', () => {
  const view = bannerView(bannerTranslator('en', 'auto', 'en-US'), { kind: 'anniversary', incident: october2021, count: 14 }, 'facebook', new Date(2025, 9, 4, 12));

  /** Opens the note's card and presses "Don't show"; the background answers `answer` once `answered` resolves. */
  async function turnOff(answer: boolean | 'error', answered: Promise<void> = Promise.resolve()) {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      const { type } = message as Message;
      if (type === 'banner') return Promise.resolve({ ok: true, value: view });
      if (type === 'dismissBanner') return answered.then(() => (answer === 'error' ? { ok: false, error: { code: 'failed', message: 'broken' } } : { ok: true, value: { saved: answer } }));
      return Promise.resolve({ ok: true, value: null });
    });
    await runBanner(ctx);
    const shadow = document.querySelector('outage-context-banner')!.shadowRoot!;
    const button = (name: RegExp) => [...shadow.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;
    button(/^More/).click();
    await new Promise((r) => setTimeout(r, 0));
    button(/^Don't show on/).click();
    await new Promise((r) => setTimeout(r, 0));
    return () => shadow.querySelector('.headline')!.textContent!;
  }

  it('confirms the choice when it was saved', async () => {
    expect((await turnOff(true))()).toBe(view.text.disabledNotice);
  });

  it('says the note may come back when storage could not keep the choice', async () => {
    expect(view.text.disabledUnsaved).toMatch(/couldn't be saved/);
    expect((await turnOff(false))()).toBe(view.text.disabledUnsaved);
  });

  it('says so too when the background answered with an error', async () => {
    expect((await turnOff('error'))()).toBe(view.text.disabledUnsaved);
  });

  it('claims nothing before the background has answered', async () => {
    let answer!: () => void;
    const headline = await turnOff(false, new Promise((resolve) => (answer = resolve)));
    expect(headline()).toBe(view.text.headline);
    answer();
    await new Promise((r) => setTimeout(r, 0));
    expect(headline()).toBe(view.text.disabledUnsaved);
  });
});
