import { render } from 'preact';
import { App } from '../../components/popup/App';
import { POPUP_LOCALES } from '../../components/popup/locales';
import '../../components/popup/popup.css';
import { openStore } from '../../lib/db';
import { loadPageContext } from '../../lib/ui/page-context';
import { initialSelection, parseHash } from '../../lib/ui/popup-state';
import { loadPopupSearch } from '../../lib/ui/search-view';
import { activeTabUrl } from '../../lib/ui/tabs';

// The popup reads the database itself (never waiting on a sleeping background) and paints the list at once.
const store = openStore();
const hash = parseHash(location.hash);
const incidents = store.allIncidents().then(
  (all) => ({ all, failed: false }),
  () => ({ all: [], failed: true }),
);
void Promise.all([loadPageContext(store, POPUP_LOCALES), incidents, activeTabUrl()]).then(([ctx, { all, failed }, tabUrl]) => {
  document.title = ctx.t.t('extName');
  render(
    <App
      initialContext={ctx}
      incidents={all}
      loadFailed={failed}
      initialSelection={initialSelection(hash, tabUrl)}
      initialQuery={hash.query}
      loadSearch={() => loadPopupSearch(all)}
    />,
    document.getElementById('app')!,
  );
});
