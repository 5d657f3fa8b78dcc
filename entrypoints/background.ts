import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../lib/background/handlers';
import { answerRequests, backgroundStore, seedOnLifecycle } from '../lib/background/service';
import { registerFailureDetection } from '../lib/failure/register';
import { offerHostAccessOnInstall } from '../lib/browser-differences';
import { registerOmnibox } from '../lib/omnibox-register';
import { registerToolbarPopup } from '../lib/background/toolbar-popup';

// Thin wiring only: every listener is registered synchronously here; the logic lives in lib/.
export default defineBackground(() => {
  const store = backgroundStore();
  seedOnLifecycle(browser.runtime, store);
  const failures = registerFailureDetection(store);
  answerRequests(browser.runtime, createHandlers(store, failures, registerToolbarPopup(store)));
  registerOmnibox(store);
  browser.runtime.onInstalled.addListener((details) => void offerHostAccessOnInstall(details));
});
