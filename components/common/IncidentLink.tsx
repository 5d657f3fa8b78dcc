/**
 * A link to an incident's page, for extension pages only; opens it in a new tab through the browser (a
 * popup cannot navigate itself). The address is relative to the page's own origin, the extension's, so the
 * popup's build-time rendering (which knows no extension id) holds the same links as the live one.
 */
import type { ComponentChildren } from 'preact';
import { incidentPagePath } from '../../lib/incident-route';
import { openIncident } from '../../lib/ui/tabs';

export interface IncidentLinkProps {
  id: string;
  class?: string;
  children: ComponentChildren;
  /** Marks the link as a stop for the arrow keys of a list. */
  nav?: boolean;
}

export function IncidentLink({ id, class: className, children, nav }: IncidentLinkProps) {
  return (
    <a
      class={className}
      href={`/${incidentPagePath({ view: 'incident', id })}`}
      data-nav={nav ? '' : undefined}
      onClick={(e) => {
        // Ctrl/Cmd/middle clicks keep their usual meaning.
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        void openIncident(id);
      }}
    >
      {children}
    </a>
  );
}
