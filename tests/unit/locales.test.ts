import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../scripts/locales';

const root = join(import.meta.dirname, '../..');
const en = loadLocale(root, 'en');
const ar = loadLocale(root, 'ar');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const code = ['lib', 'components', 'entrypoints', 'wxt.config.ts']
  .flatMap((p) => (statSync(join(root, p)).isDirectory() ? sourceFiles(join(root, p)) : [join(root, p)]))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
/** Keys built at run time, e.g. t(`cause_${category}`) or t('duration_' + q): every key with that prefix counts as used. */
const dynamicPrefixes = [...code.matchAll(/[`'"]([a-z][A-Za-z0-9]*_[A-Za-z0-9_]*?)(?:\$\{|['"]\s*\+)/g)].map((m) => m[1]!);

describe('locales', () => {
  it('has every key in both English and Arabic', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty text and keeps placeholders identical across languages', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(ar[key]!.trim(), `ar ${key}`).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ar[key]!), `placeholders of ${key}`).toEqual(names(text));
    }
  });

  it('writes the Arabic in Arabic', () => {
    const untranslated = Object.entries(ar).filter(([, text]) => !/[\u0600-\u06FF]/.test(text) && /[A-Za-z]{3}/.test(text.replace(/\{\w+\}/g, '')));
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it('uses every key somewhere in the code (or the manifest)', () => {
    const unused = Object.keys(en).filter((key) => {
      if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`__MSG_${key}__`)) return false;
      // Plural forms are looked up as `<base>_<category>` from plural('<base>', n).
      const pluralBase = key.replace(/_(zero|one|two|few|many|other)$/, '');
      if (pluralBase !== key && (code.includes(`'${pluralBase}'`) || code.includes(`"${pluralBase}"`))) return false;
      return !dynamicPrefixes.some((prefix) => key.startsWith(prefix));
    });
    expect(unused, `unused keys in ${relative(root, join(root, 'locales'))}`).toEqual([]);
  });
});
