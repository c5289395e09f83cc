import { IconActivity, IconBuildingWarehouse, IconDatabaseExport, IconDisc, IconFileCheck, IconLayoutRows, IconLock, IconMapPin, IconReportAnalytics, IconServer } from '@tabler/icons-react';
import { Role, type RoleName } from '../../auth/roles';
import type { NavItem } from '../../layout/navigation';
import './i18nNav';

const READERS: RoleName[] = [Role.DINAS_ADMIN, Role.OPD_OPERATOR, Role.AUDITOR, Role.EVALUATOR, Role.COORDINATOR];

/** Menu entries of the datacenter-service area, appended to the shell's menu in this order. */
export const datacenterNavigation: NavItem[] = [
  { to: '/pusat-data/vps', label: 'datacenterNav:vps', icon: IconServer, roles: READERS },
  { to: '/pusat-data/katalog-os', label: 'datacenterNav:osImages', icon: IconDisc, roles: READERS },
  { to: '/pusat-data/lokasi', label: 'datacenterNav:sites', icon: IconBuildingWarehouse, roles: READERS },
  { to: '/pusat-data/pemantauan', label: 'datacenterNav:uptime', icon: IconActivity, roles: READERS },
  { to: '/pusat-data/cadangan', label: 'datacenterNav:backups', icon: IconDatabaseExport, roles: READERS },
  { to: '/pusat-data/rak', label: 'datacenterNav:racks', icon: IconLayoutRows, roles: READERS },
  { to: '/pusat-data/penempatan', label: 'datacenterNav:placement', icon: IconMapPin, roles: READERS },
  { to: '/pusat-data/tinjauan-tahunan', label: 'datacenterNav:review', icon: IconReportAnalytics, roles: READERS },
  { to: '/pusat-data/persetujuan', label: 'datacenterNav:custody', icon: IconFileCheck, roles: READERS },
  { to: '/pusat-data/dataset', label: 'datacenterNav:datasets', icon: IconLock, roles: READERS },
];
