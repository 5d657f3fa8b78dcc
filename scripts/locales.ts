/** Merges `locales/<lang>/*.json` into one dictionary per language and into Chrome's `_locales` format. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../lib/incidents/types';

export function loadLocale(root: string, lang: Lang): Record<string, string> {
  const dir = join(root, 'locales', lang);
  const merged: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(entries)) {
      if (key in merged) throw new Error(`locales/${lang}/${file}: key "${key}" is defined in another file too`);
      if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`locales/${lang}/${file}: key "${key}" must match [A-Za-z0-9_]+`);
      merged[key] = text;
    }
  }
  return merged;
}

/** Chrome's messages.json shape; our `{name}` placeholders stay as they are (the UI fills them itself). */
export function chromeMessages(dictionary: Record<string, string>): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(dictionary).map(([k, message]) => [k, { message: message.replaceAll('$', '$$$$') }]));
}
