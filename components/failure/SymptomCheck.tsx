/**
 * "What are you seeing?": a closed disclosure in the popup; inside, a row of toggles for what a user can
 * tell by themselves (logged out, messages not sending…). Choosing one lists the past outages of the
 * platform shown (or of all) with that symptom, newest first, sums up the latest in one line and links
 * the live status pages. It only reads the incidents the popup already holds; nothing is stored.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Incident, PlatformId } from '../../lib/incidents/types';
import { latestExplanation, REPORTED_SYMPTOMS, statusPlatforms, statusSites, symptomMatches, type ReportedSymptom, type SymptomMatches } from '../../lib/failure/symptom-check';
import { platformName } from '../../lib/failure/text';
import { isolate } from '../../lib/format';
import type { Translator } from '../../lib/i18n';
import { moveIndex } from '../../lib/ui/popup-state';
import { PageContextProvider, usePageContext } from '../../lib/ui/page-context';
import { symptomLabel } from '../../lib/ui/vocab';
import { IncidentListItem } from '../common/IncidentListItem';
import { PlatformBadge } from '../common/PlatformBadge';
import { useFailureContext } from './context';
import './symptom.css';

/** How many matches show before "Show all". */
const SHOWN = 3;

export interface SymptomCheckProps {
  /** Every incident, as the popup already holds them. */
  incidents: readonly Incident[];
  /** The platform the popup shows; undefined for all. */
  platform?: PlatformId;
}

export function SymptomCheck(props: SymptomCheckProps) {
  return (
    <PageContextProvider value={useFailureContext()}>
      <Check {...props} />
    </PageContextProvider>
  );
}

function foundText(t: Translator, matches: SymptomMatches, platform: PlatformId | undefined): string {
  const count = matches.incidents.length;
  if (!count) return t.t('failure_symptom_none');
  const name = platform && isolate(platformName(platform, t.lang));
  if (matches.kind === 'elsewhere') return t.plural('failure_symptom_elsewhere', count, { platform: name! });
  return name ? t.plural('failure_symptom_found_on', count, { platform: name }) : t.plural('failure_symptom_found', count);
}

function Check({ incidents, platform }: SymptomCheckProps) {
  const { t } = usePageContext();
  const [open, setOpen] = useState(false);
  const [symptom, setSymptom] = useState<ReportedSymptom | null>(null);
  // "Show all" holds for the symptom and platform it was pressed for.
  const [expandedFor, setExpandedFor] = useState('');
  const choices = useRef<HTMLDivElement>(null);
  // Closed, nothing of it stays in the page's arrow-key order (the search box's ↓ goes to the first incident shown).
  const matches = useMemo(() => (open && symptom ? symptomMatches(incidents, symptom, platform) : null), [open, incidents, symptom, platform]);
  const resultKey = `${symptom}|${platform ?? 'all'}`;
  const shown = matches ? (expandedFor === resultKey ? matches.incidents : matches.incidents.slice(0, SHOWN)) : [];
  const latest = matches?.incidents[0];
  const explanation = latest && symptom && latestExplanation(t, latest, symptom);
  const accent = matches?.kind === 'asked' ? platform : undefined;

  // A choice can only be pressed in the open panel; the toggle event that says so may still be queued.
  function choose(s: ReportedSymptom) {
    setOpen(true);
    setSymptom(s === symptom ? null : s);
  }

  // ↑/↓/Home/End move through the matches; ↑ from the first goes back to the chosen symptom.
  function onListKey(e: KeyboardEvent) {
    const links = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-nav]')];
    const current = links.indexOf(document.activeElement as HTMLElement);
    const next = current < 0 ? undefined : moveIndex(current, e.key, links.length);
    if (next === undefined) return;
    e.preventDefault();
    if (next < 0) choices.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
    else links[next]!.focus();
  }

  return (
    <details class="symptom-check" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 id="symptom-heading" class="section-heading">
          {t.t('failure_symptom_heading')}
        </h2>
      </summary>
      <p class="symptom-intro">{t.t('failure_symptom_intro')}</p>
      <div class="symptom-choices" role="group" aria-labelledby="symptom-heading" ref={choices}>
        {REPORTED_SYMPTOMS.map((s) => (
          <button key={s} type="button" class="oc-pill symptom-choice" aria-pressed={s === symptom} data-symptom={s} onClick={() => choose(s)}>
            {symptomLabel(t, s)}
          </button>
        ))}
      </div>
      {explanation && (
        <p class="symptom-explain">
          {explanation.what} <span class="symptom-why">{explanation.why}</span>
        </p>
      )}
      {/* Always in the page, so screen readers announce the count when a symptom is chosen. */}
      <p id="symptom-found" class="symptom-found" role="status">
        {matches && foundText(t, matches, platform)}
      </p>
      {shown.length > 0 && (
        <ul class="list symptom-list" aria-labelledby="symptom-found" onKeyDown={onListKey}>
          {shown.map((incident) => (
            <IncidentListItem key={incident.id} incident={incident} showPlatforms={!accent} accent={accent} />
          ))}
        </ul>
      )}
      {matches && shown.length < matches.incidents.length && (
        <button type="button" class="link-button symptom-more" onClick={() => setExpandedFor(resultKey)}>
          {t.t('failure_symptom_show_all', { count: matches.incidents.length })}
        </button>
      )}
      {matches && <SymptomStatus platforms={statusPlatforms(matches.incidents, platform)} />}
    </details>
  );
}

/** The live-status pages of the platform shown, or of each platform the matches hit (a shared page once). */
function SymptomStatus({ platforms }: { platforms: readonly PlatformId[] }) {
  const { t, lang } = usePageContext();
  const sites = statusSites(platforms);
  if (!sites.length) return null;
  return (
    <>
      <h3 class="symptom-subheading">{t.t('failure_status_heading')}</h3>
      <ul class="symptom-status">
        {sites.map(({ label, pages }) =>
          pages.length === 1 ? (
            <li key={label.en}>
              <a href={pages[0]!.url} target="_blank" rel="noopener noreferrer">
                <bdi>{label[lang]}</bdi>
              </a>
            </li>
          ) : (
            // A page per platform: the site's name once, then a link per platform.
            <li key={label.en} class="is-per-platform">
              <bdi class="symptom-status-site">{label[lang]}</bdi>
              {pages.map(({ url, platform }) => (
                <a key={url} href={url} target="_blank" rel="noopener noreferrer">
                  <span class="visually-hidden">
                    <bdi>{label[lang]}</bdi>{' '}
                  </span>
                  <PlatformBadge platform={platform} />
                </a>
              ))}
            </li>
          ),
        )}
      </ul>
    </>
  );
}
