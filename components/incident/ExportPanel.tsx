/** Download the whole index, as JSON (the bundled index's shape) or CSV for spreadsheets. */
import { incidentsToCsv } from '../../lib/export/csv';
import { incidentsToJson } from '../../lib/export/json';
import type { Incident } from '../../lib/incidents/types';
import { usePageContext } from '../../lib/ui/page-context';
import { saveTextFile } from './download';
import { Icon } from './icons';

export interface ExportPanelProps {
  incidents: readonly Incident[];
  version: string;
  announce(message: string): void;
}

export function ExportPanel({ incidents, version, announce }: ExportPanelProps) {
  const { t } = usePageContext();
  const save = (format: 'json' | 'csv') => {
    const name = `outage-context-incidents-${version}.${format}`;
    if (format === 'json') saveTextFile(document, name, 'application/json;charset=utf-8', incidentsToJson(incidents, version));
    else saveTextFile(document, name, 'text/csv;charset=utf-8', incidentsToCsv(incidents));
    announce(t.t('incident_export_saved', { file: name }));
  };
  return (
    <section class="ip-export" aria-labelledby="ip-export-heading">
      <h2 id="ip-export-heading">{t.t('incident_export_heading')}</h2>
      <p class="ip-note">{t.plural('incident_export_note', incidents.length)}</p>
      <div class="ip-export-buttons">
        <button type="button" class="ip-button" onClick={() => save('json')} disabled={incidents.length === 0}>
          <Icon name="download" />
          {t.t('incident_export_json')}
        </button>
        <button type="button" class="ip-button" onClick={() => save('csv')} disabled={incidents.length === 0}>
          <Icon name="download" />
          {t.t('incident_export_csv')}
        </button>
      </div>
    </section>
  );
}
