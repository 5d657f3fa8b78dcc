/** The incidents of the selection or the search results, with arrow-key movement between them. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PlatformId } from '../../lib/incidents/types';
import { afterNextPaint } from '../../lib/ui/idle';
import { moveIndex } from '../../lib/ui/popup-state';
import { IncidentListItem, type IncidentListItemProps } from '../common/IncidentListItem';

export type ListEntry = Omit<IncidentListItemProps, 'showPlatforms' | 'accent'>;

export interface IncidentListProps {
  entries: readonly ListEntry[];
  /** One platform's list: accents take its colour and platform badges are left out. */
  platform?: PlatformId;
  labelledBy: string;
  /** Arrow-up from the first item (back to the search box). */
  onExitTop(): void;
  empty: ComponentChildren;
  /** Paint the first FIRST_FRAME_ROWS rows in the first frame, the rest right after (the popup's history). */
  progressive?: boolean;
}

/** Focuses the nav item at `index` in `list` (used by the search box's arrow-down too). */
export function focusNavItem(list: Element | null, index: number): boolean {
  const item = list?.querySelectorAll<HTMLElement>('[data-nav]')[index];
  item?.focus();
  item?.scrollIntoView({ block: 'nearest' });
  return Boolean(item);
}

/**
 * Rows in the first frame of a list that paints `progressively`; the rest follow as soon as that frame
 * is painted. More than the popup shows above the fold, a third of the work of the whole history.
 */
export const FIRST_FRAME_ROWS = 12;

export function IncidentList({ entries, platform, labelledBy, onExitTop, empty, progressive = false }: IncidentListProps) {
  const [complete, setComplete] = useState(!progressive);
  useEffect(() => (complete ? undefined : afterNextPaint(() => setComplete(true))), []);
  const shown = complete ? entries : entries.slice(0, FIRST_FRAME_ROWS);

  function onKeyDown(e: KeyboardEvent) {
    const list = e.currentTarget as HTMLElement;
    const items = [...list.querySelectorAll<HTMLElement>('[data-nav]')];
    const current = items.indexOf(document.activeElement as HTMLElement);
    if (current < 0) return;
    const next = moveIndex(current, e.key, items.length);
    if (next === undefined) return;
    e.preventDefault();
    if (next < 0) onExitTop();
    else focusNavItem(list, next);
  }

  if (entries.length === 0) return <div class="list-empty">{empty}</div>;
  return (
    <ul class="list" id="incident-list" aria-labelledby={labelledBy} aria-busy={complete ? undefined : true} onKeyDown={onKeyDown}>
      {shown.map((entry) => (
        <IncidentListItem key={entry.incident.id} {...entry} showPlatforms={!platform} accent={platform} />
      ))}
    </ul>
  );
}
