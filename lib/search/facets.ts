/**
 * Per-document facets in typed arrays (platforms, start date, and the record's cause, symptoms and
 * regions as concept tags), built when the engine starts: a few bytes a record, and a filter is a
 * handful of array reads.
 */
import { PLATFORM_IDS, type Incident, type PlatformId } from '../incidents/types';
import { conceptTerm } from './lexicon';
import type { ParsedQuery } from './query';

export interface Facets {
  /** Bit i: PLATFORM_IDS[i]. */
  platforms: Uint8Array;
  year: Uint16Array;
  month: Uint8Array;
  day: Uint8Array;
  weekday: Uint8Array;
  /** Documents (ascending) per concept term of a cause, symptom or region tag. */
  tagDocs: Map<string, Uint32Array>;
}

export const platformBit = (p: PlatformId) => 1 << PLATFORM_IDS.indexOf(p);

export function buildFacets(incidents: readonly Incident[], order: readonly number[]): Facets {
  const n = order.length;
  const f: Facets = { platforms: new Uint8Array(n), year: new Uint16Array(n), month: new Uint8Array(n), day: new Uint8Array(n), weekday: new Uint8Array(n), tagDocs: new Map() };
  const tagLists = new Map<string, number[]>();
  const tag = (term: string, doc: number) => {
    const list = tagLists.get(term);
    if (list) list.push(doc);
    else tagLists.set(term, [doc]);
  };
  order.forEach((position, doc) => {
    const incident = incidents[position]!;
    for (const p of incident.platforms) f.platforms[doc]! |= platformBit(p);
    const start = new Date(Date.parse(incident.start.utc));
    f.year[doc] = start.getUTCFullYear();
    f.month[doc] = start.getUTCMonth() + 1;
    f.day[doc] = start.getUTCDate();
    f.weekday[doc] = start.getUTCDay();
    tag(conceptTerm({ kind: 'cause', cause: incident.cause.category }), doc);
    for (const symptom of incident.symptoms) tag(conceptTerm({ kind: 'symptom', symptom }), doc);
    for (const region of incident.regions) tag(conceptTerm({ kind: 'region', region }), doc);
  });
  for (const [term, docs] of tagLists) f.tagDocs.set(term, Uint32Array.from(docs));
  return f;
}

interface ExtraFilters {
  platform?: PlatformId;
  year?: number;
}

/** The documents a query's facets (and the caller's filters) allow; undefined: every document. */
export function facetFilter(f: Facets, q: ParsedQuery, extra: ExtraFilters): ((doc: number) => boolean) | undefined {
  const anyPlatform = q.platforms.reduce((m, p) => m | platformBit(p), 0);
  const requiredPlatform = extra.platform ? platformBit(extra.platform) : 0;
  const years = extra.year === undefined ? q.years : q.years.length && !q.years.includes(extra.year) ? [-1] : [extra.year];
  const { months, days, weekdays } = q;
  if (!anyPlatform && !requiredPlatform && !years.length && !months.length && !days.length && !weekdays.length) return undefined;
  return (doc) =>
    (!anyPlatform || (f.platforms[doc]! & anyPlatform) !== 0) &&
    (!requiredPlatform || (f.platforms[doc]! & requiredPlatform) !== 0) &&
    (!years.length || years.includes(f.year[doc]!)) &&
    (!months.length || months.includes(f.month[doc]!)) &&
    (!days.length || days.includes(f.day[doc]!)) &&
    (!weekdays.length || weekdays.includes(f.weekday[doc]!));
}
