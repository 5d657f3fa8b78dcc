import arOptions from '../../locales/ar/options.json';
import enOptions from '../../locales/en/options.json';
import type { LocalePair } from '../../lib/ui/page-context';

export const OPTIONS_LOCALES: readonly LocalePair[] = [{ en: enOptions, ar: arOptions }];
