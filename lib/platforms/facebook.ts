import { downdetector, metaStatus, type Platform } from './platform';

export const facebook: Platform = {
  id: 'facebook',
  name: { en: 'Facebook', ar: 'فيسبوك' },
  operator: 'meta',
  color: '#1877F2',
  hosts: ['facebook.com', 'www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  statusLinks: [metaStatus, downdetector('facebook')],
};
