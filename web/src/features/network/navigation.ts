import { IconBuildingBroadcastTower, IconClipboardCheck, IconFileCheck, IconGitCompare, IconNetwork } from '@tabler/icons-react';
import { Role, type RoleName } from '../../auth/roles';
import type { NavItem } from '../../layout/navigation';
import './i18n';

const READERS: RoleName[] = [Role.DINAS_ADMIN, Role.OPD_OPERATOR, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR, Role.TIER2_AGENT];

/** Menu entries of the network-service area, appended to the shell's menu in this order. */
export const networkNavigation: NavItem[] = [
  { to: '/jaringan/lan', label: 'network:nav.lan', icon: IconNetwork, roles: READERS },
  { to: '/jaringan/diagram-tahunan', label: 'network:nav.diagrams', icon: IconFileCheck, roles: READERS },
  { to: '/jaringan/perubahan', label: 'network:nav.changes', icon: IconGitCompare, roles: READERS },
  { to: '/jaringan/wan', label: 'network:nav.wan', icon: IconBuildingBroadcastTower, roles: READERS },
  { to: '/jaringan/inspeksi', label: 'network:nav.inspections', icon: IconClipboardCheck, roles: READERS },
];
