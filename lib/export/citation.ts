/**
 * "Copy as citation": an incident as plain text in one language (the translator's): title, date,
 * platforms, and every source with publisher, title, date and link. Latin names inside Arabic text
 * (and Arabic ones inside English) are wrapped in Unicode isolates so they keep their own direction
 * wherever the text is pasted; links stay on their own lines so nothing invisible touches them.
 */
import { PLATFORMS } from '../platforms';
import { formatInstant, formatList, isolate } from '../format';
import type { Translator } from '../i18n';
import type { Incident } from '../incidents/types';

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F]/;

/** Wraps `text` in first-strong isolates when its own direction differs from the surrounding text's. */
export function isolateForeign(text: string, dir: 'ltr' | 'rtl'): string {
  const foreign = dir === 'rtl' ? LTR_CHAR : RTL_CHAR;
  return foreign.test(text) ? isolate(text) : text;
}

export function citationText(incident: Incident, t: Translator): string {
  const lang = t.lang;
  const own = (text: string) => isolateForeign(text, t.dir);
  const platforms = formatList(t, incident.platforms.map((p) => own(PLATFORMS[p].name[lang])));
  const lines = [
    incident.title[lang],
    t.t('incident_citation_date', { date: formatInstant(t, incident.start, 'UTC') }),
    t.t('incident_citation_platforms', { platforms }),
    t.t('incident_citation_sources'),
  ];
  for (const source of incident.sources) {
    const cited = { publisher: own(source.publisher), title: own(source.title) };
    lines.push(
      source.published
        ? t.t('incident_citation_source', { ...cited, date: formatInstant(t, { utc: source.published, precision: 'day' }) })
        : t.t('incident_citation_source_undated', cited),
    );
    if (source.url) lines.push(`  ${source.url}`);
  }
  lines.push(t.t('incident_citation_via', { name: t.t('extName'), id: own(incident.id) }));
  return lines.join('\n') + '\n';
}
