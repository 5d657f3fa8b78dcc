import arPopup from '../../locales/ar/popup.json';
import enPopup from '../../locales/en/popup.json';
import type { LocalePair } from '../../lib/ui/page-context';
import { SETTINGS_LOCALES } from '../../lib/ui/settings-locales';

export const POPUP_LOCALES: readonly LocalePair[] = [{ en: enPopup, ar: arPopup }, SETTINGS_LOCALES];
