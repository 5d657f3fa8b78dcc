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

/** `key_one` -> `key`: plural forms share a base key. */
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locales', () => {
  it('has every key in both English and Arabic (plural forms per language)', () => {
    const bases = (d: Record<string, string>) => [...new Set(Object.keys(d).map(pluralBase))].sort();
    expect(bases(ar)).toEqual(bases(en));
  });

  it('has every plural form each language needs', () => {
    for (const [lang, dictionary] of [['en', en], ['ar', ar]] as const) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const pluralBases = new Set(Object.keys(dictionary).filter((k) => k !== pluralBase(k)).map(pluralBase));
      for (const base of pluralBases) for (const category of needed) expect(dictionary, `${lang} ${base}`).toHaveProperty(`${base}_${category}`);
    }
  });

  it('has no empty text and keeps placeholders identical across languages', () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    const placeholdersOf = (d: Record<string, string>, base: string) =>
      [...new Set(Object.entries(d).filter(([k]) => pluralBase(k) === base).flatMap(([, text]) => names(text)))].sort();
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      const base = pluralBase(key);
      if (base === key) {
        expect(ar[key]!.trim(), `ar ${key}`).not.toBe('');
        expect(names(ar[key]!), `placeholders of ${key}`).toEqual(names(text));
      } else {
        // A plural form may leave out {count} ("one incident") but must not invent placeholders.
        const arNames = placeholdersOf(ar, base).filter((n) => n !== 'count');
        expect(arNames, `placeholders of ${base}`).toEqual(placeholdersOf(en, base).filter((n) => n !== 'count'));
      }
    }
  });

  it('writes the Arabic in Arabic', () => {
    const untranslated = Object.entries(ar).filter(([, text]) => !/[\u0600-\u06FF]/.test(text) && /[A-Za-z]{3}/.test(text.replace(/\{\w+\}/g, '')));
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it('uses every key somewhere in the code (or the manifest)', () => {
    const unused = [...Object.keys(en), ...Object.keys(ar)].filter((key) => {
      if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`__MSG_${key}__`)) return false;
      // Plural forms are looked up as `<base>_<category>` from plural('<base>', n).
      const base = pluralBase(key);
      if (base !== key && (code.includes(`'${base}'`) || code.includes(`"${base}"`))) return false;
      return !dynamicPrefixes.some((prefix) => key.startsWith(prefix));
    });
    expect([...new Set(unused)], `unused keys in ${relative(root, join(root, 'locales'))}`).toEqual([]);
  });
});
