import arOptions from '../../locales/ar/options.json';
import enOptions from '../../locales/en/options.json';
import type { LocalePair } from '../../lib/ui/page-context';
import { SETTINGS_LOCALES } from '../../lib/ui/settings-locales';

export const OPTIONS_LOCALES: readonly LocalePair[] = [{ en: enOptions, ar: arOptions }, SETTINGS_LOCALES];
