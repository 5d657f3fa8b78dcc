/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPatterns } from '../../lib/platforms';
import { BUILD_DIR } from './build-dir';

const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;

describe('built manifest (chrome-mv3)', () => {
  it('asks only for the permissions it needs', () => {
    expect(manifest.permissions).toEqual(['webRequest', 'alarms', 'storage']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(matchPatterns().sort());
    const everything = JSON.stringify(manifest);
    for (const broad of ['<all_urls>', '"tabs"', 'webNavigation', '"unlimitedStorage"', '*://*/*', 'https://*/*']) expect(everything).not.toContain(broad);
  });

  it('runs the banner only on the covered sites', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...(manifest.content_scripts?.[0]?.matches ?? [])].sort()).toEqual(matchPatterns().sort());
  });

  it('registers the omnibox keyword, the default locale and localized names', () => {
    expect(manifest.omnibox?.keyword).toBe('outage');
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    for (const lang of ['en', 'ar']) {
      const messages = JSON.parse(readFileSync(join(BUILD_DIR, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(messages.extName?.message).toBeTruthy();
    }
  });

  it('has a background service worker, a popup, an options page and icons', () => {
    expect(manifest.background && 'service_worker' in manifest.background ? manifest.background.service_worker : undefined).toBe('background.js');
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(manifest.options_ui?.page ?? manifest.options_page).toMatch(/^options\.html$/);
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });
});
