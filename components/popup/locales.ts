import arPopup from '../../locales/ar/popup.json';
import enPopup from '../../locales/en/popup.json';
import type { LocalePair } from '../../lib/ui/page-context';

export const POPUP_LOCALES: readonly LocalePair[] = [{ en: enPopup, ar: arPopup }];
