import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// Thin wiring only: every listener is registered synchronously here; the logic lives in lib/.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => undefined);
});
