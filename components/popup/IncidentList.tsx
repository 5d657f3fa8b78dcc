/** The incidents of the selection or the search results, with arrow-key movement between them. */
import type { ComponentChildren } from 'preact';
import type { PlatformId } from '../../lib/incidents/types';
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
}

/** Focuses the nav item at `index` in `list` (used by the search box's arrow-down too). */
export function focusNavItem(list: Element | null, index: number): boolean {
  const item = list?.querySelectorAll<HTMLElement>('[data-nav]')[index];
  item?.focus();
  item?.scrollIntoView({ block: 'nearest' });
  return Boolean(item);
}

export function IncidentList({ entries, platform, labelledBy, onExitTop, empty }: IncidentListProps) {
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
    <ul class="list" id="incident-list" aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
      {entries.map((entry) => (
        <IncidentListItem key={entry.incident.id} {...entry} showPlatforms={!platform} accent={platform} />
      ))}
    </ul>
  );
}
