import type { Segment } from '../../lib/search/highlight';

/** Text with the matched parts wrapped in <mark>; the segments come from the search engine's ranges. */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}
    </>
  );
}
