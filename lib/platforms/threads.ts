import { downdetector, metaStatus, type Platform } from './platform';

export const threads: Platform = {
  id: 'threads',
  name: { en: 'Threads', ar: 'ثريدز' },
  operator: 'meta',
  color: '#6E6E6E',
  hosts: ['threads.net', 'www.threads.net', 'threads.com', 'www.threads.com'],
  statusLinks: [metaStatus, downdetector('threads')],
};
