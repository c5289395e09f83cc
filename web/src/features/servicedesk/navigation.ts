import { IconBell, IconBook2, IconChartBar, IconClockHour4, IconGitPullRequest, IconPlaylistAdd, IconTicket, IconUserShield, IconUsersGroup } from '@tabler/icons-react';
import { Role } from '../../auth/roles';
import type { NavItem } from '../../layout/navigation';
// The menu labels name this namespace, so they must exist before any servicedesk screen loads (only the labels:
// the screens' strings load with the screens).
import './i18nNav';

const { DINAS_ADMIN, OPD_OPERATOR, TIER1_AGENT, TIER2_AGENT, AUDITOR, COORDINATOR } = Role;

/** Menu entries of the servicedesk-service area, appended to the shell's menu in this order. */
export const servicedeskNavigation: NavItem[] = [
  {
    to: '/layanan/tiket',
    label: 'servicedesk:nav.tickets',
    icon: IconTicket,
    roles: [OPD_OPERATOR, TIER1_AGENT, TIER2_AGENT, DINAS_ADMIN, AUDITOR, COORDINATOR],
  },
  { to: '/layanan/kotak-masuk', label: 'servicedesk:nav.inbox', icon: IconBell, roles: [OPD_OPERATOR, TIER1_AGENT, TIER2_AGENT, DINAS_ADMIN] },
  { to: '/layanan/tiket/baru', label: 'servicedesk:nav.newTicket', icon: IconPlaylistAdd, roles: [OPD_OPERATOR, TIER1_AGENT, TIER2_AGENT, DINAS_ADMIN] },
  { to: '/layanan/perubahan', label: 'servicedesk:nav.changes', icon: IconGitPullRequest, roles: [TIER1_AGENT, TIER2_AGENT, DINAS_ADMIN, COORDINATOR] },
  { to: '/layanan/pengetahuan', label: 'servicedesk:nav.knowledge', icon: IconBook2, roles: [] },
  { to: '/layanan/sla', label: 'servicedesk:nav.sla', icon: IconClockHour4, roles: [DINAS_ADMIN, TIER1_AGENT, TIER2_AGENT, AUDITOR, COORDINATOR] },
  {
    to: '/layanan/supervisi',
    label: 'servicedesk:nav.supervision',
    icon: IconChartBar,
    roles: [DINAS_ADMIN, TIER2_AGENT, COORDINATOR, AUDITOR, TIER1_AGENT, OPD_OPERATOR],
  },
  { to: '/layanan/cakupan-tier1', label: 'servicedesk:nav.coverage', icon: IconUsersGroup, roles: [DINAS_ADMIN, TIER2_AGENT, COORDINATOR, AUDITOR] },
  { to: '/layanan/roster-tier2', label: 'servicedesk:nav.tier2Roster', icon: IconUserShield, roles: [DINAS_ADMIN, TIER2_AGENT, COORDINATOR, AUDITOR] },
];
