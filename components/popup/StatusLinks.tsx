/** Where to check whether a platform is down right now: official status pages and public trackers, in a new tab. */
import { useState } from 'preact/hooks';
import type { PlatformId } from '../../lib/incidents/types';
import { PLATFORMS } from '../../lib/platforms';
import { usePageContext } from '../../lib/ui/page-context';
import { PlatformBadge } from '../common/PlatformBadge';

export function StatusLinks({ platforms }: { platforms: readonly PlatformId[] }) {
  const { t, lang } = usePageContext();
  const [open, setOpen] = useState(false);
  const heading = (
    <h2 id="status-heading" class="section-heading">
      {t.t('popup_status_heading')}
    </h2>
  );
  const links = (
    <>
      <ul class="status-list">
        {platforms.map((id) => (
          <li key={id} class="status-row">
            {platforms.length > 1 && <PlatformBadge platform={id} />}
            <span class="status-links">
              {PLATFORMS[id].statusLinks.map((link) => (
                <a key={link.url} class={`status-link is-${link.kind}`} href={link.url} target="_blank" rel="noopener noreferrer">
                  <bdi>{link.label[lang]}</bdi>
                  <span class="status-kind">{t.t(link.kind === 'official' ? 'popup_status_official' : 'popup_status_tracker')}</span>
                  <span class="visually-hidden"> {t.t('popup_new_tab')}</span>
                  <svg class="ext-icon" viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                    <path d="M4.5 2H2v8h8V7.5M7 2h3v3M10 2 5.5 6.5" fill="none" stroke="currentColor" stroke-width="1.4" />
                  </svg>
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <p class="status-note">{t.t('popup_status_note')}</p>
    </>
  );
  // One platform: its links in full view. All platforms: a disclosure, so a dozen links don't push the history down.
  return platforms.length > 1 ? (
    <details class="status" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{heading}</summary>
      {/* Built when opened: a dozen links that would otherwise delay the first paint. */}
      {open && links}
    </details>
  ) : (
    <section class="status" aria-labelledby="status-heading">
      {heading}
      {links}
    </section>
  );
}
