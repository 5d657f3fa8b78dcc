/** Highlight ranges: merging them, and cutting a string into marked and unmarked pieces for a UI. */

export type Range = [start: number, end: number];

/** Sorted, non-overlapping, non-empty ranges; touching ranges join. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * `text` cut at the highlight `ranges` ([start, end) in UTF-16 units, in any order, possibly
 * overlapping or outside the text). Joining the segments' text gives back `text`.
 */
export function highlightSegments(text: string, ranges: readonly Range[]): Segment[] {
  const clamped = ranges.map(([s, e]): Range => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [s, e] of mergeRanges(clamped)) {
    if (s > at) segments.push({ text: text.slice(at, s), match: false });
    segments.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
