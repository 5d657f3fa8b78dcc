/**
 * UI strings come from `locales/<lang>/<area>.json` (flat key -> text, `{name}` placeholders,
 * plural forms as `key_zero|one|two|few|many|other` chosen by Intl.PluralRules).
 * The same files are merged into `_locales/<lang>/messages.json` at build time (see wxt.config.ts),
 * but the UI reads them directly so the user's language override works.
 */
import type { Lang } from './incidents/types';

export type Messages = Record<string, string>;

/** A vocabulary value as message keys spell it: "more-than" in `duration_more_than`. */
export const keyPart = (value: string): string => value.replaceAll('-', '_');
export type DigitsSetting = 'auto' | 'latn' | 'arab';
export type LanguageSetting = 'auto' | Lang;

export interface Translator<K extends string = string> {
  lang: Lang;
  /** BCP 47 tag for Intl (carries the numbering system and, if asked, nothing else). */
  locale: string;
  dir: 'rtl' | 'ltr';
  t(key: K, vars?: Record<string, string | number>): string;
  /** Picks `key_<plural category>` for `count`, falling back to `key_other`; `{count}` is formatted. */
  plural(key: string, count: number, vars?: Record<string, string | number>): string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /**
   * A record's own text (title, summary…) with its digits in the UI's digits, so "15:39" reads "١٥:٣٩"
   * beside the dates the UI formats; a word with Latin letters ("IPv4", a host) keeps its digits. Every
   * character maps to one, so highlight ranges found in the stored text still fit.
   */
  digitsIn(text: string): string;
}

/** The UI language: the user's override, else the browser's. Anything not Arabic is English. */
export function resolveLang(setting: LanguageSetting, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Intl locale for a language and digit preference (Arabic defaults to Arabic-Indic digits where ICU does). */
function intlLocale(lang: Lang, digits: DigitsSetting = 'auto'): string {
  const base = lang === 'ar' ? 'ar' : 'en';
  return digits === 'auto' ? base : `${base}-u-nu-${digits}`;
}

/** One character of a number's parts as `locale` writes them, or `fallback` when that is not one character. */
function numberSign(locale: string, options: Intl.NumberFormatOptions, type: Intl.NumberFormatPartTypes, fallback: string): string {
  const sign = new Intl.NumberFormat(locale, options).formatToParts(1000.5).find((part) => part.type === type)?.value;
  return sign?.length === 1 ? sign : fallback;
}

/**
 * Translator.digitsIn for a locale with its own digits. Words with Latin letters (IPv4, a host, 5G) and
 * dotted runs of digits (1.1.1.1, 17.4.1, 04.10.2021: not decimals) are left as written. In the rest,
 * each digit, a decimal or grouping mark between digits and a per cent sign after a digit become the
 * locale's, one character for one; a keycap emoji (1️⃣) keeps its digit.
 */
function proseDigits(locale: string, withLocalDigits: (digit: string) => string): (text: string) => string {
  const marks: Record<string, string> = {
    '.': numberSign(locale, {}, 'decimal', '.'),
    ',': numberSign(locale, {}, 'group', ','),
    '%': numberSign(locale, { style: 'percent' }, 'percentSign', '%'),
  };
  const convert = (word: string) =>
    /[A-Za-z]|\d\.\d+\./.test(word) ? word : word.replace(/[0-9](?![\uFE0F\u20E3])|(?<=[0-9])[.,](?=[0-9])|(?<=[0-9])%/g, (c) => marks[c] ?? withLocalDigits(c));
  return (text) => text.replace(/\S+/g, convert);
}

export function createTranslator<K extends string>(
  dictionaries: Record<Lang, Record<K, string>>,
  lang: Lang,
  digits: DigitsSetting = 'auto',
): Translator<K> {
  const locale = intlLocale(lang, digits);
  const messages = dictionaries[lang] as Messages;
  const fallback = dictionaries.en as Messages;
  const numberFormat = new Intl.NumberFormat(locale);
  const pluralRules = new Intl.PluralRules(lang);
  // The locale's own digits, for the digits written into message texts ("e.g. WhatsApp 2021").
  const localDigits = [...'0123456789'].map((d) => numberFormat.format(Number(d)));
  const withLocalDigits = localDigits[0] === '0' ? (text: string) => text : (text: string) => text.replace(/[0-9]/g, (d) => localDigits[Number(d)]!);
  const digitsIn = localDigits[0] === '0' ? (text: string) => text : proseDigits(locale, withLocalDigits);
  const lookup = (key: string): string => withLocalDigits(messages[key] ?? fallback[key] ?? key);
  const fill = (text: string, vars?: Record<string, string | number>): string =>
    vars
      ? text.replace(/\{(\w+)\}/g, (whole, name: string) => {
          const v = vars[name];
          if (v === undefined) return whole;
          return typeof v === 'number' ? numberFormat.format(v) : v;
        })
      : text;
  return {
    lang,
    locale,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    t: (key, vars) => fill(lookup(key), vars),
    plural(key, count, vars) {
      const category = count === 0 && (messages[`${key}_zero`] ?? fallback[`${key}_zero`]) ? 'zero' : pluralRules.select(count);
      const text = messages[`${key}_${category}`] ?? messages[`${key}_other`] ?? fallback[`${key}_${category}`] ?? fallback[`${key}_other`] ?? key;
      return fill(withLocalDigits(text), { count, ...vars });
    },
    digitsIn,
    number: (n, options) => (options ? new Intl.NumberFormat(locale, options).format(n) : numberFormat.format(n)),
  };
}

/**
 * The language behind the "auto" setting: Arabic when either the browser's UI language or the user's first
 * preferred language is Arabic (Arabic speakers often run an English browser UI), else the UI language.
 */
export function pickBrowserLanguage(uiLanguage: string | undefined, preferred: string | undefined): string {
  return [uiLanguage, preferred].find((lang) => lang?.toLowerCase().startsWith('ar')) ?? uiLanguage ?? preferred ?? 'en';
}

/** `pickBrowserLanguage` for this context; works where `chrome.i18n` is missing (unit tests, plain pages). */
export function browserLanguage(): string {
  let uiLanguage: string | undefined;
  try {
    uiLanguage = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n?.getUILanguage?.();
  } catch {
    // Not an extension context.
  }
  return pickBrowserLanguage(uiLanguage, globalThis.navigator?.language);
}
