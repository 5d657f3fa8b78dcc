/** Small line icons for the page's buttons; decorative (the button text says what it does). */
const ICONS = {
  copy: 'M9 9h10v12H9zM5 15V3h10',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  download: 'M12 3v12M7 10l5 5 5-5M5 21h14',
  back: 'M15 5l-7 7 7 7',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5L21 21',
} as const;

export function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg class={`ip-icon ip-icon-${name}`} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
