/**
 * One incident's page: the record, with the other language one click away, and what a reader does
 * with it: copy a citation (English or Arabic), add it to a calendar.
 */
import { useState } from 'preact/hooks';
import { citationText } from '../../lib/export/citation';
import { incidentToIcs } from '../../lib/export/ics';
import { LANGUAGES, type Incident, type Lang } from '../../lib/incidents/types';
import { PageContextProvider, usePageContext, type PageContext } from '../../lib/ui/page-context';
import { copyText } from './clipboard';
import { saveTextFile } from './download';
import { Icon } from './icons';
import { IncidentRecord } from './IncidentRecord';

/** A language's own name ("English", "العربية"), so each reader finds theirs. */
const autonym = (lang: Lang) => new Intl.DisplayNames(lang, { type: 'language' }).of(lang) ?? lang;

export interface IncidentViewProps {
  incident: Incident;
  /** A page context per language: the UI language's and the other one. */
  contexts: Record<Lang, PageContext>;
  announce(message: string): void;
}

export function IncidentView({ incident, contexts, announce }: IncidentViewProps) {
  const { t, lang } = usePageContext();
  const [contentLang, setContentLang] = useState<Lang>(lang);
  const languageIn = (l: Lang) => new Intl.DisplayNames(t.locale, { type: 'language' }).of(l) ?? l;

  const showIn = (l: Lang) => {
    if (l === contentLang) return;
    setContentLang(l);
    announce(t.t('incident_showing_in', { language: languageIn(l) }));
  };
  const copyCitation = async (l: Lang) => {
    const copied = await copyText(citationText(incident, contexts[l].t));
    announce(t.t(copied ? 'incident_citation_copied' : 'incident_citation_failed', { language: languageIn(l) }));
  };
  const addToCalendar = () => {
    saveTextFile(document, `${incident.id}.ics`, 'text/calendar;charset=utf-8', incidentToIcs(incident, { t: contexts[contentLang].t, now: new Date() }));
    announce(t.t('incident_calendar_saved'));
  };

  return (
    <>
      <div class="ip-toolbar">
        <a class="ip-back" href="#">
          <Icon name="back" />
          {t.t('incident_back_latest')}
        </a>
        <div class="ip-actions">
          <div class="ip-switch" role="group" aria-label={t.t('incident_language_label')}>
            {LANGUAGES.map((l) => (
              <button key={l} type="button" lang={l} aria-pressed={contentLang === l} onClick={() => showIn(l)}>
                {autonym(l)}
              </button>
            ))}
          </div>
          <button type="button" class="ip-button" onClick={() => void copyCitation('en')}>
            <Icon name="copy" />
            {t.t('incident_copy_citation_en')}
          </button>
          <button type="button" class="ip-button" onClick={() => void copyCitation('ar')}>
            <Icon name="copy" />
            {t.t('incident_copy_citation_ar')}
          </button>
          <button type="button" class="ip-button" onClick={addToCalendar}>
            <Icon name="calendar" />
            {t.t('incident_add_calendar')}
          </button>
        </div>
      </div>
      <PageContextProvider value={contexts[contentLang]}>
        <IncidentRecord incident={incident} />
      </PageContextProvider>
    </>
  );
}
