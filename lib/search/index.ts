/**
 * Incident search: the one module the popup, the omnibox, the service worker and the CLI use.
 * Pure functions and plain data; no browser or Node APIs.
 *
 *   const engine = createSearchEngine(incidents, preparedIndexFromTheBuild);
 *   engine.search('واتساب ٢٠٢٤', { limit: 6 });
 */
export { createSearchEngine, type HighlightField, type SearchEngine, type SearchOptions, type SearchResult } from './engine';
export { highlightSegments, type Range, type Segment } from './highlight';
export { normalize } from './lexicon';
export { prepareSearchIndex, type PreparedIndex } from './prepare';
export type { ParsedQuery, QueryTerm } from './query';
