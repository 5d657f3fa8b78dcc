/**
 * The search engine over the incidents a page or the worker holds, using the search index the build
 * prepared (generated/search-index.json) so a cold start does not normalise every record again.
 */
import buildPrepared from '../../generated/search-index.json';
import { createSearchEngine, type PreparedIndex, type SearchEngine } from '../search';
import { byStart } from './order';
import type { Incident } from './types';

/** `prepared` defaults to the index the build wrote for the bundled records. */
export function searchEngineFor(incidents: readonly Incident[], prepared: PreparedIndex = buildPrepared as unknown as PreparedIndex): SearchEngine {
  // The prepared index is tied to the compiled order of the records it was built from.
  const ordered = [...incidents].sort(byStart);
  try {
    return createSearchEngine(ordered, prepared);
  } catch {
    // Other records than the build's (a test fixture, a store with an older dataset): prepare them here.
    return createSearchEngine(ordered);
  }
}
