import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { openStore } from '../../lib/db';
import { loadPageContext } from '../../lib/ui/page-context';
import { OPTIONS_LOCALES } from '../../components/options/locales';

const store = openStore();
void loadPageContext(store, OPTIONS_LOCALES).then((ctx) => {
  document.title = ctx.t.t('options_title');
  render(<OptionsApp initial={ctx} />, document.getElementById('app')!);
});
