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

/** The dark theme's backgrounds (common.css), where platform dots, chart marks and accents sit. */
const commonCss = readFileSync(join(import.meta.dirname, '../../components/common/common.css'), 'utf8');
const darkBlock = commonCss.slice(commonCss.indexOf('@media (prefers-color-scheme: dark)'));
const DARK_SURFACES = ['--bg', '--surface', '--surface-2'].map((name) => darkBlock.match(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i'))![1]!);

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** CSS `color-mix(in oklab, color p, white)` (Björn Ottosson's OKLab). */
function mixWithWhite(hex: string, p: number): string {
  const toLab = ([r, g, b]: Rgb): Rgb => {
    const [l, m, s] = [0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b, 0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b, 0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b].map(Math.cbrt) as Rgb;
    return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
  };
  const fromLab = ([L, a, b]: Rgb): Rgb => {
    const [l, m, s] = [L + 0.3963377774 * a + 0.2158037573 * b, L - 0.1055613458 * a - 0.0638541728 * b, L - 0.0894841775 * a - 1.291485548 * b].map((v) => v ** 3) as Rgb;
    return [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s];
  };
  const c = toLab(rgb(hex).map(toLinear) as Rgb);
  const w = toLab([1, 1, 1]);
  const mixed = fromLab(c.map((v, i) => v * p + w[i]! * (1 - p)) as Rgb);
  return `#${mixed.map((v) => Math.round(Math.min(1, Math.max(0, fromLinear(v))) * 255).toString(16).padStart(2, '0')).join('')}`;
}
/** What common.css shows on the dark theme: the platform's dark colour, else its brand colour lifted 72% / 28% with white. */
const darkThemeColor = (platform: Platform) => platform.darkColor ?? mixWithWhite(platform.color, 0.72);
const commonCssLift = /--pc-ui: var\(--pc-dark, color-mix\(in oklab, var\(--pc\) 72%, white\)\)/;

describe('platform modules', () => {
  it('colour on the dark theme as darkThemeColor() here computes it', () => {
    expect(darkBlock).toMatch(commonCssLift);
  });


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

  it('names the company that runs it, and Meta\'s status page only for Meta\'s platforms', () => {
    expect(['meta', 'x']).toContain(platform.operator);
    expect(platform.statusLinks.some((l) => l.url.startsWith('https://metastatus.com/'))).toBe(platform.operator === 'meta');
  });

  it('has a brand colour as #RRGGBB', () => {
    expect(platform.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
    if (platform.darkColor !== undefined) expect(platform.darkColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('stays visible on the dark theme: 3:1 against every dark surface (WCAG, non-text)', () => {
    const shown = darkThemeColor(platform);
    for (const surface of DARK_SURFACES) expect(contrast(shown, surface), `${platform.id} ${shown} on ${surface}`).toBeGreaterThanOrEqual(3);
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
