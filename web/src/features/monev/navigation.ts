import { IconCertificate, IconChartRadar, IconListTree } from '@tabler/icons-react';
import { Role } from '../../auth/roles';
import type { NavItem } from '../../layout/navigation';
import './i18n';

const READERS = [Role.DINAS_ADMIN, Role.OPD_OPERATOR, Role.EVALUATOR, Role.COORDINATOR, Role.AUDITOR];

/** Menu entries of the monev-service area, appended to the shell's menu in this order. */
export const monevNavigation: NavItem[] = [
  { to: '/evaluasi', label: 'monev:nav.evaluations', icon: IconChartRadar, roles: READERS },
  { to: '/evaluasi/kerangka', label: 'monev:nav.frameworks', icon: IconListTree, roles: READERS },
  { to: '/evaluasi/mandiri-tik', label: 'monev:nav.mandiriTik', icon: IconCertificate, roles: READERS },
];
