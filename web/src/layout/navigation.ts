import type { ComponentType } from 'react';
import {
  IconApps,
  IconBuildingCommunity,
  IconCalendarCheck,
  IconFileImport,
  IconHome,
  IconPlus,
  IconWorld,
  IconWorldWww,
} from '@tabler/icons-react';
import { Role, type RoleName } from '../auth/roles';
import { auditNavigation } from '../features/audit/navigation';
import { datacenterNavigation } from '../features/datacenter/navigation';
import { monevNavigation } from '../features/monev/navigation';
import { networkNavigation } from '../features/network/navigation';
import { servicedeskNavigation } from '../features/servicedesk/navigation';

export interface NavItem {
  to: string;
  label: string; // i18n key in the common namespace
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Who sees the link (a courtesy: the server decides what each may do). Empty: every signed-in user. */
  roles: RoleName[];
  public?: boolean;
}

const READERS: RoleName[] = [Role.DINAS_ADMIN, Role.OPD_OPERATOR, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR];

export const NAVIGATION: NavItem[] = [
  { to: '/', label: 'nav.dashboard', icon: IconHome, roles: [] },
  { to: '/opd', label: 'nav.opds', icon: IconBuildingCommunity, roles: [] },
  { to: '/aplikasi', label: 'nav.applications', icon: IconApps, roles: READERS },
  { to: '/aplikasi/baru', label: 'nav.register', icon: IconPlus, roles: [Role.DINAS_ADMIN, Role.OPD_OPERATOR] },
  { to: '/aplikasi/impor', label: 'nav.imports', icon: IconFileImport, roles: [Role.DINAS_ADMIN, Role.OPD_OPERATOR] },
  { to: '/subdomain', label: 'nav.subdomains', icon: IconWorldWww, roles: [Role.DINAS_ADMIN, Role.OPD_OPERATOR] },
  { to: '/audit/rencana', label: 'nav.auditPlan', icon: IconCalendarCheck, roles: [Role.DINAS_ADMIN, Role.AUDITOR, Role.COORDINATOR] },
  // Each domain service's entries come from its feature folder (labels may name a feature namespace: 'ns:key').
  ...servicedeskNavigation,
  ...datacenterNavigation,
  ...networkNavigation,
  ...auditNavigation,
  ...monevNavigation,
  { to: '/katalog', label: 'nav.catalogue', icon: IconWorld, roles: [], public: true },
];

export function navigationFor(roles: string[]): NavItem[] {
  return NAVIGATION.filter((item) => item.roles.length === 0 || item.roles.some((r) => roles.includes(r)));
}
