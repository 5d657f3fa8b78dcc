import { downdetector, metaStatus, type Platform } from './platform';

export const threads: Platform = {
  id: 'threads',
  name: { en: 'Threads', ar: 'ثريدز' },
  color: '#5B5B5B',
  hosts: ['threads.net', 'www.threads.net', 'threads.com', 'www.threads.com'],
  statusLinks: [metaStatus, downdetector('threads')],
};
