/** A link to an incident's page, in extension pages; opens it in a new tab through the browser (a popup cannot navigate itself). */
import type { ComponentChildren } from 'preact';
import { incidentHref, openIncident } from '../../lib/ui/tabs';

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
      href={incidentHref(id)}
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
