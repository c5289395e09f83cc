import { addTranslations } from '../../i18n';

/**
 * The menu labels of the servicedesk area only: the menu is part of the initial bundle, so the screens' strings
 * (./i18n, merged into the same namespace) load with the screens instead.
 */
addTranslations('servicedesk', {
  id: {
    nav: {
      tickets: 'Tiket layanan',
      newTicket: 'Buka tiket',
      knowledge: 'Basis pengetahuan',
      coverage: 'Cakupan Tier 1',
      tier2Roster: 'Roster Tier 2',
      changes: 'Perubahan (S6)',
      sla: 'Kebijakan SLA',
      supervision: 'Supervisi layanan',
      inbox: 'Kotak masuk',
    },
  },
  en: {
    nav: {
      tickets: 'Service tickets',
      newTicket: 'Open a ticket',
      knowledge: 'Knowledge base',
      coverage: 'Tier 1 coverage',
      tier2Roster: 'Tier 2 roster',
      changes: 'Changes (S6)',
      sla: 'SLA policies',
      supervision: 'Service desk supervision',
      inbox: 'Inbox',
    },
  },
});
