import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { defineConfig } from 'wxt';
import { LANGUAGES } from './lib/incidents/types';
import { matchPatterns } from './lib/platforms';
import { chromeMessages, loadLocale } from './scripts/locales';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ modules are plain functions tested in Node.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: a failure's badge is cleared when it expires, hours after the worker has stopped.
    // storage: changes made while IndexedDB fails wait in storage.local (lib/db/unsaved-changes.ts).
    permissions: ['webRequest', 'alarms', 'storage'],
    host_permissions: matchPatterns(),
    optional_permissions: ['notifications'],
    omnibox: { keyword: 'outage' },
    action: { default_title: '__MSG_extName__' },
    // 120: :dir() (fact lines in Arabic); grid subgrid (117) and color-mix (111) came before.
    ...(browser !== 'firefox' && { minimum_chrome_version: '120' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'outage-context@outage-context.org',
          // 142: the first Firefox (desktop 140, Android 142) that knows data_collection_permissions.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The popup's prerendered views (lib/ui/popup-variants.ts), written beside the built popup.html.
    'build:done': (wxt) => {
      if (wxt.config.command !== 'build') return;
      execFileSync(process.execPath, ['--import', 'tsx', '--import', './scripts/ignore-css.mjs', 'scripts/prerender-popup.ts', wxt.config.outDir], { cwd: wxt.config.root, stdio: 'inherit' });
    },
    'build:publicAssets': (wxt, files) => {
      for (const lang of LANGUAGES) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(chromeMessages(loadLocale(wxt.config.root, lang)), null, 1),
        });
      }
    },
  },
  // Parallel builds (several engineers, CI jobs) can each write to their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  zip: {
    // The sources zip (for Firefox review) holds what builds the extension, nothing from local runs.
    excludeSources: ['test-results/**', '.output*/**', 'generated/**', 'coverage/**', '**/*.log', '.env*'],
  },
});
