/**
 * The full record of one incident, in the language of the surrounding page context (the UI language,
 * or the other one when the reader switched): what happened, when (the reader's time and UTC), how
 * long, the stated cause, symptoms, scope, confidence, where the sources disagree, and every source.
 */
import { formatHijriDay, formatInstant, formatList, formatShortDate } from '../../lib/format';
import type { Translator } from '../../lib/i18n';
import type { Disagreement, DisagreementField, Incident, Instant } from '../../lib/incidents/types';
import { durationText } from '../../lib/ui/incident-text';
import { usePageContext } from '../../lib/ui/page-context';
import { causeLabel, confidenceLabel, scopeLabel, symptomLabel } from '../../lib/ui/vocab';
import type { ComponentChildren } from 'preact';
import { PlatformBadge } from '../common/PlatformBadge';

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

/** The reader's time zone, or undefined when it is UTC (then one line says it all). */
function readerZone(): string | undefined {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && !UTC_ZONES.has(zone) ? zone : undefined;
}

/** "Arabian Standard Time" / "التوقيت العربي الرسمي": the zone's name in the record's language. */
function zoneName(locale: string, zone: string, ms: number): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' }).formatToParts(ms).find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

function Times({ instant }: { instant: Instant }) {
  const { t, hijri } = usePageContext();
  const zone = readerZone();
  const hijriDate = hijri && (
    <li class="oc-hijri">
      <span class="ip-note">{t.t('incident_time_hijri')}</span> {formatHijriDay(t, instant, zone)}
    </li>
  );
  if (instant.precision === 'day') {
    return (
      <ul class="ip-times">
        <li>
          <time dateTime={instant.utc}>{formatInstant(t, instant)}</time> <span class="ip-note">{t.t('incident_time_day_only')}</span>
        </li>
        {hijriDate}
      </ul>
    );
  }
  return (
    <ul class="ip-times">
      {zone && (
        <li>
          <time dateTime={instant.utc}>{formatInstant(t, instant, zone)}</time>{' '}
          <span class="ip-note">{t.t('incident_time_yours', { zone: zoneName(t.locale, zone, Date.parse(instant.utc)) })}</span>
        </li>
      )}
      <li>
        <time dateTime={instant.utc}>{formatInstant(t, instant, 'UTC')}</time>
      </li>
      {hijriDate}
    </ul>
  );
}

/** A marker beside a fact the sources disagree about; it takes the reader to their accounts. */
function DisagreeMarker({ field }: { field: DisagreementField }) {
  const { t } = usePageContext();
  return (
    <button
      type="button"
      class="ip-disagree-marker"
      onClick={() => {
        // Not a #fragment link: the hash is the page's route.
        const target = document.getElementById(`ip-disagreement-${field}`);
        target?.scrollIntoView({ block: 'center' });
        target?.focus();
      }}
    >
      {t.t('incident_disagree_marker')}
    </button>
  );
}

function Fact({ label, children, disagreement }: { label: string; children: ComponentChildren; disagreement?: DisagreementField }) {
  return (
    <div class="ip-fact">
      <dt>{label}</dt>
      <dd>
        {children}
        {disagreement && <DisagreeMarker field={disagreement} />}
      </dd>
    </div>
  );
}

