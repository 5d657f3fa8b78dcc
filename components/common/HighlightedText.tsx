/** Text with the matched parts wrapped in <mark>; the segments come from the search engine's ranges. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}
    </>
  );
}
