import { render } from 'preact';
import { IncidentApp } from '../../components/incident/IncidentApp';
import '../../components/incident/incident.css';
import { INCIDENT_LOCALES } from '../../components/incident/locales';
import { bundledIndex } from '../../lib/incidents/bundled';
import { openPageStore } from '../../lib/ui/page-store';
import { loadPageContext } from '../../lib/ui/page-context';
import { loadPopupSearch } from '../../lib/ui/search-view';

// The page reads the database itself (never waiting on a sleeping background worker).
// The records come from the bundled index in memory (the database holds a copy), so their version is
// the bundled one: nothing here waits for the database's checks.
const store = openPageStore();
const data = store.allIncidents().then(
  (incidents) => ({ incidents, version: bundledIndex.version, failed: false }),
  () => ({ incidents: [], version: '', failed: true }),
);
void Promise.all([loadPageContext(store, INCIDENT_LOCALES), data]).then(([ctx, { incidents, version, failed }]) => {
  render(
    <IncidentApp ctx={ctx} incidents={incidents} version={version} loadFailed={failed} loadSearch={() => loadPopupSearch(incidents)} />,
    document.getElementById('app')!,
  );
});
