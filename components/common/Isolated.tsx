/** A translated sentence with one value the user typed (a query, an id) set inside it as an isolated run, so its direction never reorders the sentence. */
import type { Translator } from '../../lib/i18n';

const SLOT = '\u0000';
/** A longer value (a pasted page, a mangled link) is cut: the sentence quotes it, it does not fill the page with it. */
const MAX_QUOTED = 60;

export function quoted(value: string): string {
  if (value.length <= MAX_QUOTED) return value;
  // Cut between characters as the reader sees them: an emoji or a letter with its vowel marks stays whole.
  const chars = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value), (s) => s.segment);
  return chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join('')}…` : value;
}

export function Isolated({ t, messageKey, name, value }: { t: Translator; messageKey: string; name: string; value: string }) {
  const [before = '', after = ''] = t.t(messageKey, { [name]: SLOT }).split(SLOT);
  return (
    <>
      {before}
      <bdi>{quoted(value)}</bdi>
      {after}
    </>
  );
}
