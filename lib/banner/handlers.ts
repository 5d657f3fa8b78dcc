/** The background's answers to the content script's banner requests. */
import { browserLanguage } from '../i18n';
import type { OutageStore } from '../db';
import type { PlatformId } from '../incidents/types';
import { MessageError, type Handlers } from '../messages';
import { isPlatformId, platformForHost } from '../platforms';
import { localDay } from '../format';
import { decideBanner } from './policy';
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
  return {
    async banner(payload) {
      const platform = platformOfHost(payload.host);
      const [settings, incidents, record] = await Promise.all([
        store.getSettings(),
        store.incidentsForPlatform(platform),
        store.getBannerRecord(platform),
      ]);
      const at = now();
      const decision = decideBanner({ incidents, platform, now: at, settings, record });
      if (!decision) return null;
      // Counted as shown when it is handed out, so a second tab opened the same day stays quiet.
      await store.saveBannerRecord({ ...record, platform, lastShownDay: localDay(at) });
      return bannerView(bannerTranslator(settings.language, settings.digits, uiLanguage()), decision, platform, at);
    },
    async dismissBanner(payload) {
      const platform = checkPlatform(payload.platform);
      if (payload.scope === 'today') {
        const record = await store.getBannerRecord(platform);
        await store.saveBannerRecord({ ...record, platform, hiddenOnDay: localDay(now()) });
      } else if (payload.scope === 'platform') {
        const { bannerDisabled } = await store.getSettings();
        if (!bannerDisabled.includes(platform)) await store.saveSettings({ bannerDisabled: [...bannerDisabled, platform] });
      } else {
        throw new MessageError('bad-request', `Unknown dismissal scope: ${String(payload.scope)}`);
      }
      return null;
    },
  };
}
