/** A translated sentence with one value (a query, a title) set inside it as an isolated run, so its direction never reorders the sentence. */
import type { Translator } from '../../lib/i18n';

const SLOT = '\u0000';

export function Isolated({ t, messageKey, name, value }: { t: Translator; messageKey: string; name: string; value: string }) {
  const [before = '', after = ''] = t.t(messageKey, { [name]: SLOT }).split(SLOT);
  return (
    <>
      {before}
      <bdi>{value}</bdi>
      {after}
    </>
  );
}
