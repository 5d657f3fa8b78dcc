/**
 * Structural checks on the platform registry (in the style of refined-github's features test):
 * every module in lib/platforms is registered, complete, and every covered host maps to exactly one platform.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../../lib/incidents/types';
import { matchPatterns, platformForHost, platformForUrl, platformList, PLATFORMS, type Platform } from '../../lib/platforms';

const dir = join(import.meta.dirname, '../../lib/platforms');
const moduleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'platform.ts');
const registrySource = readFileSync(join(dir, 'index.ts'), 'utf8');
const allHosts = platformList.flatMap((p) => p.hosts);

/** The hosts the issue promises to cover, by platform. */
const PROMISED: Record<string, string> = {
  'facebook.com': 'facebook',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'messenger.com': 'messenger',
  'www.messenger.com': 'messenger',
  'instagram.com': 'instagram',
  'www.instagram.com': 'instagram',
  'web.whatsapp.com': 'whatsapp',
  'whatsapp.com': 'whatsapp',
  'twitter.com': 'twitter',
  'mobile.twitter.com': 'twitter',
  'x.com': 'twitter',
  'mobile.x.com': 'twitter',
  'threads.net': 'threads',
  'threads.com': 'threads',
};

describe('platform modules', () => {
  it('has one module per platform id, each registered in index.ts', () => {
    expect(moduleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const file of moduleFiles) {
      expect(registrySource, file).toContain(`from './${file.replace(/\.ts$/, '')}'`);
    }
  });

  it.each(moduleFiles)('%s exports the registered platform under its own id', async (file) => {
    const exported = Object.values((await import(join(dir, file))) as Record<string, unknown>) as Platform[];
    expect(exported).toHaveLength(1);
    const [platform] = exported;
    expect(file).toBe(`${platform!.id}.ts`);
    expect(PLATFORMS[platform!.id]).toBe(platform);
  });

  it('lists every platform once, in the vocabulary order', () => {
    expect(platformList.map((p) => p.id)).toEqual([...PLATFORM_IDS]);
    for (const id of PLATFORM_IDS) expect(PLATFORMS[id].id).toBe(id);
  });
});

describe.each(platformList.map((p) => [p.id, p] as const))('%s', (_id, platform) => {
  it('is named in English and in Arabic script', () => {
    expect(platform.name.en).toMatch(/^[A-Z][\w ()/.-]+$/);
    expect(platform.name.ar).toMatch(/^[\u0600-\u06FF][\u0600-\u06FF ()]*$/);
  });

  it('has a brand colour as #RRGGBB', () => {
    expect(platform.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('has lower-case host names without schemes, paths or wildcards', () => {
    expect(platform.hosts.length).toBeGreaterThan(0);
    for (const host of platform.hosts) expect(host).toMatch(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/);
  });

  it('links to live status pages over https, labelled in both languages', () => {
    expect(platform.statusLinks.length).toBeGreaterThan(0);
    for (const link of platform.statusLinks) {
      expect(new URL(link.url).protocol).toBe('https:');
      expect(link.label.en.trim()).not.toBe('');
      expect(link.label.ar).toMatch(/[\u0600-\u06FF]/);
      expect(['official', 'tracker']).toContain(link.kind);
    }
  });
});

describe('host registry', () => {
  it('maps every host to exactly one platform', () => {
    expect(new Set(allHosts).size).toBe(allHosts.length);
    for (const platform of platformList) {
      for (const host of platform.hosts) expect(platformForHost(host), host).toBe(platform);
    }
  });

  it.each(Object.entries(PROMISED))('covers %s as %s', (host, id) => {
    expect(platformForHost(host)?.id).toBe(id);
    expect(platformForUrl(`https://${host}/some/path?q=1`)?.id).toBe(id);
  });

  it('accepts upper case and a trailing dot', () => {
    expect(platformForHost('WWW.Facebook.COM.')?.id).toBe('facebook');
  });

  it('does not take look-alike hosts or other schemes', () => {
    for (const host of ['facebook.com.evil.example', 'evilfacebook.com', 'notx.com', 'x.co', 'threads.org', 'business.facebook.com']) {
      expect(platformForHost(host), host).toBeUndefined();
    }
    expect(platformForUrl('ftp://facebook.com/')).toBeUndefined();
    expect(platformForUrl('not a url')).toBeUndefined();
  });

  it('gives one match pattern per host, for the manifest', () => {
    const patterns = matchPatterns();
    expect(patterns).toHaveLength(allHosts.length);
    expect(patterns).toEqual(allHosts.map((h) => `*://${h}/*`));
  });
});
