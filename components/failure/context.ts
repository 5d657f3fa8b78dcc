/**
 * The failure components bring their own strings: inside them, the page's context is rebuilt with
 * `locales/<lang>/failure.json` merged in, in the language the page already resolved. So the popup and the
 * options page only render them, without listing this area's locale files.
 */
import { useMemo } from 'preact/hooks';
import type { Observation } from '../../lib/observations';
import { FAILURE_MESSAGES } from '../../lib/failure/text';
import { buildPageContext, usePageContext, type PageContext } from '../../lib/ui/page-context';

export function useFailureContext(): PageContext {
  const page = usePageContext();
  return useMemo(() => buildPageContext(page.store, { ...page.settings, language: page.lang }, [FAILURE_MESSAGES]), [page]);
}

/** The part of the store the log needs; the pages' `openStore()` store has it. */
export interface ObservationSource {
  observations(options?: { sinceMs?: number }): Promise<Observation[]>;
  clearObservations(): Promise<void>;
}

export function hasObservations(store: unknown): store is ObservationSource {
  const s = store as Partial<ObservationSource> | null;
  return typeof s?.observations === 'function' && typeof s.clearObservations === 'function';
}
