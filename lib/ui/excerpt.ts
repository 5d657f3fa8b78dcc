/**
 * Cuts highlighted text down to a short excerpt around its first match, so a search result can show
 * why a long summary matched. Works on the segments the search engine's ranges produce.
 */
import type { Segment } from '../search/highlight';

const ELLIPSIS = '…';

/** Keeps about `before` characters ahead of the first match (cut at a space) and at most `max` in all. */
export function excerpt(segments: readonly Segment[], before = 30, max = 140): Segment[] {
  const firstMatch = segments.findIndex((s) => s.match);
  if (firstMatch < 0) return trimEnd(segments.map((s) => ({ ...s })), max);
  const lead = segments.slice(0, firstMatch).map((s) => s.text).join('');
  let out: Segment[] = segments.slice(firstMatch).map((s) => ({ ...s }));
  if (lead.length > before) {
    const tail = lead.slice(lead.length - before);
    const space = tail.search(/\s/);
    out = [{ text: ELLIPSIS + (space >= 0 ? tail.slice(space + 1) : tail), match: false }, ...out];
  } else if (lead) out = [{ text: lead, match: false }, ...out];
  return trimEnd(out, max);
}

function trimEnd(segments: Segment[], max: number): Segment[] {
  const out: Segment[] = [];
  let length = 0;
  for (const s of segments) {
    if (length + s.text.length <= max) {
      out.push(s);
      length += s.text.length;
      continue;
    }
    const room = max - length;
    let cut = s.text.slice(0, room);
    const space = cut.lastIndexOf(' ');
    if (!s.match && space > room / 2) cut = cut.slice(0, space);
    if (cut) out.push({ text: cut, match: s.match });
    out.push({ text: ELLIPSIS, match: false });
    break;
  }
  return out;
}
