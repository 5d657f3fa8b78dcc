/** The background's answers to the content script's banner requests. */
import { browserLanguage } from '../i18n';
import type { OutageStore } from '../db';
import type { PlatformId } from '../incidents/types';
import { MessageError, type Handlers } from '../messages';
import { isPlatformId, platformForHost } from '../platforms';
import { localDay } from '../format';
import { bannerAllowed, decideBanner } from './policy';
import { bannerView } from './text';
import { bannerTranslator } from './translator';

export interface BannerHandlerOptions {
  now?: () => Date;
  /** The language behind the "auto" setting (lib/i18n browserLanguage). */
  uiLanguage?: () => string;
}

function checkPlatform(platform: unknown): PlatformId {
  if (!isPlatformId(platform)) throw new MessageError('bad-request', `Unknown platform: ${String(platform)}`);
  return platform;
}

function platformOfHost(host: unknown): PlatformId {
  const platform = typeof host === 'string' ? platformForHost(host) : undefined;
  if (!platform) throw new MessageError('bad-request', `Not a covered host: ${String(host)}`);
  return platform.id;
}

export function bannerHandlers(
  store: OutageStore,
  { now = () => new Date(), uiLanguage = browserLanguage }: BannerHandlerOptions = {},
): Pick<Handlers, 'banner' | 'dismissBanner'> {
  // One banner request at a time: each reads the day's record and then writes it, and two tabs of a
  // platform loading together (a restored session) must not both read "not shown today".
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    banner: (payload) =>
      oneAtATime(async () => {
        const platform = platformOfHost(payload.host);
        const [settings, record] = await Promise.all([store.getSettings(), store.getBannerRecord(platform)]);
        const at = now();
        // Most loads end here (already shown today), before the platform's incidents are read.
        if (!bannerAllowed({ platform, now: at, settings, record })) return null;
        const decision = decideBanner({ incidents: await store.incidentsForPlatform(platform), platform, now: at, settings, record });
        if (!decision) return null;
        // Counted as shown when it is handed out, so a second tab opened the same day stays quiet.
        await store.saveBannerRecord({ ...record, platform, lastShownDay: localDay(at) });
        return bannerView(bannerTranslator(settings.language, settings.digits, uiLanguage()), decision, platform, at);
      }),
    dismissBanner: (payload) =>
      oneAtATime(async () => {
        const platform = checkPlatform(payload.platform);
        if (payload.scope === 'today') {
          const record = await store.getBannerRecord(platform);
          await store.saveBannerRecord({ ...record, platform, hiddenOnDay: localDay(now()) });
        } else if (payload.scope === 'platform') {
          await store.setBannerDisabled(platform, true);
        } else {
          throw new MessageError('bad-request', `Unknown dismissal scope: ${String(payload.scope)}`);
        }
        return { saved: (await store.health()).persisted !== false };
      }),
  };
}
