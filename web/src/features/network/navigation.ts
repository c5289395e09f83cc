import { IconBuildingBroadcastTower, IconClipboardCheck, IconFileCheck, IconGitCompare, IconNetwork, IconReportAnalytics } from '@tabler/icons-react';
import { Role, type RoleName } from '../../auth/roles';
import type { NavItem } from '../../layout/navigation';
import './navI18n';

const READERS: RoleName[] = [Role.DINAS_ADMIN, Role.OPD_OPERATOR, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR, Role.TIER2_AGENT];

/** Menu entries of the network-service area, appended to the shell's menu in this order. */
export const networkNavigation: NavItem[] = [
  { to: '/jaringan/lan', label: 'networkNav:lan', icon: IconNetwork, roles: READERS },
  { to: '/jaringan/diagram-tahunan', label: 'networkNav:diagrams', icon: IconFileCheck, roles: READERS },
  { to: '/jaringan/perubahan', label: 'networkNav:changes', icon: IconGitCompare, roles: READERS },
  { to: '/jaringan/wan', label: 'networkNav:wan', icon: IconBuildingBroadcastTower, roles: READERS },
  { to: '/jaringan/inspeksi', label: 'networkNav:inspections', icon: IconClipboardCheck, roles: READERS },
  // N8: Dinas reviews, coordinators receive it, an OPD operator reads its own section (the service answers 403 to others)
  { to: '/jaringan/tinjauan-tahunan', label: 'networkNav:review', icon: IconReportAnalytics, roles: [Role.DINAS_ADMIN, Role.COORDINATOR, Role.OPD_OPERATOR] },
];
