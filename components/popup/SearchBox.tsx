/** The search field: live results as the user types; ↓ moves into the results, Enter opens the first, Esc clears. */
import type { Ref } from 'preact';
import { usePageContext } from '../../lib/ui/page-context';

export interface SearchBoxProps {
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onInput(value: string): void;
  /** ↓: focus the first result. */
  onEnterList(): void;
  /** Enter: open the first result. */
  onSubmit(): void;
}

export function SearchBox({ value, inputRef, onInput, onEnterList, onSubmit }: SearchBoxProps) {
  const { t } = usePageContext();
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      onEnterList();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onSubmit();
    } else if (e.key === 'Escape' && value) {
      // Clear first; a second Escape closes the popup as usual.
      e.preventDefault();
      onInput('');
    }
  }
  return (
    <div class="search" role="search">
      <svg class="search-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="4.8" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M10.6 10.6 14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
      <label for="search-input" class="visually-hidden">
        {t.t('popup_search_label')}
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        // The typed text takes its own direction; empty, the placeholder follows the page.
        dir={value ? 'auto' : undefined}
        autoComplete="off"
        spellcheck={false}
        placeholder={t.t('popup_search_placeholder')}
        aria-controls="incident-list"
        aria-keyshortcuts="/"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <kbd class="search-key" title={t.t('popup_search_shortcut')} aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
