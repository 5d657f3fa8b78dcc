import { downdetector, type Platform } from './platform';

export const twitter: Platform = {
  id: 'twitter',
  name: { en: 'X (Twitter)', ar: 'إكس (تويتر)' },
  operator: 'x',
  // X's black (the old Twitter blue was too close to Facebook's), and the near-white X uses on dark themes.
  color: '#0F1419',
  darkColor: '#D9DCDE',
  hosts: [
    'x.com',
    'www.x.com',
    'mobile.x.com',
    'twitter.com',
    'www.twitter.com',
    'mobile.twitter.com',
  ],
  statusLinks: [
    { label: { en: 'X API status', ar: 'حالة واجهة إكس البرمجية' }, url: 'https://api.twitterstat.us/', kind: 'official' },
    downdetector('twitter'),
  ],
};
