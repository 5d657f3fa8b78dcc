import { downdetector, metaStatus, type Platform } from './platform';

export const instagram: Platform = {
  id: 'instagram',
  name: { en: 'Instagram', ar: 'إنستغرام' },
  operator: 'meta',
  color: '#D62976',
  hosts: ['instagram.com', 'www.instagram.com'],
  statusLinks: [metaStatus, downdetector('instagram')],
};
