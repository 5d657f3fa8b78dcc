/**
 * The names of the settings and of their choices, shared by the popup's quick settings and the options
 * page (`locales/<lang>/settings.json`), so the same setting never reads differently in the two places.
 */
import arSettings from '../../locales/ar/settings.json';
import enSettings from '../../locales/en/settings.json';
import type { LocalePair } from './page-context';

export const SETTINGS_LOCALES: LocalePair = { en: enSettings, ar: arSettings };
