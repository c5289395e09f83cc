import { addTranslations } from '../../i18n';

// The menu labels only: the shell loads them with the menu, while the screens' strings (i18n.ts) load with the
// screens' lazy chunks and stay out of the initial bundle.
addTranslations('networkNav', {
  id: { lan: 'LAN OPD', diagrams: 'Diagram LAN Tahunan', changes: 'Perubahan LAN', wan: 'Jaringan WAN', inspections: 'Inspeksi LAN', review: 'Rewiu Tahunan Jaringan' },
  en: { lan: 'OPD LANs', diagrams: 'Yearly LAN Diagrams', changes: 'LAN Changes', wan: 'WAN', inspections: 'LAN Inspections', review: 'Yearly Network Review' },
});
