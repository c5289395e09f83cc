import { IconCertificate, IconChartRadar, IconListTree, IconMap2, IconUserCheck } from '@tabler/icons-react';
import { Role } from '../../auth/roles';
import type { NavItem } from '../../layout/navigation';
import './i18n';

const READERS = [Role.DINAS_ADMIN, Role.OPD_OPERATOR, Role.EVALUATOR, Role.COORDINATOR, Role.AUDITOR];

/** Menu entries of the monev-service area, appended to the shell's menu in this order. */
export const monevNavigation: NavItem[] = [
  { to: '/evaluasi', label: 'monev:nav.evaluations', icon: IconChartRadar, roles: READERS },
  { to: '/evaluasi/kerangka', label: 'monev:nav.frameworks', icon: IconListTree, roles: READERS },
  { to: '/evaluasi/mandiri-tik', label: 'monev:nav.mandiriTik', icon: IconCertificate, roles: READERS },
  { to: '/evaluasi/perencanaan', label: 'monev:nav.planning', icon: IconMap2, roles: READERS },
  // the register holds names: operators get 403 from the service
  { to: '/evaluasi/kompetensi', label: 'monev:nav.competency', icon: IconUserCheck, roles: [Role.DINAS_ADMIN, Role.EVALUATOR, Role.COORDINATOR, Role.AUDITOR] },
];