/** A country (ISO 3166) through Intl; a UN M49 area ("155") from the locale files, as browsers' ICU data often lacks them. */
function regionName(t: Translator, code: string): string {
  const areaKey = `incident_region_${code}`;
  const area = t.t(areaKey);
  if (area !== areaKey) return area;
  try {
    return new Intl.DisplayNames(t.locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Sources({ incident }: { incident: Incident }) {
  const { t } = usePageContext();
  return (
    <section class="ip-section" aria-labelledby="ip-sources-heading">
      <h2 id="ip-sources-heading">{t.plural('incident_sources_heading', incident.sources.length)}</h2>
      <ol class="ip-sources">
        {incident.sources.map((source, i) => (
          <li key={i} class="ip-source">
            {/* The title keeps its own language and direction; the line stays aligned with the page. */}
            <cite class="ip-source-title">
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  <bdi lang={source.lang}>{source.title}</bdi>
                  <span class="visually-hidden"> {t.t('incident_new_tab')}</span>
                </a>
              ) : (
                <bdi lang={source.lang}>{source.title}</bdi>
              )}
            </cite>
            <span class="ip-source-meta oc-meta">
              {/* The separator goes before the span, in the line's direction, not inside the name's own. */}
              <span class="ip-source-publisher">
                <bdi>{source.publisher}</bdi>
              </span>
              {source.published && <time dateTime={source.published}>{formatShortDate(t, { utc: source.published, precision: 'day' })}</time>}
              <span>{languageName(t.locale, source.lang)}</span>
            </span>
            {source.url ? (
              <span class="ip-source-host">
                <bdi dir="ltr">{new URL(source.url).hostname.replace(/^www\./, '')}</bdi>
              </span>
            ) : (
              <span class="ip-note">{t.t('incident_source_no_link')}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Disagreements({ items }: { items: readonly Disagreement[] }) {
  const { t, lang } = usePageContext();
  return (
    <section class="ip-section ip-disagreements" aria-labelledby="ip-disagreements-heading">
      <h2 id="ip-disagreements-heading">{t.t('incident_disagreements_heading')}</h2>
      <p class="ip-note">{t.t('incident_disagreements_intro')}</p>
      <ul>
        {items.map((d) => (
          <li key={d.field} id={`ip-disagreement-${d.field}`} tabIndex={-1}>
            <strong>{t.t(`incident_field_${d.field}`)}</strong>
            <p>{t.digitsIn(d[lang])}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function IncidentRecord({ incident }: { incident: Incident }) {
  const { t, lang, dir } = usePageContext();
  const disputed = new Set((incident.disagreements ?? []).map((d) => d.field));
  const flag = (field: DisagreementField) => (disputed.has(field) ? field : undefined);
  return (
    <article class="ip-record" lang={lang} dir={dir} aria-labelledby="ip-title">
      <header class="ip-record-head">
        <ul class="ip-platforms" aria-label={t.t('incident_platforms_label')}>
          {incident.platforms.map((p) => (
            <li key={p}>
              <PlatformBadge platform={p} />
            </li>
          ))}
        </ul>
        <h1 id="ip-title" tabIndex={-1}>
          {t.digitsIn(incident.title[lang])}
        </h1>
        <p class="ip-lede oc-meta">
          <time dateTime={incident.start.utc}>{formatShortDate(t, incident.start)}</time>
          <span>{durationText(t, incident)}</span>
          <span>{scopeLabel(t, incident.scope)}</span>
        </p>
      </header>

      {incident.confidence === 'low' && <p class="ip-low">{t.t('incident_confidence_low_note')}</p>}

      <p class="ip-summary">{t.digitsIn(incident.summary[lang])}</p>

      <section class="ip-section" aria-labelledby="ip-facts-heading">
        <h2 id="ip-facts-heading">{t.t('incident_facts_heading')}</h2>
        <dl class="ip-facts">
          <Fact label={t.t('incident_field_start')} disagreement={flag('start')}>
            <Times instant={incident.start} />
          </Fact>
          <Fact label={t.t('incident_field_end')} disagreement={flag('end')}>
            {incident.end ? (
              <Times instant={incident.end} />
            ) : (
              <span class="ip-unknown">{t.t(disputed.has('end') ? 'incident_end_disputed' : 'incident_end_unknown')}</span>
            )}
          </Fact>
          <Fact label={t.t('incident_field_duration')} disagreement={flag('duration')}>
            {durationText(t, incident, { place: 'heading' })}
          </Fact>
          <Fact label={t.t('incident_field_cause')} disagreement={flag('cause')}>
            <span class="ip-cause">{incident.cause.category === 'unknown' ? t.t('cause_unknown_after_heading') : causeLabel(t, incident.cause.category)}</span>
            {incident.cause.stated ? (
              <blockquote class="ip-stated">
                <span class="ip-note">{t.t('incident_cause_stated')}</span> {t.digitsIn(incident.cause.stated[lang])}
              </blockquote>
            ) : (
              <span class="ip-note ip-block">{t.t('incident_cause_not_stated')}</span>
            )}
          </Fact>
          <Fact label={t.t('incident_field_symptoms')}>
            <ul class="ip-chips">
              {incident.symptoms.map((s) => (
                <li key={s}>{symptomLabel(t, s)}</li>
              ))}
            </ul>
          </Fact>
          <Fact label={t.t('incident_field_scope')} disagreement={flag('scope')}>
            {scopeLabel(t, incident.scope)}
            {incident.regions.length > 0 && <span class="ip-regions"> ({formatList(t, incident.regions.map((r) => regionName(t, r)))})</span>}
          </Fact>
          <Fact label={t.t('incident_field_confidence')}>
            <span class={`ip-confidence is-${incident.confidence}`}>{confidenceLabel(t, incident.confidence)}</span>
            <span class="ip-note ip-block">{t.t(`incident_confidence_${incident.confidence}_about`)}</span>
          </Fact>
        </dl>
      </section>

      {incident.disagreements && incident.disagreements.length > 0 && <Disagreements items={incident.disagreements} />}
      <Sources incident={incident} />
    </article>
  );
}
