/**
 * The in-page history note: one line collapsed, a small card expanded. It never takes focus on its own;
 * Escape (while focus is inside it) or the close button hides it for the day.
 */
import { Component } from 'preact';
import type { BannerView } from '../../lib/banner/text';
import './banner.css';

export interface BannerProps {
  view: BannerView;
  /** Direction of the host page's layout: "start" placement follows it, not the banner's language. */
  pageDir: 'ltr' | 'rtl';
  /** Bumped on every single-page navigation: the card folds back to one line. */
  navigation: number;
  onClose(): void;
  /** Turns the banner off for this platform; resolves to whether that was saved. The card confirms in place. */
  onDisable(): Promise<boolean>;
  onOpenAll(): void;
  onOpenDetails(): void;
}

/** How long the "won't show again" confirmation stays before the note removes itself. */
const NOTICE_MS = 8000;

function HistoryIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M13 3a9 9 0 0 0-9 9H1l3.9 3.9.1.1L9 12H6a7 7 0 1 1 2.05 4.95l-1.42 1.42A9 9 0 1 0 13 3zm-1 5v5l4.25 2.52.77-1.28-3.52-2.09V8z"
      />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M18.3 5.71 12 12l6.3 6.29-1.41 1.42L10.59 13.4 4.3 19.71 2.89 18.3 9.17 12 2.89 5.71 4.3 4.29l6.29 6.3 6.3-6.3z" />
    </svg>
  );
}

function ChevronIcon() {
  return (
    <svg class="chevron" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6z" />
    </svg>
  );
}

interface BannerState {
  expanded: boolean;
  /** "Don't show on <platform>" was chosen and answered: the note confirms, then leaves. */
  disabled: boolean;
  /** …but it could not be saved (broken storage): the note says it may come back. */
  unsaved: boolean;
}

/** The card's id inside the note's own shadow root (one note per page). */
const CARD_ID = 'outage-card';

// A class component: Preact's hooks add a kilobyte the content script's budget doesn't need.
export class Banner extends Component<BannerProps, BannerState> {
  override state: BannerState = { expanded: false, disabled: false, unsaved: false };
  private noticeTimer?: ReturnType<typeof setTimeout>;

  override componentDidUpdate(previous: BannerProps) {
    if (previous.navigation !== this.props.navigation && this.state.expanded) this.setState({ expanded: false });
  }

  override componentWillUnmount() {
    clearTimeout(this.noticeTimer);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.props.onClose();
  };

  // The confirmation waits for the answer (a few milliseconds), so it never claims what was not saved.
  private readonly disable = () =>
    void this.props.onDisable().then((saved) => {
      this.setState({ disabled: true, unsaved: !saved });
      clearTimeout(this.noticeTimer);
      this.noticeTimer = setTimeout(this.props.onClose, NOTICE_MS);
    });

  override render({ view, pageDir, onClose, onOpenAll, onOpenDetails }: BannerProps, { expanded, disabled, unsaved }: BannerState) {
    const { text } = view;
    return (
      <aside
        class="banner"
        lang={view.lang}
        dir={view.dir}
        aria-label={text.label}
        data-placement={view.placement}
        data-page-dir={pageDir}
        data-expanded={expanded}
        style={{ '--brand': view.color, '--brand-dark': view.darkColor, '--on-brand-dark': view.darkColor && view.color }}
        onKeyDown={this.onKeyDown}
      >
        <div class="row">
          <span class="badge">
            <HistoryIcon />
          </span>
          <p class="headline" role="status">
            {disabled ? (unsaved ? text.disabledUnsaved : text.disabledNotice) : text.headline}
          </p>
          {!disabled && text.causeTag && !expanded && <span class="tag">{text.causeTag}</span>}
          {!disabled && (
            <button type="button" class="more" aria-expanded={expanded} aria-controls={CARD_ID} onClick={() => this.setState({ expanded: !expanded })}>
              <span class="more-label">{expanded ? text.less : text.more}</span>
              <ChevronIcon />
            </button>
          )}
          <button type="button" class="close" aria-label={text.close} title={text.close} onClick={onClose}>
            <CloseIcon />
          </button>
        </div>
        {expanded && !disabled && (
          <div class="card" id={CARD_ID}>
            <p class="title">{text.title}</p>
            <p class="summary">{text.summary}</p>
            <dl class="facts">
              <dt>{text.headings.when}</dt>
              <dd>{text.when}</dd>
              <dt>{text.headings.duration}</dt>
              <dd>{text.duration}</dd>
              {text.cause && (
                <>
                  <dt>{text.headings.cause}</dt>
                  <dd>{text.cause}</dd>
                </>
              )}
              {text.stated && (
                <>
                  <dt>{text.headings.stated}</dt>
                  <dd>{text.stated}</dd>
                </>
              )}
            </dl>
            <p class="count">{text.count}</p>
            <div class="actions">
              <button type="button" class="link" onClick={onOpenDetails}>
                {text.details}
              </button>
              <button type="button" class="link" onClick={onOpenAll}>
                {text.allOutages}
              </button>
              <button type="button" class="quiet" onClick={this.disable}>
                {text.disable}
              </button>
            </div>
          </div>
        )}
      </aside>
    );
  }
}
