/**
 * The background's store and its listeners. The store is created on first use in each worker
 * start; module state dies with the worker, so a restarted worker opens (and checks) the database again.
 */
import { browser } from 'wxt/browser';
import { openStore, type OutageStore } from '../db';
import { createMessageListener, type Handlers } from '../messages';

let store: OutageStore | undefined;

export function backgroundStore(): OutageStore {
  return (store ??= openStore({ unsavedArea: browser.storage.local }));
}

/** The parts of `browser.runtime` used here (the polyfill's: a message listener answers by returning a promise). */
interface Runtime {
  onInstalled: { addListener(callback: () => void): void };
  onStartup: { addListener(callback: () => void): void };
  onMessage: { addListener(callback: ReturnType<typeof createMessageListener>): void };
}

/** Seeds on install, update and browser start; every query checks again, so a missed event costs nothing. */
export function seedOnLifecycle(runtime: Runtime, target: OutageStore): void {
  const seed = () => void target.ensureSeeded();
  runtime.onInstalled.addListener(seed);
  runtime.onStartup.addListener(seed);
}

/** Answers every protocol request with an envelope. */
export function answerRequests(runtime: Runtime, handlers: Handlers): void {
  runtime.onMessage.addListener(createMessageListener(handlers));
}
