import { downdetector, metaStatus, type Platform } from './platform';

export const messenger: Platform = {
  id: 'messenger',
  name: { en: 'Messenger', ar: 'ماسنجر' },
  color: '#0A7CFF',
  hosts: ['messenger.com', 'www.messenger.com'],
  statusLinks: [metaStatus, downdetector('facebook-messenger')],
};
