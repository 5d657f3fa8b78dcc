import arIncident from '../../locales/ar/incident.json';
import enIncident from '../../locales/en/incident.json';
import type { LocalePair } from '../../lib/ui/page-context';

export const INCIDENT_LOCALES: readonly LocalePair[] = [{ en: enIncident, ar: arIncident }];
