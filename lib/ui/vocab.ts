/**
 * Labels for the closed vocabularies of lib/incidents/types.ts, from `locales/<lang>/vocab.json`
 * (keys `cause_<category>`, `symptom_<tag>`, `scope_<x>`, `confidence_<x>`, hyphens as underscores).
 * Shared by the popup, the incident page and the banner so a cause reads the same everywhere.
 */
import { keyPart, type Translator } from '../i18n';
import type { CauseCategory, Confidence, Scope, Symptom } from '../incidents/types';


export const causeLabel = (t: Translator, category: CauseCategory): string => t.t(`cause_${keyPart(category)}`);
export const symptomLabel = (t: Translator, symptom: Symptom): string => t.t(`symptom_${keyPart(symptom)}`);
export const scopeLabel = (t: Translator, scope: Scope): string => t.t(`scope_${keyPart(scope)}`);
export const confidenceLabel = (t: Translator, confidence: Confidence): string => t.t(`confidence_${keyPart(confidence)}`);
