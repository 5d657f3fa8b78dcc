/**
 * The content script's first steps (components/banner/mount.tsx): it tells the background the platform's
 * page is shown, at once and again when the page comes back from the back/forward cache (a navigation
 * that resets the toolbar button's page in the tab, without starting the content script again).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runBanner } from '../../../components/banner/mount';
import type { Message } from '../../../lib/messages';

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
