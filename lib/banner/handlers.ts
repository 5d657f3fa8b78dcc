/** The background's answers to the content script's banner requests. */
import type { OutageStore } from '../db';
import { PLATFORM_IDS, type PlatformId } from '../incidents/types';
import type { Handlers } from '../messages';
import { decideBanner, localDay } from './policy';

function checkPlatform(platform: unknown): PlatformId {
  if (!(PLATFORM_IDS as readonly unknown[]).includes(platform)) throw new Error(`Unknown platform: ${String(platform)}`);
  return platform as PlatformId;
}

/** `now` is injectable for tests; the background uses the real clock. */
export function bannerHandlers(store: OutageStore, now: () => Date = () => new Date()): Pick<Handlers, 'banner' | 'dismissBanner'> {
  return {
    async banner(payload) {
      const platform = checkPlatform(payload.platform);
      const [settings, incidents, record] = await Promise.all([
        store.getSettings(),
        store.incidentsForPlatform(platform),
        store.getBannerRecord(platform),
      ]);
      const at = now();
      const decision = decideBanner({ incidents, platform, now: at, settings, record });
      // Counted as shown when it is handed out, so a second tab opened the same day stays quiet.
      if (decision) await store.saveBannerRecord({ ...record, platform, lastShownDay: localDay(at) });
      return { decision, language: settings.language, digits: settings.digits };
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
        throw new Error(`Unknown dismissal scope: ${String(payload.scope)}`);
      }
      return null;
    },
  };
}
