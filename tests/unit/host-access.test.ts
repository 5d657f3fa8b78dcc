import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { offerHostAccessOnInstall } from '../../lib/host-access';
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
