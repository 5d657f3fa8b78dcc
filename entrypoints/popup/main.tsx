import { hydrate, render } from 'preact';
import { App, type AppProps } from '../../components/popup/App';
import { POPUP_LOCALES } from '../../components/popup/locales';
import '../../components/popup/popup.css';
import { startPageContext } from '../../lib/ui/page-context';
import { openPageStore } from '../../lib/ui/page-store';
import { initialSelection, parseHash } from '../../lib/ui/popup-state';
import { hydratesPrerendered, pointDefaultPopup, readPrerenderedView } from '../../lib/ui/popup-variants';
import { loadPopupSearch } from '../../lib/ui/search-view';
import { browser } from 'wxt/browser';
import { activeTabUrl } from '../../lib/ui/tabs';

// The popup paints from what needs no wait: the incidents in memory (the database holds a copy of
// them) and the settings' copy; the database is read beside the first paint and never via the worker.
// A prerendered variant (popup-variants) is already on screen: it is hydrated without waiting for the tab.
const store = openPageStore();
const hash = parseHash(location.hash);
const root = document.getElementById('app')!;
const prerendered = readPrerenderedView(root);
const tabSelection = activeTabUrl().then((url) => initialSelection(hash, url));
const incidents = store.allIncidents().then(
  (all) => ({ all, failed: false }),
  () => ({ all: [], failed: true }),
);
void Promise.all([startPageContext(store, POPUP_LOCALES), incidents]).then(async ([{ ctx, confirmed }, { all, failed }]) => {
  document.title = ctx.t.t('extName');
  const props: Omit<AppProps, 'initialSelection'> = {
    initialContext: ctx,
    confirmedContext: confirmed,
    incidents: all,
    loadFailed: failed,
    initialQuery: hash.query,
    loadSearch: () => loadPopupSearch(all),
  };
  if (hydratesPrerendered(prerendered, { lang: ctx.lang, settings: ctx.settings, hash, loadFailed: failed })) {
    hydrate(<App {...props} initialSelection={prerendered.selection} prerenderedAt={prerendered.renderedAt} tabSelection={tabSelection} />, root);
  } else {
    const selection = await tabSelection;
    root.replaceChildren();
    render(<App {...props} initialSelection={selection} />, root);
  }
  // Next time the button opens the page that fits, in case the settings changed where nothing re-pointed it.
  void confirmed.then((stored) => pointDefaultPopup(browser, (stored ?? ctx).settings));
});
