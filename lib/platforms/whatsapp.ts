import { downdetector, type Platform } from './platform';

export const whatsapp: Platform = {
  id: 'whatsapp',
  name: { en: 'WhatsApp', ar: 'واتساب' },
  operator: 'meta',
  color: '#1DA851',
  hosts: ['web.whatsapp.com', 'whatsapp.com', 'www.whatsapp.com'],
  statusLinks: [
    {
      label: { en: 'WhatsApp Business API status', ar: 'حالة واجهة واتساب للأعمال' },
      url: 'https://metastatus.com/whatsapp-business-api',
      kind: 'official',
    },
    downdetector('whatsapp'),
  ],
};
