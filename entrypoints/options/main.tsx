import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { openPageStore } from '../../lib/ui/page-store';
import { loadPageContext } from '../../lib/ui/page-context';
import { OPTIONS_LOCALES } from '../../components/options/locales';

const store = openPageStore();
void loadPageContext(store, OPTIONS_LOCALES).then((ctx) => {
  document.title = ctx.t.t('options_title');
  render(<OptionsApp initial={ctx} />, document.getElementById('app')!);
});
