import { defineContentScript } from 'wxt/utils/define-content-script';
import { runBanner } from '../../components/banner/mount';
import { matchPatterns } from '../../lib/platforms';

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => runBanner(ctx),
});
