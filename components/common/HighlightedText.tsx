import type { Segment } from '../../lib/search/highlight';
import { usePageContext } from '../../lib/ui/page-context';

/** A record's text with the matched parts wrapped in <mark>, in the UI's digits; the segments come from the search engine's ranges. */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  const { t } = usePageContext();
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{t.digitsIn(s.text)}</mark> : t.digitsIn(s.text)))}
    </>
  );
}
