/**
 * "All" and one chip per platform, as a radio group: one Tab stop, arrow keys move the choice
 * (mirrored in right-to-left), and the brand colour marks each chip.
 */
import { useRef } from 'preact/hooks';
import { PLATFORM_IDS, type PlatformId } from '../../lib/incidents/types';
import { usePageContext } from '../../lib/ui/page-context';
import type { Selection } from '../../lib/ui/popup-state';
import { PlatformBadge } from '../common/PlatformBadge';

const CHOICES: readonly Selection[] = ['all', ...PLATFORM_IDS];

export function PlatformChips({ selection, onSelect }: { selection: Selection; onSelect(s: Selection): void }) {
  const { t, dir } = usePageContext();
  const group = useRef<HTMLDivElement>(null);

  function onKeyDown(e: KeyboardEvent) {
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const index = CHOICES.indexOf(selection);
    let next: number | undefined;
    if (e.key === forward || e.key === 'ArrowDown') next = (index + 1) % CHOICES.length;
    else if (e.key === back || e.key === 'ArrowUp') next = (index - 1 + CHOICES.length) % CHOICES.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = CHOICES.length - 1;
    if (next === undefined) return;
    e.preventDefault();
    onSelect(CHOICES[next]!);
    group.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[next]?.focus();
  }

  return (
    <div class="chips" role="radiogroup" aria-label={t.t('popup_platforms_label')} ref={group} onKeyDown={onKeyDown}>
      {CHOICES.map((choice) => {
        const checked = choice === selection;
        return (
          <button
            key={choice}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            class="oc-pill chip"
            data-platform={choice}
            onClick={() => onSelect(choice)}
          >
            {choice === 'all' ? t.t('popup_platform_all') : <PlatformBadge platform={choice as PlatformId} />}
          </button>
        );
      })}
    </div>
  );
}
