/** The banner's translator: the shared strings (common, cause vocabulary) and its own, in both languages. */
import arBanner from '../../locales/ar/banner.json';
import arCommon from '../../locales/ar/common.json';
import arVocab from '../../locales/ar/vocab.json';
import enBanner from '../../locales/en/banner.json';
import enCommon from '../../locales/en/common.json';
import enVocab from '../../locales/en/vocab.json';
import { createTranslator, resolveLang, type DigitsSetting, type LanguageSetting, type Translator } from '../i18n';

const DICTIONARIES = {
  en: { ...enCommon, ...enVocab, ...enBanner },
  ar: { ...arCommon, ...arVocab, ...arBanner },
};

export function bannerTranslator(language: LanguageSetting, digits: DigitsSetting, browserLanguage: string): Translator {
  return createTranslator<string>(DICTIONARIES, resolveLang(language, browserLanguage), digits);
}
