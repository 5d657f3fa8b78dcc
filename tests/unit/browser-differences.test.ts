import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { offerHostAccessOnInstall, requestHostAccess } from '../../lib/browser-differences';
import { matchPatterns } from '../../lib/platforms';

let granted: boolean;
const contains = vi.fn((query: { origins?: string[] }) => Promise.resolve(granted && JSON.stringify(query.origins) === JSON.stringify(matchPatterns())));

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser implements neither permissions nor openOptionsPage.
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains };
  fakeBrowser.runtime.openOptionsPage = vi.fn(() => Promise.resolve());
});

describe('offerHostAccessOnInstall', () => {
  it('opens the options page when installed without access to the covered sites (Firefox)', async () => {
    granted = false;
    await offerHostAccessOnInstall({ reason: 'install' });
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledOnce();
  });

  it('does nothing when access was granted (Chrome), or on an update', async () => {
    granted = true;
    await offerHostAccessOnInstall({ reason: 'install' });
    granted = false;
    await offerHostAccessOnInstall({ reason: 'update' });
    expect(fakeBrowser.runtime.openOptionsPage).not.toHaveBeenCalled();
  });
});

describe('requestHostAccess', () => {
  it('answers with the access the extension has when the browser refuses to ask, instead of rejecting', async () => {
    const request = vi.fn(() => Promise.reject(new Error('This function must be called during a user gesture')));
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains, request };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    granted = false;
    await expect(requestHostAccess()).resolves.toBe(false);
    granted = true;
    await expect(requestHostAccess()).resolves.toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: matchPatterns() });
  });
});
