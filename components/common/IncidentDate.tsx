/** An incident's start date (UTC calendar day), with the Hijri date beside it when the user asked for it. */
import { formatShortDate } from '../../lib/format';
import type { Instant } from '../../lib/incidents/types';
import { usePageContext } from '../../lib/ui/page-context';

export function IncidentDate({ instant }: { instant: Instant }) {
  const { t, hijri } = usePageContext();
  return (
    <span class="oc-date">
      <time dateTime={instant.utc.slice(0, 10)}>{formatShortDate(t, instant)}</time>
      {hijri && <span class="oc-hijri"> ({formatShortDate(t, instant, 'islamic-umalqura')})</span>}
    </span>
  );
}
