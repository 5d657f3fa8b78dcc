import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launch, type Session } from './harness';

describe('production build in Debian Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  it('starts the background service worker of the built extension', async () => {
    expect(session.worker.url()).toBe(session.url('background.js'));
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.omnibox?.keyword).toBe('outage');
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).version);
  });
});
