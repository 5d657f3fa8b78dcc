import { downdetector, metaStatus, type Platform } from './platform';

export const messenger: Platform = {
  id: 'messenger',
  name: { en: 'Messenger', ar: 'ماسنجر' },
  operator: 'meta',
  // Messenger's purple, so it stays apart from Facebook's blue in charts and badges.
  color: '#A033FF',
  hosts: ['messenger.com', 'www.messenger.com'],
  statusLinks: [metaStatus, downdetector('facebook-messenger')],
};
