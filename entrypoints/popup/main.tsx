import { render } from 'preact';
import { App } from '../../components/popup/App';
import { POPUP_LOCALES } from '../../components/popup/locales';
import '../../components/popup/popup.css';
import { startPageContext } from '../../lib/ui/page-context';
import { openPageStore } from '../../lib/ui/page-store';
import { initialSelection, parseHash } from '../../lib/ui/popup-state';
import { loadPopupSearch } from '../../lib/ui/search-view';
import { activeTabUrl } from '../../lib/ui/tabs';

// The popup paints from what needs no wait: the incidents in memory (the database holds a copy of
// them) and the settings' copy; the database is read beside the first paint and never via the worker.
const store = openPageStore();
const hash = parseHash(location.hash);
const incidents = store.allIncidents().then(
  (all) => ({ all, failed: false }),
  () => ({ all: [], failed: true }),
);
void Promise.all([startPageContext(store, POPUP_LOCALES), incidents, activeTabUrl()]).then(([{ ctx, confirmed }, { all, failed }, tabUrl]) => {
  document.title = ctx.t.t('extName');
  render(
    <App
      initialContext={ctx}
      confirmedContext={confirmed}
      incidents={all}
      loadFailed={failed}
      initialSelection={initialSelection(hash, tabUrl)}
      initialQuery={hash.query}
      loadSearch={() => loadPopupSearch(all)}
    />,
    document.getElementById('app')!,
  );
});
