/**
 * The content script's work, once per page: wait for idle, ask the background whether to show a note
 * for this platform, and mount it in a shadow root. Every runtime call is guarded: when the extension
 * is reloaded or updated under an open page, the note goes away quietly instead of throwing into it.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { BannerView } from '../../lib/banner/text';
import { MessageError, request, type Message, type RequestOf, type RequestType, type ResponseOf } from '../../lib/messages';
import { Banner } from './Banner';

/** The shadow host's tag: also how a second copy of the script in the same document knows to stay quiet. */
export const BANNER_TAG = 'outage-context-banner';
/** Longest wait for an idle moment before asking anyway. */
const IDLE_TIMEOUT_MS = 4000;

const send = (message: Message) => browser.runtime.sendMessage(message);

/**
 * A request that never throws into the page: undefined when the background answered with an error or
 * cannot be reached; `onUnreachable` runs in the latter case (extension reloaded, updated or removed).
 */
async function ask<K extends RequestType>(type: K, payload: RequestOf<K>, onUnreachable?: () => void): Promise<ResponseOf<K> | undefined> {
  try {
    return await request(send, type, payload);
  } catch (err) {
    if (err instanceof MessageError && err.code === 'unreachable') onUnreachable?.();
    return undefined;
  }
}

function pageDirection(): 'ltr' | 'rtl' {
  const root = document.documentElement;
  return (root.dir || getComputedStyle(root).direction) === 'rtl' ? 'rtl' : 'ltr';
}

const idle = (ctx: ContentScriptContext) =>
  new Promise<void>((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }));

/** Runs on the covered hosts only (the manifest's matches); the background knows which platform a host is. */
export async function runBanner(ctx: ContentScriptContext): Promise<void> {
  if (document.querySelector(BANNER_TAG)) return;
  // A page prerendered in the background is not seen: nothing until it is shown (a banner would use up the day's).
  if ((document as { prerendering?: boolean }).prerendering) await new Promise((shown) => ctx.addEventListener(document, 'prerenderingchange', shown, { once: true }));
  // Before waiting for idle, so the toolbar button opens this platform's view as early as the page can
  // say so; again when the page comes back from the back/forward cache. Showing a prerendered page and a
  // cache restore are navigations that reset the tab's page without starting this script again.
  const pageShown = () => void ask('pageShown', {});
  pageShown();
  ctx.addEventListener(window, 'pageshow', (e) => {
    if (e.persisted) pageShown();
  });
  await idle(ctx);
  if (ctx.isInvalid) return;
  const view = await ask('banner', { host: location.hostname });
  if (!view || ctx.isInvalid || document.querySelector(BANNER_TAG)) return;
  await mountBanner(ctx, view);
}

async function mountBanner(ctx: ContentScriptContext, view: BannerView): Promise<void> {
  const { platform } = view;
  /** A runtime call from a button: if the background is gone, the note leaves with it (WXT removes the UI on invalidation). */
  const act = <K extends RequestType>(type: K, payload: RequestOf<K>) => ask(type, payload, () => ctx.notifyInvalidated());
  let navigation = 0;
  let ui: ShadowRootContentScriptUi<HTMLElement>;

  const draw = (container: HTMLElement) =>
    render(
      <Banner
        view={view}
        pageDir={pageDirection()}
        navigation={navigation}
        onClose={() => {
          ui.remove();
          void act('dismissBanner', { platform, scope: 'today' });
        }}
        onDisable={() => act('dismissBanner', { platform, scope: 'platform' }).then((answer) => answer?.saved ?? false)}
        onOpenAll={() => void act('openView', { view: 'platform', platform })}
        onOpenDetails={() => void act('openView', { view: 'incident', id: view.incidentId })}
      />,
      container,
    );

  try {
    ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: BANNER_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed into the note (Escape, Tab, Enter) stay out of the site's keyboard shortcuts.
      isolateEvents: true,
      onMount(container, shadow) {
        shadow.querySelector('html')?.setAttribute('lang', view.lang);
        draw(container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
  } catch {
    // The runtime went away between the answer and the mount (the stylesheet is fetched from the extension).
    return;
  }
  ui.mount();

  // Single-page navigation keeps this tab's one note, folded back to one line.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    navigation += 1;
    if (ui.mounted) draw(ui.mounted);
  });
  // Coming back to a tab whose extension was reloaded meanwhile: the orphaned note leaves.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (ctx.isInvalid) ui.remove();
  });
}
